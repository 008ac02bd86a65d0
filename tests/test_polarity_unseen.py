"""Held-out headline pairs (`data/polarity_unseen.human.json`), written apart from the rules: each pair
is compared alone, as two articles of one story whose one claim is the headline. Every agreeing pair
must stay quiet; the disagreeing ones found may only grow (`FOUND_AT_LEAST`).

    python -m tests.test_polarity_unseen     # prints what each pair gives
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.compare import compare
from checker.models import Claim

_DATA = json.loads((Path(__file__).parent / "data" / "polarity_unseen.human.json").read_text(encoding="utf-8"))
_TEXT = {c["article"]: c["quote"] for c in _DATA["claims"]}
PAIRS = [{**case, "a": _TEXT[case["articles"][0]], "b": _TEXT[case["articles"][1]]} for case in _DATA["expected"]]
FOUND_AT_LEAST = 34  # of the 34 disagreeing pairs, found with the kind expected


def _findings(pair: dict) -> list:
    claims = [Claim(article=side, id="1", statement=pair[side], quote=pair[side]) for side in ("a", "b")]
    return compare(claims, {"a": None, "b": None}, workers=1)


def _outcome(pair: dict) -> str:
    kinds = {c.kind for c in _findings(pair)}
    if pair["kind"] == "agree":
        return "flagged" if kinds else "quiet"
    return "found" if pair["kind"] in kinds else "missed"


def test_the_set_is_varied():
    agreeing = [p for p in PAIRS if p["kind"] == "agree"]
    assert len(PAIRS) >= 30 and 3 * len(agreeing) >= len(PAIRS)
    for lang in ("ar", "en"):
        assert {p["family"] for p in PAIRS if p["lang"] == lang and p["kind"] != "agree"} >= {
            "direction", "stance", "truth", "happening", "negation", "swap", "number"}
        assert {p["family"] for p in agreeing if p["lang"] == lang} >= {
            "different subjects", "different objects", "negation of another verb", "other words"}


@pytest.mark.parametrize("pair", [p for p in PAIRS if p["kind"] == "agree"], ids=lambda p: p["case"])
def test_agreeing_pairs_stay_quiet(pair):
    assert _findings(pair) == []


def test_disagreeing_pairs_found():
    found = sum(_outcome(p) == "found" for p in PAIRS if p["kind"] != "agree")
    assert found >= FOUND_AT_LEAST


if __name__ == "__main__":
    tally: dict[str, int] = {}
    for p in PAIRS:
        outcome = _outcome(p)
        tally[outcome] = tally.get(outcome, 0) + 1
        if outcome in ("missed", "flagged"):
            print(f"{outcome:8} {p['case']} {p['family']}: {p['a']} / {p['b']}")
    print(tally)
