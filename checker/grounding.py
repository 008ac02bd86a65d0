"""Is a value really in the article? Compared after folding what differs between copies of the same
text: whitespace, quote marks, tatweel, Arabic diacritics and hamza forms of alef, case."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»‹›″〝〞＂"} | {c: "'" for c in "‘’‚‛`´"})
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": None})
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_ARABIC_FOLD)
    text = _DIACRITICS.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


def contains(haystack: str, needle: str) -> bool:
    needle_folded = fold(needle)
    return bool(needle_folded) and needle_folded in fold(haystack)
