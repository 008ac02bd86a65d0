"""Whether a word in Arabic script and one in Latin script may be the same name: "Le Drian" and
لودريان, "Mosul" and الموصل. Both are reduced to a skeleton of consonant classes, the part of a name
that survives transliteration either way; vowels, which Arabic mostly leaves unwritten, and the
letters that transliterations drop or render at will (h, ع, و, ي) are left out.

A match says only "may be the same name": short skeletons are shared by many words. A mismatch
says more, and is what callers rely on: no pair of the words of two accounts sounds alike."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.normalise.memo import WordMemo

# Arabic letters as folded (`arabic.fold`): hamza forms are alef, taa marbuta is haa, alef maqsura yaa.
_ARABIC = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "s", "س": "s",
    "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "غ": "j", "ف": "f", "ق": "k", "ك": "k", "ل": "l",
    "م": "m", "ن": "n",
})
# Latin spellings of one Arabic letter first, then single letters in the same classes.
_LATIN = re.compile(r"sh|ch|kh|gh|th|dh|ph|ck|qu|c[eiy]?|[gqvpxz]")
_LATIN_CLASS = {"sh": "s", "ch": "s", "kh": "k", "gh": "j", "th": "t", "dh": "d", "ph": "f", "ck": "k", "qu": "k",
                "c": "k", "ce": "s", "ci": "s", "cy": "s", "g": "j", "q": "k", "v": "f", "p": "b", "x": "ks", "z": "s"}
_KEPT = frozenset("bdfjklmnrst")
_REPEATS = re.compile(r"(.)\1+")
# Containment ("drn" in "ldrn": "Le Drian" written as one word) counts from this length on.
_CONTAINED = 3


@WordMemo
def skeleton(key: str) -> str:
    """The consonant classes of a folded word (`arabic.fold`), in either script, repeats merged. A
    last s is dropped: content keys lose the English plural s ("Paris" is "pari"), and French names
    a silent one ("Yves", إيف)."""
    if key.isascii():
        key = _LATIN.sub(lambda m: _LATIN_CLASS[m.group()], key)
    else:
        key = key.translate(_ARABIC)
    consonants = _REPEATS.sub(r"\1", "".join(c for c in key if c in _KEPT))
    return consonants[:-1] if len(consonants) > 1 and consonants.endswith("s") else consonants


def may_sound_alike(a: str, b: str) -> bool:
    """Whether two folded words may be one name in two scripts (or in one)."""
    return any_sound_alike((a,), (b,))


def any_sound_alike(words: Iterable[str], others: Iterable[str]) -> bool:
    """Whether some word of one set may be the same name as some word of the other."""
    ours, theirs = set(map(skeleton.__getitem__, words)), set(map(skeleton.__getitem__, others))
    ours.discard("")
    theirs.discard("")
    return not ours.isdisjoint(theirs) or any(_one_in_other(x, y) for x in ours for y in theirs)


def _one_in_other(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return len(short) >= _CONTAINED and short in long
