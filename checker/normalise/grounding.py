"""Is a value really in the article? Compared after folding what differs between copies of the same
text: whitespace, quote marks, tatweel, Arabic diacritics and hamza forms of alef, case."""

from __future__ import annotations

import re
import unicodedata

# Quote marks and the Arabic letters folded, in one table: one pass over the text.
_FOLD = str.maketrans({c: '"' for c in "“”„‟«»‹›″〝〞＂"} | {c: "'" for c in "‘’‚‛`´"}
                      | {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": None})
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = _DIACRITICS.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


def contains(haystack: str, needle: str) -> bool:
    needle_folded = fold(needle)
    return bool(needle_folded) and needle_folded in fold(haystack)


def longest_grounded_run(value: str, text: str) -> str | None:
    """The longest run of consecutive words of `value` found in `text` (the whole value when it is
    there); None when not even one word of it is. Words of one letter do not count alone.
    Among runs of the same length the rightmost wins, since a name follows its title."""
    if contains(text, value):
        return value.strip()
    words = value.split()
    for size in range(len(words) - 1, 0, -1):
        for start in reversed(range(len(words) - size + 1)):  # names follow titles: prefer the right
            run = " ".join(words[start : start + size])
            if len(run) > 1 and contains(text, run):
                return run
    return None
