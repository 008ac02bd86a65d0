"""Work handed to a forked worker gives what the same work gives in one process. The tests that need a
worker run in a fresh interpreter (`tests/fresh.py`)."""

import json
import os
import threading
import time
from functools import partial

from checker import parallel
from tests.fresh import fresh_python


def test_an_error_in_a_worker_reaches_the_caller():
    out = fresh_python("""
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


def test_a_large_value_comes_back_whole():
    out = fresh_python("""
        import json
        from checker import parallel
        from tests.test_parallel import _many_numbers
        stream = parallel.Stream(_many_numbers)
        print(json.dumps(sum(stream.next())))
    """)
    assert json.loads(out) == sum(range(1_000_000))


def _many_numbers():
    yield list(range(1_000_000))  # far more than a pipe holds at once


def test_a_worker_that_cannot_be_forked_has_its_values_made_here():
    out = fresh_python("""
        import json, os
        from functools import partial
        from checker import parallel
        from tests.test_parallel import _pids_until_death
        def no_fork():
            raise OSError("no more processes")
        os.fork = no_fork
        stream = parallel.Stream(partial(_pids_until_death, os.getpid(), None))
        values = [stream.next() for _ in range(4)]
        print(json.dumps([[n for n, _ in values], all(pid == os.getpid() for _, pid in values)]))
    """)
    assert json.loads(out) == [[0, 1, 2, 3], True]


def test_a_stopped_worker_is_killed_without_waiting():
    # A worker that would run for a minute: stopping it kills it at once, leaving no process behind.
    out = fresh_python("""
        import json, os, time
        from checker import parallel
        from tests.test_parallel import _forever
        stream = parallel.Stream(_forever)
        pid = stream.next()
        started = time.perf_counter()
        stream.close()
        stopped_in = time.perf_counter() - started
        waited = 0.0
        while waited < 10:
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    state = stat.read().rsplit(")", 1)[1].split()[0]
            except FileNotFoundError:
                state = "gone"
            if state in ("Z", "gone"):
                break
            time.sleep(0.05)
            waited += 0.05
        print(json.dumps([stopped_in < 5, state in ("Z", "gone")]))
    """)
    assert json.loads(out) == [True, True]


def _forever():
    yield os.getpid()
    time.sleep(60)
    yield None


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
