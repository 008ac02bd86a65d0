"""What grouping remembers of what it asked. A claim's day is asked about by a number shared by all the
days every comparison of days tells alike; two days that some comparison tells apart never share one.
A group's answers about a place or a day hold only until it learns a new one."""

from datetime import date
from itertools import product

from checker.compare.events import _Days, _DayKeys, _Values
from checker.normalise.dates import compare_when, find_dates, parse_when
from checker.normalise.places import lookup_place, same_place

TUESDAY = date(2016, 10, 25)

PHRASES = [
    "on Tuesday", "يوم الثلاثاء", "الثلاثاء", "Tuesday", "25 October 2016", "الثلاثاء 25 أكتوبر 2016",
    "on Wednesday", "الأربعاء", "yesterday", "أمس", "today", "اليوم", "tomorrow", "غدا", "next week",
    "last month", "2016", "October 2016", "24 October 2016",
]


def _days() -> list:
    days = []
    for phrase, published in product(PHRASES, (TUESDAY, None)):
        when = parse_when(phrase, published)
        if when is not None:
            days.append(when)
    days += find_dates("قال يوم الثلاثاء في باريس إن الاجتماع سيعقد غدا الأربعاء", TUESDAY)
    return days


def test_days_told_alike_by_every_comparison_share_a_number():
    days = _days()
    keys = _DayKeys()
    for a, b in product(days, days):
        if keys[a] == keys[b]:
            for other, same_source in product(days, (False, True)):
                assert compare_when(a, other, same_source) == compare_when(b, other, same_source), (a, b, other)


def test_the_same_day_written_otherwise_shares_a_number():
    keys = _DayKeys()
    tuesday = [parse_when("on Tuesday", TUESDAY), parse_when("يوم الثلاثاء", TUESDAY),
               find_dates("وقال الوزير يوم الثلاثاء إن", TUESDAY)[0], find_dates("Talks began on Tuesday", TUESDAY)[0]]
    assert len({keys[day] for day in tuesday}) == 1
    assert len({(day.text, day.pos) for day in tuesday}) == 4


def test_days_some_comparison_tells_apart_have_their_own_numbers():
    keys = _DayKeys()
    days = [parse_when("on Tuesday", TUESDAY), parse_when("on Tuesday"), parse_when("today"), parse_when("tomorrow"),
            parse_when("on Wednesday", TUESDAY), parse_when("October 2016"), parse_when("2016"), None]
    assert len({keys[day] for day in days}) == len(days)


def test_an_answer_about_a_place_is_asked_again_once_the_group_learns_another():
    paris, berlin = lookup_place("Paris"), lookup_place("Berlin")
    places = _Values(same_place)
    places.add(berlin.id, berlin)
    assert places.relation(paris, 1) is False
    assert places.known[1] is False
    places.add(paris.id, paris)
    assert 1 not in places.known
    assert places.relation(paris, 1) is True


def test_a_standing_is_asked_again_once_the_group_learns_another_day():
    days = _Days()
    days.add("a", parse_when("1 October 2016"))
    tuesday = parse_when("on Tuesday", TUESDAY)
    assert days.standing(tuesday, 7)[:3] == (True, False, 24)
    assert days.known[7][0] is True
    days.add("b", parse_when("24 October 2016"))
    assert 7 not in days.known
    assert days.standing(tuesday, 7)[:3] == (False, False, 1)



def test_claims_naming_one_day_share_one_day_object():
    # What grouping learns of a day is remembered by the day's identity, so equal days are one object,
    # whether named in different texts or given by the model's date field.
    from checker.compare.facts import read_all
    from checker.models import Claim

    texts = [f"يوم الثلاثاء في {city} قال الوزير" for city in ("باريس", "بروكسل", "روما")]
    texts += [f"On Tuesday in {city} the minister said" for city in ("Paris", "Rome")]
    claims = [Claim(article=f"a{n}", statement=text) for n, text in enumerate(texts)]
    claims += [Claim(article=f"b{n}", statement=f"The minister spoke in {city}", date="Tuesday")
               for n, city in enumerate(("Paris", "Rome"))]
    facts = read_all(claims, {c.article: TUESDAY for c in claims})
    days = [f.when for f in facts]
    assert all(days) and len({id(when) for when in days}) == len(set(days)) == 3
