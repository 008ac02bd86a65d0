"""Hand-made English and Arabic case sets (tests/data/*_cases.human.json): one real contradiction of
every kind and the traps around them, in one corpus per language so the stories must also keep apart."""

import json
from datetime import date
from pathlib import Path

import pytest

from checker.load.claims_file import publication_dates, read_claims_file
from checker.compare import compare
from checker.models import Claim

DATA = Path(__file__).parent / "data"
CASES = ["en_cases.human.json", "ar_cases.human.json"]


def load(name):
    claims_file = read_claims_file(DATA / name)
    expected = json.loads((DATA / name).read_text(encoding="utf-8"))["expected"]
    return claims_file, expected


def run(claims_file, reverse=False):
    claims = list(reversed(claims_file.claims)) if reverse else claims_file.claims
    return compare(claims, publication_dates(claims_file))


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("reverse", [False, True], ids=["in order", "reversed"])
def test_expected_findings_and_nothing_else(name, reverse):
    claims_file, expected = load(name)
    found = run(claims_file, reverse)
    assert sorted((c.kind, sorted({s.article for s in c.sides})) for c in found) == sorted(
        (e["kind"], sorted(e["articles"])) for e in expected)
    for finding in found:
        (spec,) = [e for e in expected if e["kind"] == finding.kind]
        assert finding.severity in spec["severity"], finding.summary


@pytest.mark.parametrize("name", CASES)
def test_every_side_quotes_its_claim_word_for_word(name):
    claims_file, _ = load(name)
    quotes = {(c.article, c.id): c.quote for c in claims_file.claims}
    for finding in run(claims_file):
        assert len(finding.sides) >= 2 and 0 < finding.confidence <= 1 and finding.event
        for side in finding.sides:
            assert side.quote == quotes[(side.article, side.claim)]


def by_kind(name, kind):
    claims_file, _ = load(name)
    return [c for c in run(claims_file) if c.kind == kind]


@pytest.mark.parametrize(("name", "killed", "wounded"), [("en_cases.human.json", ("12", "15"), "30"),
                                                         ("ar_cases.human.json", ("12", "خمسة عشر"), "30")])
def test_killed_are_compared_with_killed_never_with_wounded(name, killed, wounded):
    (finding,) = by_kind(name, "quantity")
    values = [s.value for s in finding.sides]
    assert all(any(k in v for v in values) for k in killed)
    assert not any(wounded in v for v in values)


def test_tomorrows_meeting_elsewhere_is_another_event():
    # g7-a reports Thursday's London meeting of 7 and tomorrow's Brussels meeting of 27 ministers.
    for finding in run(load("en_cases.human.json")[0]):
        assert "g7-a-2" not in {s.claim for s in finding.sides}
    # cairo-a reports today's meeting of 22 and tomorrow's Brussels meeting of 27 ministers.
    for finding in run(load("ar_cases.human.json")[0]):
        assert "cairo-a-2" not in {s.claim for s in finding.sides}


def test_a_meeting_months_earlier_is_another_event():
    for finding in run(load("ar_cases.human.json")[0]):
        assert "cairo-old" not in {s.article for s in finding.sides}


def test_relative_days_agree_with_explicit_dates_once_resolved():
    for name, stories in (("en_cases.human.json", "belfast"), ("ar_cases.human.json", "doha")):
        assert not [c for c in run(load(name)[0]) if any(s.article.startswith(stories) for s in c.sides)]


def test_without_publication_dates_yesterday_cannot_be_placed():
    claims_file, _ = load("en_cases.human.json")
    belfast = [c for c in claims_file.claims if c.article.startswith("belfast")]
    wrong = {"belfast-a": date(2024, 5, 20)}  # "yesterday" would then be the 19th, not the 14th
    found = compare(belfast, wrong)
    assert [c.kind for c in found] == ["date"]


def test_tuesday_against_wednesday():
    (finding,) = by_kind("en_cases.human.json", "date")
    assert "Tuesday" in finding.summary and "Wednesday" in finding.summary


