"""How `check` does on real Arabic headline pairs: the ANS corpus (an evaluation, not a test).

ANS (Arabic News Stance, Khouja 2020) pairs real news headlines with paraphrased or altered versions,
labelled `agree`, `disagree` or `other` (a different story). Each headline becomes one article with one
claim whose statement and quote are the headline, with no date, place or speaker, and the whole split
is compared as one corpus, as a newsroom would run `check --claims` on it. Printed:

- disagreeing pairs found (a finding whose sides are the pair's two headlines, and perhaps headlines of
  the same story: see below), by kind, and among them the pairs whose headlines differ in a number;
- agreeing pairs flagged, and `other` pairs (two stories) flagged;
- findings across two pairs (sides from headlines of different stories: always false).

ANS repeats its headlines: a dev headline is in 1.6 pairs on average, and an `agree` pair is two
wordings of one headline. So a finding about one pair may rightly name headlines of another pair that
the data itself says are the same story: a headline written alike (word for word), or labelled `agree`
with one of the pair's (and so on). Such a finding is within the pair, not across pairs; the strict
count (any headline of another pair) is printed beside it.

    python bench/ans_eval.py                       # the dev split
    python bench/ans_eval.py --split train --show 20
    python bench/ans_eval.py --data DIR --json out.json

The data is read from `--data` (default: `../shared/data/ans` beside the project, or `$CHECKER_ANS`).
Tune on train and dev only.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from checker.compare import compare
from checker.models import Claim, Contradiction

_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*")
_TO_ASCII = str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
                          "\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9", "01234567890123456789")


def default_data() -> Path:
    env = os.environ.get("CHECKER_ANS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "data" / "ans"


def read_pairs(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(row["s1"].strip(), row["s2"].strip(), row["stance"].strip()) for row in csv.DictReader(f)]


def numbers_of(text: str) -> Counter:
    return Counter(m.group().translate(_TO_ASCII).replace(",", "") for m in _DIGITS.finditer(text))


def differs_in_number(s1: str, s2: str) -> bool:
    """Both headlines give a number and the numbers are not the same."""
    a, b = numbers_of(s1), numbers_of(s2)
    return bool(a) and bool(b) and a != b


def claims_of(pairs: list[tuple[str, str, str]]) -> list[Claim]:
    claims = []
    for n, (s1, s2, _) in enumerate(pairs):
        for side, text in (("a", s1), ("b", s2)):
            claims.append(Claim(article=f"p{n}-{side}", id=f"p{n}-{side}", statement=text, quote=text))
    return claims


def pair_of(article: str) -> int:
    return int(article[1:].split("-")[0])


def same_story(pairs: list[tuple[str, str, str]]) -> dict[str, int]:
    """The story of each headline (article id): headlines written alike, or labelled `agree`, are one."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        parent[root(a)] = root(b)

    first_with_text: dict[str, str] = {}
    for n, (s1, s2, stance) in enumerate(pairs):
        for side, text in (("a", s1), ("b", s2)):
            article = f"p{n}-{side}"
            join(article, first_with_text.setdefault(" ".join(text.split()), article))
        if stance == "agree":
            join(f"p{n}-a", f"p{n}-b")
    roots: dict[str, int] = {}
    return {article: roots.setdefault(root(article), len(roots)) for article in list(parent)}


