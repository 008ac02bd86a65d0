"""How long a rerun over unchanged articles takes at newsroom scale: 0 LLM calls, but every article is
still loaded and every request's recording found and read.

Writes N small synthetic articles (plain text, English, each distinct), has `check` record them
through the FAKE OpenAI-compatible server of the tests (`tests/fake_openai.py`: canned answers, not a
model; the recordings go to a temporary folder, never to `fixtures/`), then times `check DIR
--offline` with no model named, which finds recordings by request alone, as a rerun on a machine
without a key does. Run from the project's root:

    python bench/rerun_bench.py --articles 2000 --sentences-per-request 0
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fake_openai import FakeOpenAI, Request, completion  # noqa: E402

_SENTENCES = [
    "Talks number {n} between the two delegations will resume on Monday in Geneva, the foreign minister said.",
    "Officials said {n} people were wounded in the blast near the market on Sunday.",
    "The defence ministry said {n} soldiers had been deployed to the border region.",
    "A spokesman said the convoy of {n} trucks reached the city before dawn.",
    "The mayor said {n} families had returned to their homes by Thursday.",
]


def write_articles(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = "\n\n".join(sentence.format(n=n + k) for k, sentence in enumerate(_SENTENCES))
        (folder / f"article-{n:06d}.txt").write_text(f"Story {n}\n\n{text}\n", encoding="utf-8")


def canned(per_sentence: bool):
    def answer(request: Request):
        claim = {"speaker": None, "statement": "Talks will resume on Monday."}
        return completion(json.dumps(claim if per_sentence else {"claims": [{**claim, "sentence": 1}]}))
    return answer


def run_check(folder: Path, env: dict[str, str], *flags: str) -> tuple[float, dict]:
    report = folder.parent / "report.json"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "checker.cli", str(folder), "--format", "json", "--output",
                           str(report), "--quiet", *flags], env=env, cwd=folder.parent)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"check exited {done.returncode}")
    return seconds, json.loads(report.read_text(encoding="utf-8"))["stats"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sentences-per-request", type=int, choices=(0, 1), default=0,
                        help="0: one request per article; 1: one per sentence (as with a small local model)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--keep", type=Path, help="keep the articles and recordings in this folder; when it "
                        "has them already, only the rerun is timed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="check-rerun-") as tmp:
        work = args.keep or Path(tmp)
        folder = work / "articles"
        recorded = (work / "recordings").is_dir()
        if not recorded:
            write_articles(folder, args.articles)
        base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CHECKER_"))}
        base |= {"CHECKER_FIXTURES_DIR": str(work / "recordings"),
                 "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT)]))}
        with FakeOpenAI(canned(args.sentences_per_request == 1)) as fake:
            env = base | {"OPENAI_BASE_URL": fake.base_url, "OPENAI_API_KEY": "fake", "CHECKER_MODEL": "fake-model",
                          "CHECKER_SENTENCES_PER_REQUEST": str(args.sentences_per_request),
                          "CHECKER_CONCURRENCY": str(args.concurrency)}
            if not recorded:
                seconds, stats = run_check(folder, env)
                print(f"first run: {stats['articles']} articles, {stats['llm_calls']} LLM calls to the fake server, "
                      f"{seconds:.1f} s")
        print(f"{len(list((work / 'recordings').glob('*.json')))} recordings in one folder")
        rerun_env = base | {"CHECKER_SENTENCES_PER_REQUEST": str(args.sentences_per_request)}
        seconds, stats = run_check(folder, rerun_env, "--offline")
        print(f"rerun, offline, no model named: {stats['llm_calls']} LLM calls, "
              f"{stats.get('replayed', '?')} replayed, {seconds:.1f} s")


if __name__ == "__main__":
    main()
