"""Extract: `Article` → `ExtractionResult` (its attributed claims); the only stage that talks to a model.

The article's sentences are planned into short requests (`units`), sent through `llm/` (the only
module that imports openai and instructor) under a rate and attempt budget (`gate`), recorded and
replayed by key (`recordings`: prompt version, schema, model, text), and the answers validated and
grounded in the text; speakers named only by a pronoun or a family name are completed (`speakers`).
"""

from __future__ import annotations

import importlib

__all__ = ["Extractor"]


def __getattr__(name: str):
    # Loaded on first use, so that a submodule (a claims file's reader, the recordings) can be
    # imported without the whole stage.
    if name in __all__:
        return getattr(importlib.import_module("checker.extract.extractor"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