def test_paris_and_the_french_capital_agree():
    (finding,) = by_kind("ar_cases.human.json", "location")
    paris_side = {s.article for s in finding.sides if s.value in ("باريس", "العاصمة الفرنسية")}
    assert paris_side == {"riyadh-a", "riyadh-b"}
    assert "Paris (riyadh-a, riyadh-b) vs London (riyadh-c)" in finding.summary


def _one_strike(*towns: str) -> list:
    def said(article: str, n: int, text: str, town: str, speaker: str | None = None, day: str | None = None) -> Claim:
        return Claim(article=article, id=f"{article}-{n}", speaker=speaker, statement=text, quote=text, location=town,
                     date=day)
    claims = []
    for article, town in zip("ab", towns):
        claims += [said(article, 1, f"قتل 12 شخصا في غارة إسرائيلية على منزل في {town} يوم الثلاثاء", town, day="الثلاثاء"),
                   said(article, 2, f"وقال مدير المستشفيات محمد زقوت إن الغارة استهدفت منزلا في {town}", town, "محمد زقوت")]
    return compare(claims, {"a": date(2024, 5, 8), "b": date(2024, 5, 8)})


def test_one_strike_in_two_towns_of_gaza():
    (finding,) = _one_strike("خان يونس", "رفح")
    assert finding.kind == "location"
    assert {s.article: s.value for s in finding.sides} == {"a": "خان يونس", "b": "رفح"}


def test_in_the_city_of_a_town_is_in_it():
    # "في مدينة خان يونس" once read as naming the town without placing anything there: no finding.
    (finding,) = _one_strike("مدينة خان يونس", "مخيم رفح")
    assert finding.kind == "location"
    assert {s.article: s.value for s in finding.sides} == {"a": "خان يونس", "b": "رفح"}


def test_the_martyred_of_a_strike_are_its_killed():
    def said(article: str, text: str) -> Claim:
        return Claim(article=article, id=f"{article}-1", statement=text, quote=text, location="خان يونس", date="الثلاثاء")
    claims = [said("a", "استشهد 20 فلسطينيا في غارة إسرائيلية على خان يونس يوم الثلاثاء"),
              said("b", "قتل 22 فلسطينيا في غارة إسرائيلية على خان يونس يوم الثلاثاء")]
    (finding,) = compare(claims, {"a": date(2024, 5, 8), "b": date(2024, 5, 8)})
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert {s.article: s.value for s in finding.sides} == {"a": "استشهد 20 فلسطينيا", "b": "قتل 22 فلسطينيا"}


@pytest.mark.parametrize("gaza", ["غزة", "قطاع غزة"])
def test_a_town_of_gaza_agrees_with_gaza(gaza):
    assert _one_strike("خان يونس", gaza) == []  # "غزة" is the Strip as often as the city


def test_same_words_in_two_mouths():
    for name, speakers in (("en_cases.human.json", {"Olaf Scholz", "Boris Pistorius"}),
                           ("ar_cases.human.json", {"سيرغي لافروف", "دميتري بيسكوف"})):
        (finding,) = by_kind(name, "attribution")
        assert {s.value for s in finding.sides} == speakers


def test_spelling_variants_of_one_person_stay_quiet():
    for name, story in (("en_cases.human.json", "ankara"), ("ar_cases.human.json", "moscow")):
        assert not [c for c in run(load(name)[0]) if any(s.article.startswith(story) for s in c.sides)]


def test_one_role_two_names():
    (finding,) = by_kind("ar_cases.human.json", "name")
    odd = [s for s in finding.sides if "الحلبوسي" in s.value]
    assert [s.article for s in odd] == ["amman-c"] and finding.severity == "high"
    (finding,) = by_kind("en_cases.human.json", "name")
    assert {s.value for s in finding.sides} == {"Jose Manuel Alvarez", "Jose Manuel Albares"}


def card(article, statement, speaker=None, date_=None, location=None):
    return Claim(article=article, statement=statement, speaker=speaker, date=date_, location=location)


