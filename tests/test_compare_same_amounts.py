"""Two reports that give the same amounts of the same things ("8,000 troops from 30 countries") tell
one event, in whatever words or script, as two reports naming the same people do: a report in English
and one in Arabic that disagree on the day the exercise began are compared. Not amounts of reports
published days apart, nor one small amount shared by chance."""

from datetime import date

from tests.one_claim_each import compare_each, kinds_of

DAY = date(2025, 4, 16)  # a Wednesday


def findings(*claims: dict, published: tuple[date, ...] = ()) -> list[tuple[str, str]]:
    return kinds_of(compare_each(*claims, published=published or DAY))


ENGLISH = dict(speaker="the army", statement="The exercise began on Monday 14 April with 6,500 troops from 22 countries",
               quote="The exercise began in Morocco on Monday 14 April with about 6,500 troops from 22 countries, "
                     "the army said.", date="Monday 14 April", location="Morocco")
ARABIC = dict(speaker=None, statement="انطلاق التمرين في المغرب الأربعاء 16 أبريل",
              quote="انطلقت الأربعاء 16 أبريل/نيسان فعاليات التمرين في المغرب، بمشاركة نحو 6500 عسكري من 22 دولة.",
              date="الأربعاء 16 أبريل", location="المغرب")


def test_one_exercise_told_in_two_languages_with_the_same_amounts_disagrees_on_its_day():
    assert findings(ENGLISH, ARABIC) == [("date", "high")]


def test_the_same_amounts_in_one_language_join_two_accounts_of_one_day():
    found = findings(
        dict(speaker="the coastguard", statement="The ferry carrying 214 passengers and 31 crew sank on Tuesday",
             quote="The ferry, carrying 214 passengers and 31 crew, sank off the island on Tuesday, the coastguard said.",
             date="Tuesday", location="Lesbos"),
        dict(speaker=None, statement="The ferry with 214 passengers and 31 crew went down on Wednesday",
             quote="The ferry went down on Wednesday with 214 passengers and 31 crew aboard.", date="Wednesday"))
    assert ("date", "medium") in found or ("date", "high") in found


def test_the_same_amounts_in_reports_published_a_week_apart_are_two_events():
    assert findings(ENGLISH, ARABIC, published=(DAY, date(2025, 4, 23))) == []


def test_one_small_amount_shared_is_no_clue():
    assert findings(
        dict(speaker="the army", statement="The drill began on Monday with 3 warships",
             quote="The naval drill began in Morocco on Monday with 3 warships, the army said.", date="Monday",
             location="Morocco"),
        dict(speaker=None, statement="بدء مناورة جوية في المغرب الأربعاء بمشاركة 3 سفن حربية",
             quote="بدأت الأربعاء مناورة جوية في المغرب بمشاركة 3 سفن حربية.", date="الأربعاء", location="المغرب")) == []
