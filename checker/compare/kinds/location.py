"""Different places for one event: Paris vs London. Aliases agree (باريس = العاصمة الفرنسية), and so
do a city and its country."""

from __future__ import annotations

from checker.compare.facts import ClaimFacts
from checker.compare.kinds.base import Context, Item, ScopeItems, agreeing_groups, finding, in_conflict, listing, \
    new_item, representatives, scopes, sides_of
from checker.compare.marks import span
from checker.models import Contradiction, Span
from checker.normalise.places import Place, same_place

KIND = "location"


def _place_key(item) -> str:
    return item.value.id


def _places(facts: list[ClaimFacts], side: int) -> list[Item[Place]]:
    """Only sentences that tell of something happening say where the event was; "the coalition
    operates in Raqqa" does not. A claim whose own location field names the place says so too ("the
    campaign will reach two million people, Otieno said in Nairobi", location: Nairobi)."""
    return [new_item((f, f.place, f.place_text or f.place.name, side)) for f in facts
            if f.place and (f.happening or f.place_stated)]


def _place_written(item: Item[Place]) -> list[Span]:
    """The place as the quote writes it; none for a place the model's location field gave."""
    start = item.fact.place_start
    return [] if start is None else span(item.fact.quote, start, start + len(item.written), item.written)


def find(ctx: Context) -> list[Contradiction]:
    found = []
    places = ScopeItems(_places, _place_key)
    for scope in scopes(ctx):
        if not places.varied(scope):
            continue
        items = places(scope)
        items = representatives(items, _place_key, same_place)
        groups = in_conflict(agreeing_groups(items, same_place, _place_key), same_place, scope.weak)
        if len(groups) < 2:
            continue
        found.append(finding(KIND, "medium", 0.7, "Where", listing(groups, lambda g: g[0].value.name), scope,
                             sides_of(groups, _place_written)))
    return found
