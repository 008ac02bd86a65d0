"""Load: files and folders → `Article`s holding the clean text of each main story.

Pages are decoded whatever their encoding, HTML is parsed, the main story is cut out of the page's
menus, lists and notices (`mainstory`), the publication date picked up, and the text split into
sentences (`sentences`). A claims file (`claims_file`) is read here too: it skips extraction.
"""

from __future__ import annotations

import importlib

__all__ = ["LoadError", "article_sentences", "load_paths"]


def __getattr__(name: str):
    # Loaded on first use, so that a submodule (a claims file's reader, the recordings) can be
    # imported without the whole stage.
    if name in __all__:
        return getattr(importlib.import_module("checker.load.articles"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
