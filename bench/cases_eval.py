"""How `check` does on the hand-made news case set (an evaluation; tests/test_cases_news.py holds it).

`tests/data/cases_news.human.json` holds claims on stories the rules were not written for, grouped in
cases: each entry of its `expected` names a case's articles, its topic, the class it tests and the
finding it must give. The whole file is compared as one corpus, as a newsroom would run
`check --claims` on it (`--separately` compares each case alone instead). Scoring:

- a finding *counts* when its severity is medium or high (low findings are shown to a reader who asks
  for them, and an update of a count is meant to be low);
- a contradiction case is *found* when a counting finding of its expected kind has all its sides among
  the case's articles; a counting finding of another kind there is reported, and not found;
- an agreeing case is *flagged* when any counting finding has all its sides among its articles;
- a finding whose sides are in two cases is *across cases*: always false.

Printed: found/total by expected kind and by class, agreeing cases flagged, findings across cases,
and for each failing case what was expected against what was found.

    python bench/cases_eval.py
    python bench/cases_eval.py --separately --json out.json
    python bench/cases_eval.py --cases tests/data/cases_news_unseen.human.json

Other sets in the same format, on other stories and in other wording: `cases_news_more.human.json` and
`cases_news_unseen.human.json` (held out until their figures before were kept, tuned on since), and
`cases_news_blind.human.json`, written without reading the rules: measured only until it found 13 of its 49
contradictions and flagged 3 of its 27 agreeing cases, tuned on since. `cases_news_blind2.human.json` and
`cases_news_blind3.human.json` were written blind too, without reading the rules, and are never tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from checker.load.claims_file import publication_dates, read_claims_file
from checker.compare import compare
from checker.models import Contradiction

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "cases_news.human.json"
BLIND = DEFAULT.with_name("cases_news_blind.human.json")
COUNTING = frozenset({"medium", "high"})


def read_cases(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["expected"]


def findings_of(path: Path, separately: bool = False) -> list[Contradiction]:
    claims_file = read_claims_file(path)
    dates = publication_dates(claims_file)
    if not separately:
        return compare(claims_file.claims, dates)
    found = []
    for case in read_cases(path):
        articles = set(case["articles"])
        claims = [c for c in claims_file.claims if c.article in articles]
        found += compare(claims, {a: dates.get(a) for a in articles})
    return found


def evaluate(path: Path = DEFAULT, separately: bool = False) -> dict:
    cases = read_cases(path)
    case_of = {article: case["case"] for case in cases for article in case["articles"]}
    within: dict[str, list[Contradiction]] = defaultdict(list)
    across = []
    for finding in findings_of(path, separately):
        named = {case_of.get(s.article) for s in finding.sides}
        if len(named) == 1 and None not in named:
            within[named.pop()].append(finding)
        else:
            across.append(finding)
    by_kind: dict[str, Counter] = defaultdict(Counter)
    by_class: dict[str, Counter] = defaultdict(Counter)
    failing = []
    for case in cases:
        findings = within.get(case["case"], [])
        counting = [f for f in findings if f.severity in COUNTING]
        if case["kind"] == "agree":
            ok = not counting
        else:
            ok = any(f.kind == case["kind"] for f in counting)
        tally = "agree" if case["kind"] == "agree" else "contradiction"
        for counter in (by_kind[case["kind"]], by_class[case["class"]]):
            counter["total"] += 1
            counter["ok"] += ok
            counter[tally] += 1
        if not ok:
            failing.append({"case": case["case"], "expected": case["kind"], "class": case["class"],
                            "found": [_said(f) for f in findings]})
    contradictions = [c for c in cases if c["kind"] != "agree"]
    agreeing = [c for c in cases if c["kind"] == "agree"]
    failed = {f["case"] for f in failing}
    return {
        "cases": len(cases),
        "found": sum(c["case"] not in failed for c in contradictions),
        "contradictions": len(contradictions),
        "flagged": sum(c["case"] in failed for c in agreeing),
        "agreeing": len(agreeing),
        "across_cases": len(across),
        "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        "by_class": {k: dict(v) for k, v in sorted(by_class.items())},
        "failing": failing,
        "across": [_said(f) for f in across],
    }


def _said(finding: Contradiction) -> str:
    return f"{finding.kind} {finding.severity}: {finding.summary}"


def print_summary(result: dict, show_failing: bool = True) -> None:
    print(f"news cases: {result['cases']}")
    print(f"  contradictions found   {result['found']}/{result['contradictions']}")
    print(f"  agreeing cases flagged {result['flagged']}/{result['agreeing']}")
    print(f"  findings across cases  {result['across_cases']}")
    print("\n  by expected finding:")
    for kind, c in result["by_kind"].items():
        label = "not flagged" if kind == "agree" else "found"
        print(f"    {kind:<12} {label} {c['ok']}/{c['total']}")
    print("\n  by class (contradictions found, agreeing not flagged):")
    for name, c in result["by_class"].items():
        print(f"    {name:<32} {c['ok']}/{c['total']}")
    if not show_failing:
        return
    for f in result["failing"]:
        verdict = "flagged" if f["expected"] == "agree" else "missed"
        print(f"\n# {verdict}: {f['case']} ({f['class']}), expected {f['expected']}")
        for said in f["found"] or ["nothing"]:
            print(f"    found {said}")
    for said in result["across"]:
        print(f"\n# across cases: {said}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=None, help="the case set")
    parser.add_argument("--cases", type=Path, default=None, metavar="FILE",
                        help=f"the case set (default: {DEFAULT.name}; the one written blind: {BLIND.name})")
    parser.add_argument("--separately", action="store_true", help="compare each case alone")
    parser.add_argument("--quiet", action="store_true", help="figures only, no failing cases")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    if args.path and args.cases and args.path != args.cases:
        parser.error("name the case set once: FILE or --cases FILE")
    result = evaluate(args.cases or args.path or DEFAULT, args.separately)
    print_summary(result, not args.quiet)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
