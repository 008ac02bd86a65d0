"""An event named in several words ("Operation Sandstorm", the "Northern Breeze" drills, «سيف العرب»)
tells one event as two people named by both reports do: reports that give its name meet even when
they disagree on where it is held. Names in quotation marks in both languages, capitalised English
names; not an office ("the Interior Ministry"), a quoted common word or a fragment of speech."""

from datetime import date

import pytest

from checker.normalise.arabic import tokenize
from checker.normalise.named import named_things
from checker.normalise.names import find_persons
from checker.normalise.places import find_places
from tests.one_claim_each import compare_each

DAY = date(2025, 9, 14)  # a Sunday


def named(text: str) -> set[str]:
    tokens = tokenize(text)
    taken = [(m.start, m.end) for m in find_places(text)] + [(p.start, p.end) for p in find_persons(text)]
    return set(named_things(text, tokens, [t.key for t in tokens], taken))


@pytest.mark.parametrize("text, name", [
    ("The Northern Breeze drills opened on Sunday with 5,000 sailors", "northern breeze"),
    ("Crews of the Silver Arrow Cup set off at dawn", "silver arrow cup"),
    ("The Tour of Flanders Classic will start from Oudenaarde", "tour flander classic"),
    ("Drivers lapped the Losail International Circuit on Sunday", "losail international circuit"),
    ('بدأت مناورات "سيف العرب 4" بمشاركة قوات من ست دول', "سيف عرب 4"),
    ("أعلنت القيادة انطلاق عملية «الفجر الجديد» صباح اليوم", "فجر جديد"),
])
def test_a_name_of_several_words_is_a_named_thing(text, name):
    assert name in named(text)


@pytest.mark.parametrize("text", [
    "The Interior Ministry said on Monday that the border was closed",
    "Officials at the Civil Protection said the fire was contained",
    'He called the plan "a disaster" for the region',
    'وقال إن الوضع "سيئ" في المدينة',
    "The White House said nothing",
    "Interior Minister Ahmed Hassan said the border was closed",  # a title beside a person
])
def test_offices_and_quoted_common_words_are_no_named_thing(text):
    assert not any(" " in thing for thing in named(text))


def findings(*claims: dict) -> list:
    return compare_each(*claims, published=DAY)


def test_one_named_exercise_held_in_two_countries_is_a_location_finding_in_english():
    found = findings(
        dict(speaker="the navy", statement="The Northern Breeze drills began in Norway on Sunday",
             quote="The Northern Breeze drills began off Norway's coast on Sunday with 5,000 sailors, the navy said.",
             date="Sunday", location="Norway"),
        dict(speaker=None, statement="Denmark hosts the Northern Breeze drills that began on Sunday",
             quote="Denmark is hosting this year's Northern Breeze drills, which began on Sunday.",
             date="Sunday", location="Denmark"))
    assert [(f.kind, f.severity) for f in found] == [("location", "medium")]


def test_one_named_exercise_held_in_two_countries_is_a_location_finding_in_arabic():
    found = findings(
        dict(speaker="القيادة العامة", statement='انطلاق مناورات "سيف العرب 4" في مصر',
             quote='انطلقت الأحد مناورات "سيف العرب 4" على أراضي مصر بمشاركة قوات من ست دول، بحسب القيادة العامة.',
             date="الأحد", location="مصر"),
        dict(speaker=None, statement='السعودية تستضيف مناورات "سيف العرب 4"',
             quote='تستضيف السعودية مناورات "سيف العرب 4" التي بدأت الأحد وتستمر عشرة أيام.',
             date="الأحد", location="السعودية"))
    assert [(f.kind, f.severity) for f in found] == [("location", "medium")]


def test_two_exercises_with_their_own_names_in_two_countries_are_two_events():
    assert findings(
        dict(speaker="the navy", statement="The Northern Breeze drills began in Norway on Sunday",
             quote="The Northern Breeze drills began off Norway's coast on Sunday with 5,000 sailors, the navy said.",
             date="Sunday", location="Norway"),
        dict(speaker=None, statement="Denmark hosts the Baltic Shield drills that began on Sunday",
             quote="Denmark is hosting this year's Baltic Shield drills, which began on Sunday.",
             date="Sunday", location="Denmark")) == []
