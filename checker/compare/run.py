"""How the comparison runs. The rules are plain steps over plain data: read each claim's facts
(`facts`), resolve the people (`entities`), group the claims into events (`events`), let each kind
look within the events (`kinds`), put the findings in order (`findings`). `compare` runs them in this
process alone or, in a large corpus, spread over worker processes; the findings do not depend on it.

Workers come from the standard library's process pools, forked: a worker starts with this process's
modules and data at the moment it is forked, so nothing large is sent to it. With a second core:
 1. Facts. A pool reads the texts of the later claims, a piece at a time, while this process reads
    the first claims' texts (without their counts) and makes every claim's facts as the pieces come
    back; then the pool counts the first claims' quantities while this process resolves the people.
    Rather than wait for the pool, this process takes over the last pieces it has not begun.
 2. Kinds. Attribution, the costliest kind, looks in one worker forked once the people are known:
    it reads what the speakers said and counts the claims naming each word while the claims are
    grouped here, splits half of the groups into events while this process splits the others, and
    looks for mix-ups while the events are labelled and the other kinds look here. Location looks
    in whichever process is free first.
The cycle collector is paused throughout: millions of small objects live until the comparison ends,
and it would walk them again and again to free nothing.
"""

from __future__ import annotations

import datetime
import multiprocessing
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain
from typing import NamedTuple, TypeVar

from checker import memory, parallel
from checker.compare.accounts import claims_naming
from checker.compare.entities import People, resolve_people
from checker.compare.events import ByArticle, Events, events_of, group_claims, group_events, label_events, \
    named_days_of, split_groups
from checker.compare.facts import ClaimFacts, Reader, Reading, count_texts, read_all, read_texts
from checker.compare.findings import ByKind, find_all, ordered
from checker.compare.kinds import KINDS, attribution, location
from checker.compare.kinds.base import Context
from checker.models import Claim, Contradiction
from checker.normalise.numbers import Quantity
from checker.normalise.frequency import load_frequencies
from checker.normalise.places import load_gazetteer

MIN_CLAIMS = parallel.MIN_ITEMS  # below this many the work takes less time than starting a worker


def compare(claims: list[Claim], published: Mapping[str, datetime.date | None],
            workers: int | None = None, ungrounded: dict[str, int] | None = None) -> list[Contradiction]:
    """Every contradiction between the claims of different articles, most severe first, ids c1, c2, …

    `workers`: processes a large corpus may use (None: one per core, 1: this process alone). The
    findings do not depend on it. `ungrounded`, if given, is filled with how many of the claims'
    fields were ignored, by field: their value is nowhere in the article (`facts`)."""
    with memory.cyclic_gc_paused():
        processes = processes_for(len(claims), workers)
        spread = None
        if processes > 1:
            try:
                spread = _spread(claims, published, processes)
            except (OSError, BrokenProcessPool):  # no worker could start, or one died: all of it here
                spread = None
        facts, people, events, by_kind = spread if spread is not None else _here(claims, published)
        if ungrounded is not None:
            for f in facts:
                for name in f.ungrounded:
                    ungrounded[name] = ungrounded.get(name, 0) + 1
        found = ordered(by_kind, facts)
        memory.done_with(facts, people, events, by_kind)
        return found


def processes_for(claims: int, workers: int | None) -> int:
    """How many processes may compare this many claims: one unless there are enough of them, a
    second process is allowed (`workers`, None for one per core) and workers can be forked."""
    if claims < MIN_CLAIMS or not parallel.can_fork():
        return 1
    return workers or parallel.available_cores()


_Compared = tuple[list[ClaimFacts], People, Events, ByKind]


def _here(claims: list[Claim], published: Mapping[str, datetime.date | None]) -> _Compared:
    facts = read_all(claims, published)
    people = resolve_people(facts)
    events = group_events(facts)
    return facts, people, events, find_all(Context(facts, people, events))


