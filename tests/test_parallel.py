"""Work spread over worker processes gives what the same work gives in one process. The tests that need
a worker run in a fresh interpreter (`tests/fresh.py`)."""

import json
import os
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from checker import parallel
from checker.load.claims_file import publication_dates, read_claims_file
from checker.compare.entities import resolve_people
from checker.compare import events
from checker.compare.events import group_events, named_days_of, split_groups
from checker.compare.facts import _part_bounds, read_all
from tests.fresh import fresh_python

DATA = Path(__file__).parent / "data"


def test_an_error_in_a_worker_reaches_the_caller():
    out = fresh_python("""
        from functools import partial
        from checker import parallel
        from tests.test_parallel import _raise_after_one
        stream = parallel.Stream(_raise_after_one)
        print(stream.next())
        try:
            stream.next()
        except ValueError as exc:
            print(exc)
    """)
    assert out.split() == ["1", "bad"]


def _raise_after_one():
    yield 1
    raise ValueError("bad")


def test_a_worker_is_sent_values_in_turn_and_so_is_the_generator_run_here_after_it_died():
    out = fresh_python("""
        import json, os
        from functools import partial
        from checker import parallel
        from tests.test_parallel import _sums_of_what_is_sent
        here = os.getpid()
        answers = []
        for dies in (False, True):
            stream = parallel.Stream(partial(_sums_of_what_is_sent, here, dies), inbox=True)
            stream.send([1, 2])
            first = stream.next()
            stream.send(list(range(100_000)))  # more than a pipe holds at once
            answers.append([first, stream.next()])
            stream.close()
        print(json.dumps([here, answers]))
    """)
    here, (lived, died) = json.loads(out)
    assert [total for total, _ in lived] == [3, 4999950000] and all(pid != here for _, pid in lived)
    assert [total for total, _ in died] == [3, 4999950000] and died[1][1] == here


def _sums_of_what_is_sent(parent: int, dies: bool, receive):
    yield sum(receive()), os.getpid()
    numbers = receive()
    if dies and os.getpid() != parent:
        os._exit(3)
    yield sum(numbers), os.getpid()


def test_sending_to_a_busy_worker_does_not_wait_for_it_to_take_the_values_in(tmp_path):
    # The worker takes in nothing until a file exists, which this process makes only once it has sent
    # more than a pipe holds: had sending waited for the worker, both would wait (until the worker
    # gives up after 20 s).
    go = tmp_path / "go"
    out = fresh_python(f"""
        import json, time
        from checker import parallel
        from tests.test_parallel import _sum_once_told
        stream = parallel.Stream(lambda receive: _sum_once_told({str(go)!r}, receive), inbox=True)
        started = time.monotonic()
        for n in range(4):
            stream.send(list(range(n * 100_000, (n + 1) * 100_000)))
        sent_in = time.monotonic() - started
        open({str(go)!r}, "w").close()
        print(json.dumps([sent_in, stream.next()]))
        stream.close()
    """)
    sent_in, total = json.loads(out)
    assert total == sum(range(400_000)) and sent_in < 10


def _sum_once_told(go: str, receive):
    waited = 0.0
    while not os.path.exists(go) and waited < 20:
        time.sleep(0.05)
        waited += 0.05
    yield sum(sum(receive()) for _ in range(4))


def test_a_worker_that_cannot_be_forked_has_its_values_made_here_and_leaves_nothing_open():
    out = fresh_python("""
        import json, os
        from checker import parallel
        from tests.test_parallel import _sums_of_what_is_sent
        def no_fork():
            raise OSError("no more processes")
        os.fork = no_fork
        before = sorted(os.listdir("/proc/self/fd"))
        stream = parallel.Stream(lambda receive: _sums_of_what_is_sent(os.getpid(), False, receive), inbox=True)
        stream.send([1, 2])
        first = stream.next()
        stream.send([3, 4])
        print(json.dumps([first[0], stream.next()[0], before == sorted(os.listdir("/proc/self/fd"))]))
    """)
    assert json.loads(out) == [3, 7, True]


