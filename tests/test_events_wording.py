"""Claims that name no place, day or person (headlines) are grouped on their wording alone: each must
say nearly the same as every such claim of the group. Headlines are hand-made."""

from checker.compare.entities import resolve_people
from checker.compare.events import group_events
from checker.compare.facts import read_all
from checker.models import Claim


def _events(*texts: str) -> list[list[int]]:
    claims = [Claim(article=f"a{n}", id=f"a{n}", statement=t, quote=t) for n, t in enumerate(texts)]
    facts = read_all(claims, {c.article: None for c in claims})
    resolve_people(facts)
    events = group_events(facts)
    return sorted(sorted(e.facts) for e in events.events)


def test_two_headlines_in_nearly_the_same_words_are_one_event():
    assert _events("الذهب يتراجع مع تصريحات ترامب حول كوريا الشمالية",
                   "الذهب يرتفع مع تصريحات ترامب حول كوريا الشمالية",
                   "Turkish lira falls to a new record low after the central bank decision",
                   "Turkish lira rises to a new record low after the central bank decision") == [[0, 1], [2, 3]]


def test_headlines_on_one_topic_in_other_words_stay_apart():
    assert _events("ارتفاع مفاجئ في أسعار البتكوين", "انخفاض أسعار القمح في الأسواق العالمية",
                   "Oil prices rise on supply worries", "Oil prices fall as stockpiles grow") == [[0], [1], [2], [3]]


def test_a_headline_joins_only_if_it_is_near_every_headline_of_the_group():
    # The third says nearly the same as the second, not as the first: no chain of likenesses.
    assert _events("central bank raises interest rates again this year",
                   "central bank raises rates amid inflation fears",
                   "inflation fears grow as bank rates climb") == [[0, 1], [2]]
