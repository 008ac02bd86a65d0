"""What a stage is done with is freed, unless the process is about to end at once (the `check` command)."""

import gc
import weakref

from checker import memory


class Corpus:
    pass


def test_what_a_stage_is_done_with_is_freed_unless_the_process_ends_at_once(monkeypatch):
    monkeypatch.setattr(memory, "_kept", [])
    freed = Corpus()
    memory.done_with(freed)
    watched = weakref.ref(freed)
    del freed
    gc.collect()
    assert watched() is None and not memory.ends_at_once()

    monkeypatch.setattr(memory, "_ending_at_once", False)
    memory.end_at_once()
    kept = Corpus()
    memory.done_with(kept)
    watched = weakref.ref(kept)
    del kept
    gc.collect()
    assert watched() is not None and memory.ends_at_once()
