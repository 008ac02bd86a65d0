"""Benchmark: a claim whose quote is a data table pasted as one sentence (a benchmark, not a test).

Two claims: one says 12 people were killed and goes on with a table of 100,000 numbers (200,000
characters), in one of several shapes (digits, dates, Arabic digits and commas, one word without
spaces); the other says 13. `check --claims FILE --format json` must finish at once with the toll
compared (one quantity finding, 12 against 13), the long quote counted as cut in the stats and quoted
whole in the finding. Then the same with CHECKER_MAX_QUOTE_CHARS raised past the quote, so that it is
read whole: that must finish too.

    python bench/giant_quote_bench.py                # 200,000 characters
    python bench/giant_quote_bench.py --chars 2000000
    python bench/giant_quote_bench.py --quick        # 20,000 characters: checks the answers only

Exits 1 when an answer is not that. The claims are generated, and say so ("source" of each article).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import SOURCE  # noqa: E402

HEAD = "The health ministry said 12 people were killed in Gaza on Monday; the table of the day follows: "
OTHER = "The health ministry said 13 people were killed in Gaza on Monday."
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
SHAPES = {
    "digits": lambda rng: f"{rng.randint(0, 9)} ",
    "dates": lambda rng: f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} ",
    "arabic": lambda rng: f"{rng.randint(0, 99)}".translate(ARABIC_DIGITS) + "، ",
    "one word": lambda rng: "Gaza",
}


def claims_file(shape: str, chars: int) -> dict:
    rng = random.Random(7)
    table = []
    length = 0
    while length < chars - len(HEAD):
        table.append(SHAPES[shape](rng))
        length += len(table[-1])
    articles = [{"id": article, "published": "2024-03-05", "source": SOURCE} for article in ("a", "b")]
    return {"articles": articles, "claims": [
        {"article": "a", "id": "a-1", "speaker": "the health ministry", "statement": "12 people were killed",
         "quote": HEAD + "".join(table)},
        {"article": "b", "id": "b-1", "speaker": "the health ministry", "statement": "13 people were killed",
         "quote": OTHER}]}


def problems(report: dict, data: dict, cut: bool) -> list[str]:
    wrong = []
    found = [(c["kind"], sorted(side["value"] for side in c["sides"])) for c in report["contradictions"]]
    if found != [("quantity", ["12 people", "13 people"])]:
        wrong.append(f"expected the toll, 12 against 13, alone; found {found}")
    elif [len(side["quote"]) for side in report["contradictions"][0]["sides"]] != [
            len(claim["quote"]) for claim in data["claims"]]:
        wrong.append("the finding does not quote its sides whole")
    if report["stats"].get("quotes_cut", 0) != (1 if cut else 0):
        wrong.append(f"quotes cut: {report['stats'].get('quotes_cut', 0)}, expected {1 if cut else 0}")
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=200_000, help="characters of the long quote")
    parser.add_argument("--quick", action="store_true", help="20,000 characters: checks the answers only")
    args = parser.parse_args()
    chars = 20_000 if args.quick else args.chars
    failed = False
    with tempfile.TemporaryDirectory(prefix="check-giant-quote-") as folder:
        for shape in SHAPES:
            path = Path(folder) / "claims.json"
            data = claims_file(shape, chars)
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            for limit in (None, len(data["claims"][0]["quote"])):
                env = dict(os.environ, **({"CHECKER_MAX_QUOTE_CHARS": str(limit)} if limit else {}))
                output = path.with_suffix(".report.json")
                started = time.perf_counter()
                done = subprocess.run([sys.executable, "-m", "checker.cli", "--claims", str(path), "--quiet",
                                       "--format", "json", "--output", str(output)],
                                      capture_output=True, text=True, env=env)
                seconds = time.perf_counter() - started
                if done.returncode != 0:
                    wrong = [f"exit {done.returncode}: {done.stderr.strip()[-300:]}"]
                else:
                    wrong = problems(json.loads(output.read_text(encoding="utf-8")), data, limit is None)
                failed = failed or bool(wrong)
                how = "read whole" if limit else "cut"
                print(f"{chars:>9} characters, {shape:<8} {how:<10}  {seconds:6.2f} s  exit {done.returncode}"
                      + ("  WRONG: " + "; ".join(wrong) if wrong else "  the toll compared"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
