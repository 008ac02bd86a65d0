"""Benchmark: a page with one giant line, a table of 100,000 numbers (a benchmark, not a test).

A short story with, between its paragraphs, one line of numbers in one of several shapes (separated by
spaces, by commas, ending like a sentence, Arabic digits and commas, a run of dots as a table's
leaders). Each page is checked with `check FILE --offline` in a fresh process (loading, finding the
main story, cutting sentences, planning the requests; no recordings, so nothing is extracted) with
CHECKER_MAX_ARTICLE_CHARS raised to let the page in, and the stages are timed in one more process.
Both must finish, with the story found (its first sentence).

    python bench/giant_line_bench.py                 # 100,000 numbers
    python bench/giant_line_bench.py --numbers 1000000
    python bench/giant_line_bench.py --quick         # 10,000 numbers: checks the answers only

Exits 1 when a page is not read as it should be. The pages are generated, and say so in their title.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORY = ("The health ministry said on Tuesday that 11 people were killed in an air strike on Khan Younis.\n\n"
         "Rescue workers searched the rubble through the night, and the city's hospitals were full.")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SHAPES = {
    "spaces": lambda numbers: " ".join(numbers),
    "commas": lambda numbers: ", ".join(numbers),
    "a sentence": lambda numbers: " ".join(numbers) + ".",
    "arabic": lambda numbers: "، ".join(n.translate(ARABIC_DIGITS) for n in numbers) + ".",
    "leaders": lambda numbers: "Total " + "." * (2 * len(numbers)) + " 12",
}
# Timed in a fresh process: the stages before any request, and whether the story's sentences are there.
_STAGES = """
import json, sys, time
from pathlib import Path
from checker.load import load_paths
from checker.extract.prompts import load_prompt
from checker.extract.units import plan_units, sentences_of
started = time.perf_counter()
[article] = load_paths([Path(sys.argv[1])], max_chars=int(sys.argv[2]))
loaded = time.perf_counter()
sentences = [s.text for s in sentences_of(article)]
split = time.perf_counter()
units = plan_units(article, 1, load_prompt("extract"))
planned = time.perf_counter()
print(json.dumps({"load": loaded - started, "split": split - loaded, "plan": planned - split,
                  "sentences": sentences[:3], "status": article.status}))
"""


def page(shape: str, count: int, rng: random.Random) -> str:
    numbers = [str(rng.randint(0, 9)) for _ in range(count)]
    first, second = STORY.split("\n\n")
    return f"Generated page for a benchmark\n\n{first}\n\n{SHAPES[shape](numbers)}\n\n{second}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--numbers", type=int, default=100_000, help="numbers in the line (default 100,000)")
    parser.add_argument("--quick", action="store_true", help="10,000 numbers: checks the answers only")
    args = parser.parse_args()
    count = 10_000 if args.quick else args.numbers
    limit = 10 * count + 10_000
    env = {**os.environ, "CHECKER_MAX_ARTICLE_CHARS": str(limit), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    failed = False
    with tempfile.TemporaryDirectory(prefix="check-giant-line-") as folder:
        for shape in SHAPES:
            path = Path(folder) / "page.txt"
            path.write_text(page(shape, count, random.Random(7)), encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "checker.cli", str(path), "--offline", "--quiet",
                                   "--format", "json", "--output", str(path.with_suffix(".json"))],
                                  capture_output=True, text=True, env={**env, "CHECKER_FIXTURES_DIR": folder})
            seconds = time.perf_counter() - started
            stages = subprocess.run([sys.executable, "-c", _STAGES, str(path), str(limit)],
                                    capture_output=True, text=True, env=env)
            wrong = []
            if done.returncode != 3:  # every article failed: nothing recorded to extract it from
                wrong.append(f"check exited {done.returncode}: {done.stderr.strip()[-300:]}")
            else:
                [article] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["articles"]
                if "no recording" not in (article["error"] or ""):  # it was read, and asked of the recordings
                    wrong.append(f"the page was not read: {article['error']}")
            if stages.returncode != 0:
                wrong.append(stages.stderr.strip()[-300:])
                timed = ""
            else:
                result = json.loads(stages.stdout)
                if result["status"] != "ok" or STORY.split("\n\n")[0] not in result["sentences"]:
                    wrong.append(f"the story is not found: {' '.join(result['sentences'])[:200]}")
                timed = f"(load {result['load']:.2f} s, sentences {result['split']:.2f} s, requests {result['plan']:.2f} s)"
            failed = failed or bool(wrong)
            print(f"{count:>9} numbers, {shape:<10}  check {seconds:5.2f} s, exit {done.returncode}  {timed}"
                  + ("" if not wrong else "  WRONG: " + "; ".join(wrong)), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