def test_a_stopped_worker_is_killed_without_waiting_and_reaped_later():
    # A worker that would run for a minute: stopping it kills it at once; it is reaped at the latest
    # when asked to wait for all (as at exit), leaving no process behind.
    out = fresh_python("""
        import json, os, time
        from checker import parallel
        from tests.test_parallel import _forever
        stream = parallel.Stream(_forever)
        pid = stream.next()
        started = time.perf_counter()
        stream.close()
        stopped_in = time.perf_counter() - started
        parallel.reap_ended(wait=True)
        try:
            os.waitpid(pid, os.WNOHANG)
            state = "still a child"
        except ChildProcessError:
            state = "reaped"
        print(json.dumps([stopped_in < 5, state, os.path.exists(f"/proc/{pid}"), parallel._ending]))
    """)
    assert json.loads(out) == [True, "reaped", False, []]


def _forever():
    yield os.getpid()
    time.sleep(60)
    yield None


def test_regions_are_a_workers_bytes_left_in_its_file_and_its_error_is_raised_here():
    out = fresh_python("""
        import json
        from checker import parallel
        from tests.test_parallel import _bytes_then_error
        stream = parallel.Regions(_bytes_then_error)
        forked = stream._child is not None
        first, second = stream.next(), stream.next()
        try:
            stream.next()
            error = None
        except ValueError as exc:
            error = str(exc)
        read = [first.read(), second.read(), second.read(2)]
        kinds = [type(first).__name__, first.file is second.file]
        stream.close()
        print(json.dumps([forked, [r.decode() for r in read], kinds, error, first.file.closed]))
    """)
    assert json.loads(out) == [True, ["«واحد»", "two", "o"], ["Region", True], "bad", True]


def _bytes_then_error():
    yield "«واحد»".encode()
    yield b"two"
    raise ValueError("bad")


def test_parts_of_a_corpus_cover_it_in_order_with_a_smaller_one_here():
    for total, count in [(200_000, 2), (40_001, 3), (20_000, 2), (99, 4)]:
        bounds = _part_bounds(total, count)
        assert len(bounds) == count
        assert bounds[0][0] == 0 and bounds[-1][1] == total
        assert all(end == start for (_, end), (start, _) in zip(bounds, bounds[1:]))
        assert bounds[0][1] - bounds[0][0] < min(end - start for start, end in bounds[1:])


def test_a_stream_gives_a_workers_values_in_turn_and_the_rest_here_if_it_dies():
    out = fresh_python("""
        import json, os
        from functools import partial
        from checker import parallel
        from tests.test_parallel import _pids_until_death
        here = os.getpid()
        whole = parallel.Stream(partial(_pids_until_death, here, None))
        dying = parallel.Stream(partial(_pids_until_death, here, 2))
        print(json.dumps([here, [whole.next() for _ in range(4)], [dying.next() for _ in range(4)]]))
    """)
    here, whole, dying = json.loads(out)
    assert [n for n, _ in whole] == [0, 1, 2, 3] and all(pid != here for _, pid in whole)
    assert [n for n, _ in dying] == [0, 1, 2, 3]
    assert [pid != here for _, pid in dying] == [True, True, False, False]  # the worker died after two


def _pids_until_death(parent: int, dies_after: int | None):
    for n in range(4):
        if n == dies_after and os.getpid() != parent:
            os._exit(3)
        yield n, os.getpid()


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        stream = parallel.Stream(partial(_pids_until_death, os.getpid(), None))
        values = [stream.next() for _ in range(4)]
    finally:
        stop.set()
        thread.join()
    assert values == [(n, os.getpid()) for n in range(4)]  # made here, in turn


_COMPARE_BOTH_WAYS = """
    import json, os
    from checker import parallel
    from checker.load.claims_file import publication_dates, read_claims_file
    from checker.compare import compare
    parallel.MIN_ITEMS = {min_items}
    forked = []
    stream = parallel.Stream.__init__
    def counting_streams(self, produce, **options):
        if parallel.can_fork() and hasattr(produce, "func"):
            forked.append(produce.func.__name__)
        stream(self, produce, **options)
    parallel.Stream.__init__ = counting_streams
    claims_file = read_claims_file({path!r})
    published = publication_dates(claims_file)
    alone = [c.model_dump() for c in compare(claims_file.claims, published, workers=1)]
    spread = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
    print(json.dumps([forked, len(alone), alone == spread]))
"""


@pytest.mark.parametrize("name", ["seeds_claims.human.json", "en_cases.human.json", "ar_cases.human.json"])
def test_comparison_finds_the_same_with_workers(name):
    out = fresh_python(_COMPARE_BOTH_WAYS.format(min_items=4, path=str(DATA / name)))
    forked, found, same = json.loads(out)
    assert found > 0, "the case set has findings to compare"
    assert sorted(set(forked)) == ["_attribute", "_read_part"], "texts and attribution were handed to workers"
    assert same


