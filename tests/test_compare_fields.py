"""Places, days and people of a claim however they are told, and the claim's own fields as evidence:
each class with a case that must be found and one that must stay quiet, in both languages."""

import json
from pathlib import Path

import pytest

from checker.compare import compare
from checker.models import Claim, ClaimsFile
from checker.pipeline import compare_claims


def claims(*quotes_and_fields):
    """One article per claim: a quote, or a (quote, fields) pair."""
    made = []
    for n, item in enumerate(quotes_and_fields):
        quote, fields = (item, {}) if isinstance(item, str) else item
        made.append(Claim(article=f"a{n}", statement=fields.pop("statement", quote), quote=quote, **fields))
    return made


def kinds(found, least="medium"):
    rank = {"high": 0, "medium": 1, "low": 2}
    return sorted({c.kind for c in found if rank[c.severity] <= rank[least]})


@pytest.mark.parametrize("quotes", [
    ["وزير الدفاع الإسرائيلي يعلن وقف الاستيطان",
     "وزير الدفاع الإسرائيلي أفيغدور ليبرمان يدعو للتوسع في الاستيطان"],
    ["الرئيس الروسي يعلن استمرار القتال في الغوطة الشرقية",
     "أمر الرئيس الروسي بوقف إنساني للقتال في الغوطة الشرقية"],
    ["Israeli Defence Minister Announces Halt To Settlement Building",
     "Israeli Defence Minister Avigdor Lieberman called for more settlement building"],
])
def test_a_verb_or_preposition_after_a_title_is_no_second_name(quotes):
    assert "name" not in kinds(compare(claims(*quotes), {}), "low")