def _spread(claims: list[Claim], published: Mapping[str, datetime.date | None],
            processes: int) -> _Compared:
    readers = min(processes, len(claims) // MIN_CLAIMS)  # each with enough claims to read
    if readers > 1:
        facts, people = _facts_and_people(claims, published, readers)
    else:
        facts = read_all(claims, published)
        people = resolve_people(facts)
    return facts, people, *_find_with_a_worker(facts, people)


@contextmanager
def _pool(workers: int, initializer: Callable, initargs: tuple) -> Iterator[ProcessPoolExecutor]:
    """Forked workers, given what `initargs` holds as it is, not sent: a task names its work by
    number. The work not begun is dropped when the block ends, should it end early."""
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=initializer, initargs=initargs)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- 1. facts ----------------------------------------------------------------------------------------

# This process also makes every claim's facts and takes in what the workers read, so its own part is
# smaller, though it is read without counts. At 10,000 articles on two cores, the worker is done with
# its part when this process is done with its own and its share of the worker's, and counts the
# quantities of this part while the people are resolved.
_OWN_PART = 0.9
# Small pieces: a piece the pool has queued can no longer be taken over, so this process may wait for
# two at the end.
_PIECE = 1_000  # distinct texts a worker reads at a time
_COUNTS = 2_000  # distinct texts of this process's part a worker counts at a time


class _Piece(NamedTuple):
    start: int
    end: int
    texts: list[tuple[str, datetime.date | None]]  # the texts first named in it
    keys: list[tuple[str, datetime.date | None]]  # what each claim's reading depends on (`Reader.key`)


def _facts_and_people(claims: list[Claim], published: Mapping[str, datetime.date | None],
                      processes: int) -> tuple[list[ClaimFacts], People]:
    reader = Reader(published, claims)
    load_gazetteer()  # once, before the workers are forked, rather than once in each
    load_frequencies()
    own_end = int(len(claims) / processes * _OWN_PART)
    pieces = _pieces(reader, claims, own_end, len(claims))
    own_keys = list(map(reader.key, claims[:own_end]))
    own_texts = list(dict.fromkeys(text for text, _ in own_keys))
    chunks = [own_texts[n:n + _COUNTS] for n in range(0, len(own_texts), _COUNTS)]
    with _pool(processes - 1, _keep, ({"pieces": pieces, "chunks": chunks},)) as pool:
        reading = [pool.submit(_read_piece, n) for n in range(len(pieces))]
        counting = [pool.submit(_count_chunk, n) for n in range(len(chunks))]
        facts = reader.facts(claims[:own_end], 0, own_keys, counted=False)
        for piece, readings in zip(pieces, _in_turn(reading, [piece.texts for piece in pieces], read_texts)):
            reader.readings.update(zip(piece.texts, readings))
            facts += reader.facts(claims[piece.start:piece.end], piece.start, piece.keys)
        people = resolve_people(facts)
        counted = dict(zip(own_texts, chain.from_iterable(_in_turn(counting, chunks, count_texts))))
    for f in facts[:own_end]:
        f.quantities = counted[f.text]
    return facts, people


def _pieces(reader: Reader, claims: list[Claim], start: int, end: int) -> list[_Piece]:
    """The claims from `start` to `end` cut into pieces of _PIECE distinct texts."""
    pieces, seen = [], set()
    piece_start, texts, keys = start, [], []
    for n in range(start, end):
        key = reader.key(claims[n])
        keys.append(key)
        if key not in seen:
            seen.add(key)
            texts.append(key)
        if len(texts) >= _PIECE or n == end - 1:
            pieces.append(_Piece(piece_start, n + 1, texts, keys))
            piece_start, texts, keys = n + 1, [], []
    return pieces


J = TypeVar("J")
R = TypeVar("R")


