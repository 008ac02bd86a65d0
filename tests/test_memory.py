"""What a stage is done with is freed, unless the process is about to end at once (the `check` command)."""

import gc
import weakref

from checker import memory


class Corpus:
    pass


def _kept_after_done_with() -> bool:
    corpus = Corpus()
    memory.done_with(corpus)
    watched = weakref.ref(corpus)
    del corpus
    gc.collect()
    return watched() is not None


def test_what_a_stage_is_done_with_is_freed_unless_the_process_ends_at_once(monkeypatch):
    monkeypatch.setattr(memory, "_kept", [])
    monkeypatch.setattr(memory, "_ending_at_once", False)
    assert not _kept_after_done_with() and not memory.ends_at_once()
    memory.end_at_once()
    assert _kept_after_done_with() and memory.ends_at_once()