def evaluate(pairs: list[tuple[str, str, str]], workers: int | None = 1) -> dict:
    claims = claims_of(pairs)
    started = time.perf_counter()
    found = compare(claims, {c.article: None for c in claims}, workers)
    seconds = time.perf_counter() - started
    story = same_story(pairs)
    within: dict[int, list[Contradiction]] = defaultdict(list)
    across: list[Contradiction] = []
    strictly_across = 0
    for c in found:
        articles = {s.article for s in c.sides}
        pairs_named = {pair_of(a) for a in articles}
        strictly_across += len(pairs_named) > 1
        stories = {story[a] for a in articles}
        # The pairs both of whose headlines it names, and whose stories hold all it names.
        owners = [n for n in pairs_named if {f"p{n}-a", f"p{n}-b"} <= articles
                  and stories <= {story[f"p{n}-a"], story[f"p{n}-b"]}]
        if len(pairs_named) == 1:
            owners = list(pairs_named)
        for n in owners:
            within[n].append(c)
        if not owners:
            across.append(c)
    stance_total = Counter(stance for _, _, stance in pairs)
    flagged = Counter()
    by_kind = Counter()
    numeric_total = numeric_found = 0
    examples: dict[str, list] = defaultdict(list)
    for n, (s1, s2, stance) in enumerate(pairs):
        numeric = stance == "disagree" and differs_in_number(s1, s2)
        numeric_total += numeric
        findings = within.get(n, [])
        if not findings:
            if stance == "disagree":
                examples["missed"].append((n, s1, s2, None))
            continue
        flagged[stance] += 1
        numeric_found += numeric
        if stance == "disagree":
            by_kind[findings[0].kind] += 1
            examples["found"].append((n, s1, s2, findings[0]))
        else:
            examples[f"flagged {stance}"].append((n, s1, s2, findings[0]))
    return {
        "pairs": len(pairs),
        "seconds": round(seconds, 2),
        "disagree": {"total": stance_total["disagree"], "found": flagged["disagree"], "by_kind": dict(by_kind)},
        "numeric": {"total": numeric_total, "found": numeric_found},
        "agree": {"total": stance_total["agree"], "flagged": flagged["agree"]},
        "other": {"total": stance_total["other"], "flagged": flagged["other"]},
        "across_pairs": len(across),
        "across_pairs_strictly": strictly_across,
        "_examples": examples,
        "_across": across,
    }


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/0"


def print_summary(split: str, result: dict, show: int) -> None:
    d, a, o, num = result["disagree"], result["agree"], result["other"], result["numeric"]
    print(f"ANS {split}: {result['pairs']} pairs, compared in {result['seconds']} s")
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(d["by_kind"].items(), key=lambda kv: -kv[1])) or "none"
    print(f"  disagreeing pairs found      {_pct(d['found'], d['total'])}   by kind: {kinds}")
    print(f"  numeric disagreements found  {_pct(num['found'], num['total'])}")
    print(f"  agreeing pairs flagged       {_pct(a['flagged'], a['total'])}")
    print(f"  'other' pairs flagged        {_pct(o['flagged'], o['total'])}")
    print(f"  findings across two pairs    {result['across_pairs']}   (naming any headline of another pair: "
          f"{result['across_pairs_strictly']})")
    if not show:
        return
    for title, rows in result["_examples"].items():
        print(f"\n# {title} (first {min(show, len(rows))} of {len(rows)})")
        for n, s1, s2, finding in rows[:show]:
            print(f"  [{n}] {s1}\n       {s2}")
            if finding is not None:
                print(f"       → {finding.kind} {finding.severity}: {finding.summary}")
    for c in result["_across"][:show]:
        print(f"\n# across pairs: {c.kind} {c.severity}: {c.summary}")
        for s in c.sides:
            print(f"    {s.article}: {s.quote}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--data", type=Path, default=None, help="folder of the ANS csv files")
    parser.add_argument("--show", type=int, default=0, help="print this many examples of each outcome")
    parser.add_argument("--json", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--workers", type=int, default=1, help="processes the comparison may use")
    args = parser.parse_args(argv)
    data = args.data or default_data()
    path = data / f"{args.split}.csv"
    if not path.is_file():
        print(f"ans_eval: no {path}; pass --data DIR (the folder with dev.csv and train.csv)", file=sys.stderr)
        return 2
    result = evaluate(read_pairs(path), args.workers)
    print_summary(args.split, result, args.show)
    if args.json:
        public = {k: v for k, v in result.items() if not k.startswith("_")}
        args.json.write_text(json.dumps(public, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