@pytest.mark.parametrize(
    ("claims", "kind"),
    [
        ([card("a", "Defence ministers of 11 countries met in Paris", "Jean-Yves Le Drian", "Tuesday", "Paris"),
          card("b", "13 defence ministers met in Paris", "Jean-Yves Le Drian", "Tuesday", "Paris")], "quantity"),
        ([card("a", "اجتمع وزراء دفاع 11 دولة في باريس", "جان إيف لو دريان", "الثلاثاء", "باريس"),
          card("b", "اجتمع 13 وزير دفاع في باريس", "جان إيف لودريان", "الثلاثاء", "العاصمة الفرنسية")], "quantity"),
        ([card("a", "The summit opened in Geneva", "Antonio Guterres", "Monday", "Geneva"),
          card("b", "The summit opened in Geneva", "Antonio Guterres", "Tuesday", "Geneva")], "date"),
        ([card("a", "افتتحت القمة في جنيف", "أنطونيو غوتيريش", "الاثنين", "جنيف"),
          card("b", "افتتحت القمة في جنيف", "أنطونيو غوتيريش", "الثلاثاء", "جنيف")], "date"),
    ],
    ids=["english quantity", "arabic quantity", "english date", "arabic date"],
)
def test_cards_alone_are_enough(claims, kind):
    """A claims file may hold only the four card fields (speaker, statement, date, location)."""
    found = compare(claims, {})
    assert [c.kind for c in found] == [kind]
    assert {s.article for s in found[0].sides} == {"a", "b"}


def test_claims_of_one_article_never_contradict_each_other():
    claims = [card("a", "12 people were killed in the blast in Kabul", None, "Monday", "Kabul"),
              card("a", "15 people were killed in the blast in Kabul", None, "Monday", "Kabul")]
    assert compare(claims, {}) == []


def test_an_office_without_a_name_is_enough_to_meet_by():
    # No name and no place: the office that spoke, the day and the words are what the reports share.
    claims = [card("a", "قال وزير الخارجية السويسري إن 12 دولة شاركت في الاجتماع الوزاري يوم الاثنين", "وزير الخارجية السويسري"),
              card("b", "أعلن وزير الخارجية السويسري أن 15 دولة شاركت في الاجتماع الوزاري يوم الاثنين", "وزير الخارجية السويسري")]
    (finding,) = compare(claims, {"a": date(2024, 3, 5), "b": date(2024, 3, 5)})
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert {s.article: s.value for s in finding.sides} == {"a": "12 دولة", "b": "15 دولة"}


def test_one_office_on_two_subjects_is_not_one_event():
    claims = [card("a", "قال وزير الخارجية السويسري إن 12 دولة شاركت في الاجتماع الوزاري يوم الاثنين", "وزير الخارجية السويسري"),
              card("b", "أعلن وزير الخارجية السويسري أن 15 دولة وقعت على الاتفاقية التجارية الجديدة", "وزير الخارجية السويسري")]
    assert compare(claims, {"a": date(2024, 3, 5), "b": date(2024, 3, 5)}) == []  # countries at a meeting, countries that signed


@pytest.mark.parametrize("first, second", [
    ("قال المتحدث إن 12 دولة شاركت في اجتماع جنيف يوم الاثنين", "وذكر مسؤول أن 15 دولة شاركت في اجتماع جنيف يوم الاثنين"),
    ("Officials said 12 countries joined the Geneva talks on Monday.", "An official said 15 countries joined the Geneva talks on Monday."),
], ids=["arabic", "english"])
def test_the_city_an_event_is_named_after_is_where_it_happened(first, second):
    # "اجتماع جنيف", "the Geneva talks": the meeting's city, and so the claims' place.
    (finding,) = compare([card("a", first), card("b", second)], {"a": date(2024, 3, 5), "b": date(2024, 3, 5)})
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert "Geneva" in finding.event and "Monday 2024-03-04" in finding.event
