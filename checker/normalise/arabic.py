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

from checker.normalise.memo import WordMemo


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
_MARK_RANGES = r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # vowel signs, Quranic marks
_MARKS = re.compile(f"[{_MARK_RANGES}]")
MARKS_OR_TATWEEL = re.compile(f"[{_MARK_RANGES}\u0640]")  # what can stand alone and say nothing
_SPACES = re.compile(r"\s+")
# Letters for telling the language of a text (the page, a line, a statement): Arabic with its Persian
# and Urdu letters, Latin with its accented forms.
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# A token is a run of letters, digits and combining marks; a decimal or thousands separator
# between digits stays inside the number ("39.9", "1,200", "٣٩٫٩").
TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed])+")
# A fast first cut: runs of word characters and marks; the few runs that mix letters and digits
# ("و20") are cut again with TOKEN.
_RUN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+(?:[.,٫٬]\d+)*")
_DIGIT, _LETTER = re.compile(r"\d"), re.compile(r"[^\W\d]")


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits (and the Arabic decimal/thousands marks) as ASCII."""
    return text.translate(_DIGITS)


class _Uncombined(dict):
    """A `str.translate` table dropping combining marks, filled in as characters are first met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        self[code] = kept = None if unicodedata.combining(ch) else ch
        return kept


# Marks, letters and digits folded in one pass; no character is in two of the three.
_FOLD = {**{ord(mark): None for mark in map(chr, range(0x0610, 0x06EE)) if _MARKS.match(mark)}, **_LETTERS, **_DIGITS}
_UNCOMBINED = _Uncombined()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The matching form of a text: same letters for variant spellings, no marks, single spaces."""
    text = text.translate(_FOLD)
    if not text.isascii():
        # Latin accents: decompose and drop the combining marks (Arabic letters were folded above).
        text = unicodedata.normalize("NFKD", text).translate(_UNCOMBINED).translate(_LETTERS)
    return " ".join(text.casefold().split())


def is_arabic(text: str) -> bool:
    """True when most letters of the text are Arabic: the language decision of pages, lines and
    statements."""
    arabic = len(ARABIC_LETTER.findall(text))
    return arabic > 0 and arabic >= len(LATIN_LETTER.findall(text))


class Token(NamedTuple):
    text: str  # as written
    key: str  # folded
    start: int
    end: int
    boundary: bool  # punctuation (not just spaces) between the previous token and this one


@lru_cache(maxsize=16384)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and numbers of a text with their spans as written and their folded keys."""
    # No token holds a space, so the text is cut at its spaces and each piece is read once for the
    # whole corpus (`_shape`): a text is then a walk over its pieces, with no regular expression run.
    tokens: list[Token] = []
    append = tokens.append
    shape_of = _shape
    offset = 0
    boundary = True  # punctuation since the last token; the first token has a boundary
    for piece in text.split(" "):
        shape = shape_of[piece]
        if shape.__class__ is str:  # the piece is one word: its key
            end = offset + len(piece)
            append(_new_token(Token, (piece, shape, offset, end, boundary)))
            boundary = False
            offset = end + 1
        else:
            parts, trailing = shape
            for written, key, start, end, punctuated in parts:
                append(_new_token(Token, (written, key, offset + start, offset + end, boundary or punctuated)))
                boundary = False
            boundary = boundary or trailing
            offset += len(piece) + 1
    return tuple(tokens)


_new_token = tuple.__new__  # Token(...) without the Python-level __new__


@WordMemo
def _shape(piece: str) -> str | tuple[tuple[tuple[str, str, int, int, bool], ...], bool]:
    """The tokens of a piece of text without spaces: the key of its one token when the whole piece is
    a word; otherwise each token as written, with its key, its span in the piece and whether anything
    but spaces comes before it in the piece, and whether anything but spaces follows the last one."""
    parts = []
    previous_end = 0
    for start, end, written in _runs(piece):
        key = fold(written)
        if not key:  # marks or tatweel alone (a Quranic pause mark, "ۖ"): no word, and no punctuation
            continue
        parts.append((written, key, start, end, _punctuated(piece[previous_end:start])))
        previous_end = end
    if len(parts) == 1 and parts[0][2:4] == (0, len(piece)):
        return parts[0][1]
    return tuple(parts), _punctuated(piece[previous_end:])


def _punctuated(gap: str) -> bool:
    """Whether anything but spaces, marks and tatweel lies between two words."""
    if gap == "" or gap.isspace():
        return False
    gap = MARKS_OR_TATWEEL.sub("", gap)
    return gap != "" and not gap.isspace()


def _runs(text: str):
    """Runs of word characters and marks; a run mixing letters and digits ("و20") is cut again."""
    for run in _RUN.finditer(text):
        written = run.group()
        # Digits and letters both, or "_": looked for one at a time, as `\d.*[^\W\d]` took time in the
        # square of a long run.
        if "_" not in written and (_DIGIT.search(written) is None or _LETTER.search(written) is None):
            yield run.start(), run.end(), written
        else:
            offset = run.start()
            for match in TOKEN.finditer(written):
                yield offset + match.start(), offset + match.end(), match.group()


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
