"""Orthography folding for matching (never for display), tokens with their spans as written,
and Arabic clitic prefixes.

Folding merges what writers of Arabic use interchangeably: the hamza forms of alef, taa marbuta and
haa, alef maqsura and yaa, diacritics, tatweel, the many quote marks, Arabic-Indic and Persian digits.
Latin text is case-folded and stripped of accents, so the same functions serve English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from pyarabic import araby

QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚‛`´″"

_LETTERS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
        "ة": "ه", "ۀ": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ؤ": "و",
        "ک": "ك", "ڪ": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",
        "ـ": None,  # tatweel
        **{mark: " " for mark in QUOTE_MARKS},
    }
)
_DIGITS = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
     "٫": ".", "٬": ","}
)
_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_SPACES = re.compile(r"\s+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# A token is a run of letters, digits and combining marks; a decimal or thousands separator
# between digits stays inside the number ("39.9", "1,200", "٣٩٫٩").
TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed])+")
# A fast first cut: runs of word characters and marks; the few runs that mix letters and digits
# ("و20") are cut again with TOKEN.
_RUN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+(?:[.,٫٬]\d+)*")
_MIXED = re.compile(r"\d.*[^\W\d]|[^\W\d].*\d|_")


class WordMemo(dict):
    """A function of one word key, remembered. `memo[key]` is a plain dict lookup, the cheapest test
    there is for the questions asked of every token ("can a date begin here?"); `memo(key)` works too.
    Forgets everything when it grows past a bound, as the word caches elsewhere do."""

    def __init__(self, function):
        super().__init__()
        self.function = function
        self.__doc__ = function.__doc__

    def __missing__(self, key: str):
        if len(self) >= 1 << 18:
            self.clear()
        value = self[key] = self.function(key)
        return value

    def __call__(self, key: str):
        return self[key]


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and the Arabic decimal/thousands marks) as ASCII."""
    return text.translate(_DIGITS)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The matching form of a text: same letters for variant spellings, no marks, single spaces."""
    text = araby.strip_tatweel(araby.strip_tashkeel(text))
    text = _MARKS.sub("", text).translate(_LETTERS).translate(_DIGITS)
    if not text.isascii():
        # Latin accents: decompose and drop the combining marks (Arabic letters were folded above).
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = text.translate(_LETTERS)
    return _SPACES.sub(" ", text.casefold()).strip()


def is_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None


class Token(NamedTuple):
    text: str  # as written
    key: str  # folded
    start: int
    end: int
    boundary: bool  # punctuation (not just spaces) between the previous token and this one


@lru_cache(maxsize=16384)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and numbers of a text with their spans as written and their folded keys."""
    tokens: list[Token] = []
    parts = _RUN_SPLIT.split(text)  # gap, run, gap, run, ..., gap
    end = previous_end = 0
    for gap, run in zip(parts[::2], parts[1::2]):
        start = end + len(gap)
        end = start + len(run)
        read = _RUNS.get(run)
        if read is None:
            read = _read_run(run)
        if read.__class__ is str:  # the run is one token, and this is its key
            boundary = not tokens or (start > previous_end and not text[previous_end:start].isspace())
            tokens.append(_new_token(Token, (run, read, start, end, boundary)))
            previous_end = end
            continue
        for offset, written, key in read:
            first, last = start + offset, start + offset + len(written)
            boundary = not tokens or (first > previous_end and not text[previous_end:first].isspace())
            tokens.append(_new_token(Token, (written, key, first, last, boundary)))
            previous_end = last
    return tuple(tokens)


_RUN_SPLIT = re.compile(f"({_RUN.pattern})")
_new_token = tuple.__new__  # Token(...) without the Python-level __new__: tokens are made by the million
_RUNS: dict[str, str | tuple[tuple[int, str, str], ...]] = {}  # a plain dict: the hottest lookup of all


def _read_run(run: str) -> str | tuple[tuple[int, str, str], ...]:
    """The key of a run that is one token, or the pieces (offset, text, key) of one that mixes
    letters and digits ("و20")."""
    if _MIXED.search(run) is None:
        read: str | tuple = fold(run)
    else:
        read = tuple((m.start(), m.group(), fold(m.group())) for m in TOKEN.finditer(run))
    if len(_RUNS) < 1 << 18:
        _RUNS[run] = read
    return read


# Clitics before a word: conjunction و/ف, preposition ب/ك/ل, and the article ال.
_ARTICLE = re.compile(r"^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)")
_SINGLE = "وفبكل"


@lru_cache(maxsize=1 << 16)
def strip_article(word: str) -> str:
    """Drop a leading article with its attached particles: والدول → دول, بالعاصمة → عاصمة, للدفاع → دفاع."""
    return _ARTICLE.sub("", word)


@lru_cache(maxsize=1 << 16)
def prefix_variants(word: str) -> tuple[str, ...]:
    """Readings of a folded word with clitics removed, most literal first, for dictionary lookups.

    Single-letter prefixes are ambiguous (باريس begins with ب), so the word itself is always tried first.
    """
    variants = [word]
    bare = strip_article(word)
    if bare != word:
        variants.append(bare)
    rest = word
    for _ in range(2):
        if len(rest) > 3 and rest[0] in _SINGLE:
            rest = rest[1:]
            variants.append(rest)
            bare = strip_article(rest)
            if bare != rest:
                variants.append(bare)
        else:
            break
    return tuple(dict.fromkeys(variants))


@lru_cache(maxsize=1 << 16)
def has_article(word: str) -> bool:
    return _ARTICLE.match(word) is not None
