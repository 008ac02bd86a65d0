"""The recording store: found by key and model, or by key alone. The recordings here are made up for
the test (in a temporary folder), never model answers."""

from __future__ import annotations

import os

from checker.extract import recordings
from checker.extract.recordings import Recording, RecordingStore, request_key


def made_up(n: int, model: str = "made-up-model") -> Recording:
    return Recording(key=request_key("v1", "s1", f"sentence {n}"), model=model, prompt_version="v1",
                     schema_version="s1", article=f"a{n}", request={"messages": []}, parsed={"n": n})


def test_a_lookup_by_any_model_lists_the_folder_once(tmp_path, monkeypatch):
    # A rerun of 10,000 articles with no model named looks up 10,000 keys: listing the folder each
    # time made it quadratic (20 ms a look-up in a folder of 20,000 recordings).
    saved = [made_up(n) for n in range(30)]
    for recording in saved:
        RecordingStore(tmp_path).save(recording)
    listings = []
    scandir = os.scandir
    monkeypatch.setattr(recordings.os, "scandir", lambda path: listings.append(path) or scandir(path))
    store = RecordingStore(tmp_path)
    assert [store.find(r.key, None).parsed for r in saved] == [{"n": n} for n in range(30)]
    assert store.find(request_key("v1", "s1", "never asked"), None) is None
    assert len(listings) == 1


def test_a_recording_saved_after_the_folder_was_listed_is_found(tmp_path):
    store = RecordingStore(tmp_path)
    store.save(made_up(1))
    assert store.find(made_up(2).key, None) is None  # the folder is listed now
    store.save(made_up(2))
    assert store.find(made_up(2).key, None).parsed == {"n": 2}
    store.save(made_up(2))  # saved again (a refresh): still one file, found once
    assert [p.name for p in tmp_path.glob(f"{made_up(2).key}.*")] == [f"{made_up(2).key}.made-up-model.json"]


def test_any_model_means_the_first_by_name_and_other_files_are_not_recordings(tmp_path):
    store = RecordingStore(tmp_path)
    store.save(made_up(1, model="model-b"))
    store.save(made_up(1, model="model-a"))
    key = made_up(1).key
    (tmp_path / ".batches").mkdir()
    (tmp_path / f".rec-{key}.tmp").write_text("half written")
    (tmp_path / f"{key}.json").write_text("{}")
    (tmp_path / "README.txt").write_text("recordings")
    fresh = RecordingStore(tmp_path)
    assert fresh.find(key, None).model == "model-a"
    assert fresh.find(key, "model-b").model == "model-b"
    assert fresh.find(key, "model-c") is None
    assert RecordingStore(tmp_path / "missing").find(key, None) is None
