"""How `check` does on real Arabic headline pairs: the ANS corpus (an evaluation, not a test).

ANS (Arabic News Stance, Khouja 2020) pairs real news headlines with paraphrased or altered versions,
labelled `agree`, `disagree` or `other` (a different story). Each headline becomes one article with one
claim whose statement and quote are the headline, with no date, place or speaker, and the whole split
is compared as one corpus, as a newsroom would run `check --claims` on it. Printed:

- disagreeing pairs found (a finding that belongs to the pair: see below), by kind, and among them
  the pairs whose headlines differ in a number;
- agreeing pairs flagged, and `other` pairs (two stories) flagged;
- findings across two pairs: a finding belongs to a pair when it quotes both of its headlines and
  nothing else but other wordings of them (labelled `agree` with one of them); any other is across
  pairs. Between two stories it is always false. ANS alters one original headline in several pairs
  (a dev headline is in 1.6 pairs on average), so a finding may also join two alterations of one
  story's headline, from two pairs: the data labels no such pair either way, so these are counted
  apart. A headline repeated in another pair, even with another spelling of a letter (ي / ى), is the
  same headline.

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
from checker.normalise.arabic import fold

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


def headline_key(text: str) -> str:
    """A headline's identity: ANS repeats headlines, sometimes with another spelling of a letter."""
    return " ".join(fold(text).split())


def _classes(links) -> dict[str, int]:
    """The classes of headline keys joined by `links` (pairs of keys), numbered."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for one, other in links:
        parent[root(one)] = root(other)
    roots: dict[str, int] = {}
    return {key: roots.setdefault(root(key), len(roots)) for key in list(parent)}


def evaluate(pairs: list[tuple[str, str, str]], workers: int | None = 1) -> dict:
    """A finding belongs to a pair when it quotes both of its headlines and nothing else but other
    wordings of them (a headline labelled `agree` with one of them, or repeated). One that belongs to
    no pair is across pairs: between two stories (always false), or between two alterations of one
    story's headline in two pairs (not labelled either way: counted apart)."""
    claims = claims_of(pairs)
    started = time.perf_counter()
    found = compare(claims, {c.article: None for c in claims}, workers)
    seconds = time.perf_counter() - started
    keys = [(headline_key(s1), headline_key(s2)) for s1, s2, _ in pairs]
    story = _classes(keys)
    wording = _classes([(k1, k2) if stance == "agree" else (k1, k1) for (k1, k2), (_, _, stance) in zip(keys, pairs)]
                       + [(k2, k2) for _, k2 in keys])
    pairs_with: dict[str, list[int]] = defaultdict(list)
    for n, (k1, k2) in enumerate(keys):
        pairs_with[k1].append(n)
        pairs_with[k2].append(n)
    within: dict[int, list[Contradiction]] = defaultdict(list)
    across: list[Contradiction] = []
    one_story = 0
    for c in found:
        texts = {headline_key(s.quote or "") for s in c.sides}
        wordings = {wording[t] for t in texts}
        owners = {n for t in texts for n in pairs_with[t]
                  if {keys[n][0], keys[n][1]} <= texts and wordings <= {wording[keys[n][0]], wording[keys[n][1]]}}
        for n in sorted(owners):
            within[n].append(c)
        if owners:
            continue
        if len({story[t] for t in texts}) == 1:
            one_story += 1
        else:
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
        "one_story_across_pairs": one_story,
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
    print(f"  findings across two pairs    {result['across_pairs']}   (besides {result['one_story_across_pairs']} "
          "between two alterations of one story's headline, in two pairs)")
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
