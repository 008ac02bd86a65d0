"""A place no table knows, named by the claims' own location fields, meets itself written in the other
script: an English and an Arabic report of one island's landings are one event, among reports of
landings elsewhere that day."""

from datetime import date

import pytest

from checker.compare import compare
from checker.models import Claim
from checker.normalise.places import unlisted_place, unlisted_sound

DAY = date(2025, 9, 9)  # a Tuesday

ELSEWHERE = [  # other landings of the same day, each in a place of its own
    ("Some 300 migrants reached the island of Gavdos on Monday, the coastguard said", "Gavdos"),
    ("وصل 450 مهاجرا إلى جزيرة غافدوس اليونانية يوم الاثنين بحسب خفر السواحل", "غافدوس"),
    ("About 500 migrants came ashore on El Hierro on Monday, rescuers said", "El Hierro"),
    ("وصل نحو 600 مهاجر إلى جزيرة إل هييرو يوم الاثنين بحسب فرق الإنقاذ", "إل هييرو"),
    ("The coastguard brought 150 migrants to Pantelleria on Monday", "Pantelleria"),
    ("نقل خفر السواحل 150 مهاجرا إلى جزيرة بانتيليريا يوم الاثنين", "بانتيليريا"),
]


def claims_of(english: tuple[str, str], arabic: tuple[str, str]) -> tuple[list[Claim], dict]:
    claims, published = [], {}
    for n, (text, place) in enumerate([*ELSEWHERE, english, arabic]):
        article = f"r{n}"
        claims.append(Claim(article=article, statement=text, quote=text, location=place))
        published[article] = DAY
    return claims, published


@pytest.mark.parametrize(("english", "arabic", "agree"), [
    (("Some 1,200 migrants landed on Lampedusa on Monday, the Red Cross said", "Lampedusa"),
     ("وصل 2300 مهاجر إلى جزيرة لامبيدوزا الإيطالية يوم الاثنين بحسب الصليب الأحمر", "لامبيدوزا"), False),
    (("More than 1,200 migrants landed on Lampedusa on Monday, the Red Cross said", "Lampedusa"),
     ("وصل 1250 مهاجرا إلى جزيرة لامبيدوزا الإيطالية يوم الاثنين بحسب الصليب الأحمر", "لامبيدوزا"), True),
], ids=["differ", "agree"])
def test_a_place_no_table_knows_meets_itself_in_the_other_script(english, arabic, agree):
    claims, published = claims_of(english, arabic)
    last_two = {claims[-2].article, claims[-1].article}
    found = [f for f in compare(claims, published) if {s.article for s in f.sides} & last_two]
    if agree:
        assert found == []
    else:
        (finding,) = found
        assert finding.kind == "quantity" and {s.article for s in finding.sides} == last_two


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Lampedusa", "لامبيدوزا", True), ("the island of Rhodes", "جزيرة رودس", True), ("Gavdos", "غافدوس", True),
    ("Lampedusa", "غافدوس", False), ("Rhodes", "بانتيليريا", False),
])
def test_such_a_place_is_looked_up_by_how_it_sounds_in_either_script(one, other, same):
    """What lets the two reports find each other in a busy corpus, where a claim weighs only the most
    recent groups of each of its keys: the same key for the place in both scripts."""
    sounds = [unlisted_sound(unlisted_place(name).id) for name in (one, other)]
    assert None not in sounds and (sounds[0] == sounds[1]) is same
