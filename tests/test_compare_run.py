"""How the comparison runs (`compare.run`): spread over worker processes it finds what one process
finds. The tests that need a worker run in a fresh interpreter (`tests/fresh.py`)."""

import json
from pathlib import Path

from checker.load.claims_file import publication_dates, read_claims_file
from checker.compare import run
from checker.compare.entities import resolve_people
from checker.compare.events import events_of, group_claims, group_events, label_events, named_days_of, split_groups
from checker.compare.facts import read_all
from tests.fresh import fresh_python

DATA = Path(__file__).parent / "data"

# Prints which steps a worker took ("read", "count", "said", "attribution", "location") and whether
# two processes find what one does. `min_claims`: the corpus size from which workers are used.
_COMPARE_BOTH_WAYS = """
    import json, os
    from checker.load.claims_file import publication_dates, read_claims_file
    from checker.compare import compare, run
    from checker.compare.kinds import attribution, location
    run.MIN_CLAIMS = {min_claims}
    here, told = os.getpid(), os.pipe()
    def told_in_a_worker(step, function):
        def telling(*args):
            if os.getpid() != here:
                os.write(told[1], step.encode() + b" ")
            return function(*args)
        return telling
    run.read_texts = told_in_a_worker("read", run.read_texts)
    run.count_texts = told_in_a_worker("count", run.count_texts)
    attribution.read_said = told_in_a_worker("said", attribution.read_said)
    attribution.findings = told_in_a_worker("attribution", attribution.findings)
    location.find = told_in_a_worker("location", location.find)
    claims_file = read_claims_file({path!r})
    published = publication_dates(claims_file)
    alone = [c.model_dump() for c in compare(claims_file.claims, published, workers=1)]
    spread = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
    os.write(told[1], b".")
    steps = set(os.read(told[0], 1 << 16).decode().rstrip(".").split())
    print(json.dumps([sorted(steps), len(alone), alone == spread]))
"""


def test_comparison_finds_the_same_with_workers():
    for name in ["seeds_claims.human.json", "en_cases.human.json", "ar_cases.human.json"]:
        out = fresh_python(_COMPARE_BOTH_WAYS.format(min_claims=4, path=str(DATA / name)))
        steps, found, same = json.loads(out)
        assert found > 0, "the case set has findings to compare"
        assert {"read", "said", "attribution"} <= set(steps), "texts and attribution were handed to workers"
        assert same, name


def test_a_small_corpus_is_compared_in_one_process():
    out = fresh_python(_COMPARE_BOTH_WAYS.format(min_claims=run.MIN_CLAIMS, path=str(DATA / "seeds_claims.human.json")))
    steps, found, same = json.loads(out)
    assert steps == [] and found > 0 and same


