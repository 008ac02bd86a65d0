"""Grouping by words: the synonyms of the concept tables count as shared words within one language
("killed" beside "deaths"), and claims that name no day are told apart by their publication days
when months apart."""

from datetime import date

import pytest

from checker.compare import compare
from checker.compare.events import meanings_of
from checker.models import Claim
from checker.normalise.arabic import fold


def findings(*texts: str, published: tuple[date, ...], locations: tuple[str | None, ...] = ()) -> list:
    claims = [Claim(article=chr(ord("a") + n), id=f"{n}", statement=text, quote=text,
                    location=locations[n] if locations else None) for n, text in enumerate(texts)]
    return compare(claims, {c.article: day for c, day in zip(claims, published)})


def test_synonyms_mean_one_thing_in_one_language():
    assert meanings_of(frozenset({"killed"})) == meanings_of(frozenset({"death"}))
    assert meanings_of(frozenset({fold("قتلى")})) == meanings_of(frozenset({fold("مصرع")}))
    assert meanings_of(frozenset({"unemployment"})) == meanings_of(frozenset({"jobless"}))


def test_a_word_of_one_language_is_not_the_synonym_of_a_word_of_the_other():
    assert meanings_of(frozenset({"killed"})).isdisjoint(meanings_of(frozenset({fold("قتلى")})))


def test_units_and_words_of_many_meanings_are_no_synonyms():
    assert meanings_of(frozenset({"pound", "people", "lost", "ago", "year"})) == frozenset()


@pytest.mark.parametrize("texts", [
    ("Cholera has killed 312 people in the province since January, the Ministry of Health said on Tuesday",
     "The World Health Organization said 213 cholera deaths had been recorded in the province since January"),
    ("قالت وزارة الصحة الثلاثاء إن الكوليرا قتلت 312 شخصا في الإقليم منذ يناير",
     "قالت منظمة الصحة العالمية إن 213 وفاة بالكوليرا سجلت في الإقليم منذ يناير"),
], ids=["english", "arabic"])
def test_two_tolls_told_with_synonyms_are_one_event(texts):
    day = date(2023, 2, 7)
    (finding,) = findings(*texts, published=(day, day))
    assert (finding.kind, finding.severity) == ("quantity", "high")


@pytest.mark.parametrize("texts", [
    ("Kais Saied won 2,777,931 votes in the second round of the presidential election",
     "Kais Saied won 1.9 million votes in the second round of the presidential election"),
    ("حصل قيس سعيد على 2.777.931 صوتا في الدورة الثانية من الانتخابات الرئاسية",
     "حصد قيس سعيد 1.9 مليون صوت في الدورة الثانية من الانتخابات الرئاسية"),
], ids=["english", "arabic"])
def test_reports_naming_no_day_published_years_apart_are_two_stories(texts):
    assert findings(*texts, published=(date(2019, 10, 14), date(2024, 10, 8))) == []
    (finding,) = findings(*texts, published=(date(2019, 10, 14), date(2019, 10, 15)))
    assert finding.kind == "quantity"