_LOCATIONS_WHERE_FREE = """
    import json, os, time
    from checker import parallel
    from checker.load.claims_file import publication_dates, read_claims_file
    from checker.compare import compare
    from checker.compare.kinds import attribution, location, quantity
    parallel.MIN_ITEMS = 4
    here, slow = os.getpid(), {slow!r}
    looked = os.pipe()
    find, mix_ups, count = location.find, attribution.mix_ups, quantity.find
    def telling(ctx):
        os.write(looked[1], b"H" if os.getpid() == here else b"W")
        return find(ctx)
    def slow_there(*args):
        if os.getpid() != here and slow == "worker":
            time.sleep(1.5)
        return mix_ups(*args)
    def slow_here(ctx):
        if os.getpid() == here and slow == "here":
            time.sleep(1.5)
        return count(ctx)
    location.find, attribution.mix_ups, quantity.find = telling, slow_there, slow_here
    claims_file = read_claims_file({path!r})
    published = publication_dates(claims_file)
    alone = [c.model_dump() for c in compare(claims_file.claims, published, workers=1)]
    os.read(looked[0], 1)
    spread = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
    os.close(looked[1])
    print(json.dumps([os.read(looked[0], 16).decode(), sum(c["kind"] == "location" for c in alone), alone == spread]))
"""


@pytest.mark.parametrize("slow, first", [("worker", "H"), ("here", "W")])
def test_locations_are_looked_for_once_by_the_process_done_first(slow, first):
    out = fresh_python(_LOCATIONS_WHERE_FREE.format(slow=slow, path=str(DATA / "en_cases.human.json")))
    looked, locations, same = json.loads(out)
    assert locations > 0, "the case set has differing places to find"
    assert looked == first, "one process looked, the one that was free first"
    assert same


def test_events_are_the_same_when_the_later_groups_are_split_in_another_process(monkeypatch):
    claims_file = read_claims_file(DATA / "en_cases.human.json")
    facts = read_all(claims_file.claims, publication_dates(claims_file), workers=1)
    resolve_people(facts)
    alone = group_events(facts)
    split_here: list[int] = []

    def counted(groups, *args):
        split_here.append(len(groups))
        return split_groups(groups, *args)

    monkeypatch.setattr(events, "split_groups", counted)
    handed: list[int] = []

    def elsewhere(groups):  # as the attribution worker does it, from the groups it is sent
        handed.append(len(groups))
        return partial(split_groups, groups, facts, named_days_of(facts))

    shared = group_events(facts, split_elsewhere=elsewhere)
    assert split_here[0] > 0 and handed[0] > 0, "the groups were divided between the two"
    assert [(e.facts, e.label, e.linked) for e in shared.events] == [(e.facts, e.label, e.linked) for e in alone.events]
    assert shared.of_fact == alone.of_fact


def test_a_small_corpus_is_compared_in_one_process():
    out = fresh_python(_COMPARE_BOTH_WAYS.format(min_items=parallel.MIN_ITEMS, path=str(DATA / "seeds_claims.human.json")))
    forked, found, same = json.loads(out)
    assert forked == [] and found > 0 and same


def test_a_workers_items_are_each_done_by_it_in_order_or_taken_over_here_from_the_last():
    out = fresh_python("""
        import json, time
        from functools import partial
        from checker import parallel
        from tests.test_parallel import _begin_slowly
        shared = parallel.Shared(40)
        stream = parallel.Stream(partial(_begin_slowly, shared, 40))
        by_worker, here, last = [], [], 40
        while True:
            if not stream.ready() and last - 1 > len(by_worker) and shared.take_over(last - 1):
                last -= 1
                here.append(last)
                time.sleep(0.005)
                continue
            value = stream.next()
            if value is None:
                break
            by_worker.append(value)
        print(json.dumps([by_worker, here]))
    """)
    by_worker, here = json.loads(out)
    assert by_worker == list(range(len(by_worker))) and here == sorted(here, reverse=True)
    assert by_worker and here, "both did some"
    assert set(by_worker) | set(here) == set(range(40)) and len(set(by_worker) & set(here)) <= 1


def _begin_slowly(shared, count: int):
    for n in range(count):
        if not shared.begin(n):
            break
        time.sleep(0.02)
        yield n
    yield None


