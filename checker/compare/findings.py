"""What each kind of contradiction finds within the events, and the findings in the report's order:
most severe first, then by kind, by where the first of their claims is in the input, by summary;
numbered c1, c2, …"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from checker.compare.facts import ClaimFacts
from checker.compare.kinds import KINDS
from checker.compare.kinds.base import Context
from checker.models import Contradiction

ByKind = dict[str, list[Contradiction]]  # each kind's findings, by `KIND`

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_KIND_ORDER = {kind.KIND: n for n, kind in enumerate(KINDS)}


def find_all(ctx: Context, kinds: Sequence[ModuleType] = KINDS) -> ByKind:
    return {kind.KIND: kind.find(ctx) for kind in kinds}


def ordered(by_kind: ByKind, facts: list[ClaimFacts]) -> list[Contradiction]:
    found = [c for kind in KINDS for c in by_kind[kind.KIND]]
    position = {(f.article, f.id): f.index for f in facts}
    found.sort(key=lambda c: (_SEVERITY_ORDER[c.severity], _KIND_ORDER[c.kind],
                              min(position.get((s.article, s.claim), 0) for s in c.sides), c.summary))
    return [c.model_copy(update={"id": f"c{n}"}) for n, c in enumerate(found, 1)]
