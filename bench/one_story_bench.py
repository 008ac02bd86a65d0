"""Benchmark: one wire story republished by N outlets (a benchmark, not a test).

Every outlet has the same three claims (a toll with its day and place, a spokesman's words, a count
of the wounded), word for word or nearly (a dateline before the quote, "told reporters" for "said");
one outlet in the middle gives another toll. There is one thing to find, however many outlets: the
toll, with that outlet alone on one side and every other outlet on the other. The time should grow
with the outlets, not with their square.

    python bench/one_story_bench.py                      # 2,500, 5,000, 10,000 and 20,000 outlets
    python bench/one_story_bench.py --sizes 40000 --keep /tmp/story
    python bench/one_story_bench.py --quick              # 200 outlets: finishes, finds what it should

Each size is timed as `check --claims FILE --format json` in a fresh process (the median of --runs),
beside a fixed reference workload (`compare_bench.reference_seconds`) timed just before: a shared
machine's speed drifts. Exits 1 when the findings are not the one expected. The generated files say
what they are: every article's "source" is "synthetic benchmark data".
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_bench import reference_seconds, run_once  # noqa: E402
from synthetic import SOURCE  # noqa: E402

PUBLISHED = "2024-03-05"
TOLL = "The health ministry said 11 people were killed on Tuesday in an air strike on Khan Younis."
WORDS = ('Ashraf al-Qudra, the ministry spokesman, said: "Rescue teams are still searching the rubble of '
         'the building for survivors."')
WOUNDED = "At least 30 people were wounded in the strike, the ministry said."
ALTERED_TOLL = TOLL.replace("11", "13")


def claims_file(outlets: int) -> dict:
    """The claims file of one story told by `outlets` outlets; the one in the middle gets the toll wrong."""
    articles, claims = [], []
    for n in range(outlets):
        article = f"outlet{n:06d}"
        articles.append({"id": article, "published": PUBLISHED, "title": "Air strike on Khan Younis",
                         "language": "en", "source": SOURCE})
        toll = ALTERED_TOLL if n == outlets // 2 else TOLL
        dateline = "KHAN YOUNIS, Gaza Strip — " if n % 3 == 1 else ""
        words = WORDS.replace("said:", "told reporters:") if n % 5 == 2 else WORDS
        for m, (quote, speaker, role) in enumerate([
                (dateline + toll, None, None),
                (words, "Ashraf al-Qudra", "ministry spokesman"),
                (WOUNDED, None, None)], 1):
            claims.append({"article": article, "id": f"{article}-{m}", "speaker": speaker, "speaker_role": role,
                           "statement": quote, "quote": quote, "date": "Tuesday" if m == 1 else None,
                           "location": "Khan Younis"})
    return {"articles": articles, "claims": claims}


def problems(report: dict, outlets: int) -> list[str]:
    """What is wrong with the report's findings, if anything."""
    altered = f"outlet{outlets // 2:06d}"
    found = report["contradictions"]
    if len(found) != 1:
        return [f"expected one finding, got {len(found)}: " + "; ".join(c["summary"][:120] for c in found)]
    finding = found[0]
    by_value: dict[str, set[str]] = {}
    for side in finding["sides"]:
        by_value.setdefault(side["value"], set()).add(side["article"])
    wrong = [] if finding["kind"] == "quantity" else [f"expected a quantity finding, got {finding['kind']}"]
    sides = sorted(by_value.values(), key=len)
    if len(sides) != 2 or sides[0] != {altered} or len(sides[1]) != outlets - 1 or altered in sides[1]:
        wrong.append(f"expected {altered} alone against the {outlets - 1} other outlets, got sides of "
                     + ", ".join(str(len(s)) for s in sides))
    return wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000], help="outlets")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per size; the median is shown (default 3)")
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--quick", action="store_true", help="200 outlets, one run: checks the findings only")
    args = parser.parse_args()
    sizes, runs = ([200], 1) if args.quick else (args.sizes, args.runs)
    with tempfile.TemporaryDirectory(prefix="check-one-story-") as temporary:
        return _bench(sizes, runs, args.keep or Path(temporary), args.quick)


def _bench(sizes: list[int], runs: int, folder: Path, quick: bool) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    failed = False
    rows = []
    for size in sizes:
        path = folder / f"one-story-{size}.json"
        path.write_text(json.dumps(claims_file(size)), encoding="utf-8")
        reference, timed = [], []
        for _ in range(runs):
            if not quick:
                reference.append(reference_seconds())
            timed.append(run_once(path, sample_memory=False))
        report = json.loads(path.with_suffix(".report.json").read_text(encoding="utf-8"))
        seconds = statistics.median(t for t, _, _ in timed)
        rows.append((size, seconds))
        wrong = problems(report, size)
        failed = failed or bool(wrong) or any(code not in (0, 1) for _, _, code in timed)
        line = f"{size:>7} outlets {3 * size:>7} claims  {seconds:6.2f} s  exit {timed[0][2]}"
        if runs > 1:
            line += f" (runs: {', '.join(f'{t:.2f}' for t, _, _ in timed)})"
        if reference:
            line += f"  reference workload {statistics.median(reference):.2f} s"
        print(line + ("" if wrong else "  findings as expected"), flush=True)
        for problem in wrong:
            print(f"  WRONG: {problem}", flush=True)
    for (n0, t0), (n1, t1) in zip(rows, rows[1:]):
        print(f"  {n0:>6} → {n1:<6} outlets: {t1 / t0:.1f}x the time for {n1 / n0:.1f}x the outlets")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