def test_a_stream_is_ready_once_the_worker_has_sent_a_value():
    out = fresh_python("""
        import json, time
        from checker import parallel
        from tests.test_parallel import _echo
        stream = parallel.Stream(_echo, inbox=True)
        time.sleep(0.2)
        before = stream.ready()  # the worker waits to be sent something
        stream.send(7)
        waited = 0.0
        while not stream.ready() and waited < 10:
            time.sleep(0.01)
            waited += 0.01
        print(json.dumps([before, stream.ready(), stream.next()]))
        stream.close()
    """)
    assert json.loads(out) == [False, True, 7]


def _echo(receive):
    while True:
        yield receive()


def test_this_process_reads_a_slow_workers_last_pieces_and_the_facts_are_the_same():
    out = fresh_python("""
        import json, os, time
        from checker import parallel
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import facts
        parallel.MIN_ITEMS = 4
        facts._PIECE = 1
        here, read_here = os.getpid(), []
        read_texts = facts.read_texts
        def slow_in_the_worker(texts, *how):
            if os.getpid() != here:
                time.sleep(0.05)
            elif texts:
                read_here.append(len(texts))
            return read_texts(texts, *how)
        facts.read_texts = slow_in_the_worker
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = facts.read_all(claims_file.claims, published, workers=1)
        read_here.clear()
        spread = facts.read_all(claims_file.claims, published, workers=2)
        print(json.dumps([len(alone), alone == spread, len(read_here)]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    count, same, reads_here = json.loads(out)
    assert count > 8 and same
    assert reads_here >= 2, "besides its own part, this process read pieces of the worker's"


def test_a_worker_counts_this_processs_part_while_then_runs_even_after_its_last_pieces_were_taken_over():
    # The worker is slow to read, so this process takes over its last pieces and may be done with all of
    # them before the worker says it has stopped; the worker then counts this process's part while
    # `then` runs, and those counts are the ones used.
    out = fresh_python("""
        import json, os, time
        from checker import parallel
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import facts
        parallel.MIN_ITEMS = 4
        facts._PIECE = facts._COUNTS = 1
        here, counted_here = os.getpid(), []
        read_texts, count_texts = facts.read_texts, facts.count_texts
        def slow_in_the_worker(texts, *how):
            if os.getpid() != here:
                time.sleep(0.2)
            return read_texts(texts, *how)
        def counting(texts):
            if os.getpid() == here:
                counted_here.append(len(texts))
            return count_texts(texts)
        facts.read_texts, facts.count_texts = slow_in_the_worker, counting
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = facts.read_all(claims_file.claims, published, workers=1)
        counted_here.clear()
        def then(made):
            time.sleep(1.0)  # time for the worker to count
            return [f.quantities for f in made]
        spread, seen = facts.read_all_then(claims_file.claims, published, then, workers=2)
        own = facts._part_bounds(len(alone), 2)[0][1]
        own_texts = len({{f.text for f in alone[:own]}})
        print(json.dumps([alone == spread, seen[:own] == [None] * own, seen[own:] == [f.quantities for f in alone[own:]],
                          len(counted_here), own_texts]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    same, uncounted_then, rest_counted, counted_here, own_texts = json.loads(out)
    assert same, "the facts are those of one process, quantities included"
    assert uncounted_then and rest_counted, "then saw this process's part alone without its counts"
    assert own_texts >= 2 and counted_here < own_texts, "the worker counted some of this process's part"


def test_the_counts_are_all_there_when_the_worker_dies_as_it_begins_counting():
    out = fresh_python("""
        import json, os
        from checker import parallel
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import facts
        parallel.MIN_ITEMS = 4
        facts._PIECE = facts._COUNTS = 1
        here, count_texts = os.getpid(), facts.count_texts
        def dying(texts):
            if os.getpid() != here:
                os._exit(3)
            return count_texts(texts)
        facts.count_texts = dying
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = facts.read_all(claims_file.claims, published, workers=1)
        spread = facts.read_all(claims_file.claims, published, workers=2)
        print(json.dumps([alone == spread, sum(1 for f in alone if f.quantities)]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    same, counted = json.loads(out)
    assert counted > 0 and same


def test_an_idle_worker_runs_at_the_lowest_priority():
    out = fresh_python("""
        import json, os
        from checker import parallel
        from tests.test_parallel import _niceness
        print(json.dumps([os.nice(0), parallel.Stream(_niceness, idle=True).next(), parallel.Stream(_niceness).next()]))
    """)
    here, idle, busy = json.loads(out)
    assert idle == 19 and busy == here


def _niceness():
    yield os.nice(0)