def _in_turn(futures: list[Future], jobs: Sequence[J], here: Callable[[J], R]) -> Iterator[R]:
    """The results of the jobs, in order, as the pool gives them; rather than wait for one, this
    process does the last job the pool has not begun (`here(job)`)."""
    done_here: dict[int, R] = {}
    last = len(jobs)  # the jobs from here on are done here
    for n, future in enumerate(futures):
        if n >= last:
            yield done_here.pop(n)
            continue
        while not future.done() and last - 1 > n and futures[last - 1].cancel():
            last -= 1
            done_here[last] = here(jobs[last])
        yield future.result()


# --- 2. kinds ----------------------------------------------------------------------------------------

_THERE = (attribution, location)  # the kinds that may look in the worker


def _find_with_a_worker(facts: list[ClaimFacts], people: People) -> tuple[Events, ByKind]:
    location_begun = _FirstToBegin()
    with _pool(1, _keep, ({"facts": facts, "people": people, "location_begun": location_begun},)) as pool:
        reading_said = pool.submit(_read_said)
        grouped = group_claims(facts)
        here = _half_of_the_work(grouped.groups)
        splitting = pool.submit(_split, grouped.groups[here:])
        parts_of = split_groups(grouped.groups[:here], facts, grouped.named_days, grouped.corpus_claims)
        events = events_of(parts_of + splitting.result(), len(facts))
        reading_said.result()
        mixing_up = pool.submit(_mix_ups, events)  # looks while the events are labelled here
        label_events(events.events, facts)
        finding = pool.submit(_attribution_then_location, [event.label for event in events.events])
        ctx = Context(facts, people, events)
        by_kind = find_all(ctx, [kind for kind in KINDS if kind not in _THERE])
        if location_begun.begin():
            by_kind[location.KIND] = location.find(ctx)
        mixing_up.result()
        by_kind.update(finding.result())
    return events, by_kind


def _half_of_the_work(groups: list[ByArticle]) -> int:
    """Where the groups divide into two halves of about the same splitting work: it grows with the
    claims and with the pairs of articles compared."""
    weights = [sum(map(len, group.values())) + 2 * len(group) ** 2 for group in groups]
    half, total = sum(weights) / 2, 0
    for n, weight in enumerate(weights):
        total += weight
        if total >= half:
            return n + 1
    return len(groups)


class _FirstToBegin:
    """Work that either process may do, done by the first to begin it: a flag in memory the forked
    worker shares."""

    def __init__(self) -> None:
        self._begun = multiprocessing.get_context("fork").Value("b", 0)

    def begin(self) -> bool:
        with self._begun.get_lock():
            if self._begun.value:
                return False
            self._begun.value = 1
            return True


# --- in a worker -------------------------------------------------------------------------------------

# What a worker was given as it was forked, and what it keeps between its tasks (the attribution
# worker is one process, and runs them in turn).
_kept: dict[str, object] = {}


def _keep(given: dict[str, object]) -> None:
    _kept.update(given)


def _read_piece(n: int) -> list[Reading]:
    return read_texts(_kept["pieces"][n].texts)


def _count_chunk(n: int) -> list[tuple[Quantity, ...]]:
    return count_texts(_kept["chunks"][n])


def _read_said() -> None:
    facts = _kept["facts"]
    _kept["said"] = attribution.read_said(facts)
    # Then, while the claims are still being grouped there, what splitting will need first.
    _kept["corpus_claims"] = claims_naming(facts)


def _split(groups: list[ByArticle]) -> list:
    facts = _kept["facts"]
    return split_groups(groups, facts, named_days_of(facts), _kept["corpus_claims"])


def _mix_ups(events: Events) -> None:
    ctx = _kept["ctx"] = Context(_kept["facts"], _kept["people"], events)
    _kept["mixed_up"] = attribution.mix_ups(ctx, _kept["said"])


def _attribution_then_location(labels: list[str]) -> ByKind:
    ctx = _kept["ctx"]
    for event, label in zip(ctx.events.events, labels):
        event.label = label
    found = {attribution.KIND: attribution.findings(ctx, _kept["mixed_up"])}
    if _kept["location_begun"].begin():
        found[location.KIND] = location.find(ctx)
    return found