_LOCATIONS_WHERE_FREE = """
    import json, os, time
    from checker.load.claims_file import publication_dates, read_claims_file
    from checker.compare import compare, run
    from checker.compare.kinds import attribution, location, quantity
    run.MIN_CLAIMS = 4
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


def test_locations_are_looked_for_once_by_the_process_done_first():
    for slow, first in [("worker", "H"), ("here", "W")]:
        out = fresh_python(_LOCATIONS_WHERE_FREE.format(slow=slow, path=str(DATA / "en_cases.human.json")))
        looked, locations, same = json.loads(out)
        assert locations > 0, "the case set has differing places to find"
        assert looked == first, "one process looked, the one that was free first"
        assert same


def test_events_are_the_same_when_the_later_groups_are_split_apart():
    claims_file = read_claims_file(DATA / "en_cases.human.json")
    facts = read_all(claims_file.claims, publication_dates(claims_file))
    resolve_people(facts)
    alone = group_events(facts)
    grouped = group_claims(facts)
    here = run._half_of_the_work(grouped.groups)
    assert 0 < here < len(grouped.groups), "the groups are divided between the two"
    # as the worker splits them: the words of the corpus counted anew
    later = split_groups(grouped.groups[here:], facts, named_days_of(facts))
    shared = events_of(split_groups(grouped.groups[:here], facts, grouped.named_days, grouped.corpus_claims) + later,
                       len(facts))
    label_events(shared.events, facts)
    assert [(e.facts, e.label, e.linked) for e in shared.events] == [(e.facts, e.label, e.linked) for e in alone.events]
    assert shared.of_fact == alone.of_fact


def test_this_process_reads_a_slow_workers_last_pieces_and_the_facts_are_the_same():
    out = fresh_python("""
        import json, os, time
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import run
        from checker.compare.facts import read_all
        run._PIECE = 1
        here, read_here = os.getpid(), []
        read_texts = run.read_texts
        def slow_in_the_worker(texts, *how):
            if os.getpid() != here:
                time.sleep(0.05)
            elif texts:
                read_here.append(len(texts))
            return read_texts(texts, *how)
        run.read_texts = slow_in_the_worker
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = read_all(claims_file.claims, published)
        run.resolve_people(alone)  # as the facts come with their people
        spread, _ = run._facts_and_people(claims_file.claims, published, 2)
        print(json.dumps([len(alone), alone == spread, len(read_here)]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    count, same, pieces_here = json.loads(out)
    assert count > 8 and same
    assert pieces_here >= 2, "besides its own part, this process read pieces of the worker's"


def test_a_worker_counts_this_processs_part_while_the_people_are_resolved():
    # The worker is slow to read, so this process takes over its last pieces; the worker then counts
    # this process's part while the people are resolved, and those counts are the ones used.
    out = fresh_python("""
        import json, os, time
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import run
        from checker.compare.facts import read_all
        run._PIECE = run._COUNTS = 1
        here, counted_here, seen = os.getpid(), [], []
        read_texts, count_texts, resolve_people = run.read_texts, run.count_texts, run.resolve_people
        def slow_in_the_worker(texts, *how):
            if os.getpid() != here:
                time.sleep(0.2)
            return read_texts(texts, *how)
        def counting(texts):
            if os.getpid() == here:
                counted_here.append(len(texts))
            return count_texts(texts)
        def resolving(made):
            seen.extend(f.quantities for f in made)
            time.sleep(1.0)  # time for the worker to count
            return resolve_people(made)
        run.read_texts, run.count_texts, run.resolve_people = slow_in_the_worker, counting, resolving
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = read_all(claims_file.claims, published)
        resolve_people(alone)  # as the facts come with their people
        spread, _ = run._facts_and_people(claims_file.claims, published, 2)
        own = int(len(alone) / 2 * run._OWN_PART)
        own_texts = len({{f.text for f in alone[:own]}})
        print(json.dumps([alone == spread, seen[:own] == [None] * own, seen[own:] == [f.quantities for f in alone[own:]],
                          len(counted_here), own_texts]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    same, uncounted_then, rest_counted, counted_here, own_texts = json.loads(out)
    assert same, "the facts are those of one process, quantities included"
    assert uncounted_then and rest_counted, "the people were resolved with this process's part not counted yet"
    assert own_texts >= 2 and counted_here < own_texts, "the worker counted some of this process's part"


def test_the_findings_are_all_there_when_a_worker_dies():
    out = fresh_python("""
        import json, os
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import compare, run
        from checker.compare.kinds import attribution
        run.MIN_CLAIMS = 4
        here, count_texts, read_said = os.getpid(), run.count_texts, attribution.read_said
        def dying_as_it_counts(*args):
            if os.getpid() != here:
                os._exit(3)
            return count_texts(*args)
        def dying_as_it_reads_said(*args):
            if os.getpid() != here:
                os._exit(3)
            return read_said(*args)
        claims_file = read_claims_file({path!r})
        published = publication_dates(claims_file)
        alone = [c.model_dump() for c in compare(claims_file.claims, published, workers=1)]
        run.count_texts = dying_as_it_counts
        as_it_counts = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
        run.count_texts, attribution.read_said = count_texts, dying_as_it_reads_said
        as_it_reads_said = [c.model_dump() for c in compare(claims_file.claims, published, workers=2)]
        print(json.dumps([len(alone), alone == as_it_counts, alone == as_it_reads_said]))
    """.format(path=str(DATA / "ar_cases.human.json")))
    found, same_as_it_counts, same_as_it_reads_said = json.loads(out)
    assert found > 0 and same_as_it_counts and same_as_it_reads_said


def test_an_error_in_a_worker_reaches_the_caller():
    out = fresh_python("""
        import os
        from checker.load.claims_file import publication_dates, read_claims_file
        from checker.compare import compare, run
        from checker.compare.kinds import attribution
        run.MIN_CLAIMS = 4
        here = os.getpid()
        def bad(*args):
            if os.getpid() != here:
                raise ValueError("bad in the worker")
        attribution.mix_ups = bad
        claims_file = read_claims_file({path!r})
        try:
            compare(claims_file.claims, publication_dates(claims_file), workers=2)
        except ValueError as exc:
            print(exc)
    """.format(path=str(DATA / "en_cases.human.json")))
    assert out.strip() == "bad in the worker"


def test_workers_are_used_for_a_large_corpus_alone_and_never_forked_while_another_thread_runs():
    out = fresh_python("""
        import json, threading
        from checker.compare import run
        alone = [run.processes_for(run.MIN_CLAIMS - 1, None), run.processes_for(10 ** 6, 1)]
        spread = run.processes_for(10 ** 6, 2)
        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        with_a_thread = run.processes_for(10 ** 6, 2)
        stop.set()
        thread.join()
        print(json.dumps([alone, spread, with_a_thread]))
    """)
    assert json.loads(out) == [[1, 1], 2, 1]


def test_the_pools_results_come_in_order_and_this_process_takes_over_the_last_jobs_not_begun():
    out = fresh_python("""
        import json, os, time
        from checker.compare import run
        from tests.test_compare_run import _slowly
        here = os.getpid()
        jobs = list(range(40))
        with run._pool(1, run._keep, ({},)) as pool:
            futures = [pool.submit(_slowly, job) for job in jobs]
            results = list(run._in_turn(futures, jobs, _slowly))
        print(json.dumps([[job for job, _ in results], [job for job, pid in results if pid == here]]))
    """)
    order, here = json.loads(out)
    assert order == list(range(40))
    assert here and here == list(range(40 - len(here), 40)), "this process took over the last jobs"
    assert len(here) < 40, "the worker did the first ones"


def _slowly(job: int) -> tuple[int, int]:
    import os
    import time

    time.sleep(0.02)
    return job, os.getpid()

