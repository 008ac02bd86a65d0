"""How common a word is in its language (wordfreq's Zipf scale), as written: folding loses what tells
words apart in wordfreq's lists ("الطائرة" is common, "الطايره" is not). An Arabic word counts at its
most common form once its clitics are taken off ("جلسته" is "جلسة"'s)."""

from __future__ import annotations

import importlib.util
import math
import os
import re
import zlib
from itertools import chain, repeat

import msgpack

from checker.normalise.memo import WordMemo

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # diacritics and tatweel


def undiacritised(written: str) -> str:
    """A word as written, without diacritics or tatweel: how wordfreq knows it."""
    return _MARKS.sub("", written)


@WordMemo
def zipf_as_written(word: str) -> float:
    """How common a word (undiacritised) is in its language, at its most common form."""
    if word.isascii():
        return zipf_frequency(word.lower(), "en")
    forms = {word} | {word[len(clitic):] for clitic in _CLITICS if word.startswith(clitic) and len(word) - len(clitic) >= 3}
    forms |= {form[: -len(suffix)] + ending for form in list(forms) for suffix, ending in _SUFFIXES
              if form.endswith(suffix) and len(form) - len(suffix) >= 3}
    forms |= {"ال" + form for form in list(forms) if not form.startswith("ال")}
    return max(zipf_frequency(form, "ar") for form in forms)


# Endings a word takes, and what it ends with without them: the accusative ("اضطراريا"), pronouns
# ("جلسته", "طائراتها"), plurals and verbs' persons ("متعاملين", "تضرروا").
_SUFFIXES = (("ا", ""), ("ه", ""), ("ها", ""), ("هم", ""), ("هما", ""), ("ته", "ة"), ("تها", "ة"), ("تهم", "ة"),
             ("ين", ""), ("ون", ""), ("وا", ""), ("ات", ""), ("ات", "ة"), ("ان", ""), ("نا", ""))
_CLITICS = ("و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وس", "فب", "فل")


def zipf_frequency(word: str, lang: str) -> float:
    """wordfreq's `zipf_frequency(word, lang)` ("ar" or "en"), the same figure, from its own word lists
    read into a smaller table (`_table`). A word of plain letters is one token as it is (lower-cased in
    English); any other text is cut into tokens by wordfreq, and their frequencies are combined as it
    combines them."""
    table = _tables.get(lang) or _table(lang)
    if lang == "en" and word.isascii() and word.isalpha():
        index = table.get(word.lower().encode())
    elif lang == "ar" and word and not word.strip(_ARABIC_LETTERS):
        index = table.get(word.encode())
    else:
        return _zipf_of_tokens(word, lang, table)
    return _ZIPF_MISSING if index is None else _ZIPF_OF_BAND[index]


# The letters of the Arabic alphabet, no mark or tatweel: what wordfreq's normalising leaves as they
# are, and never cuts a word of.
_ARABIC_LETTERS = "".join(map(chr, chain(range(0x0621, 0x063B), range(0x0641, 0x064B))))


def load_frequencies() -> None:
    """Loads the word lists (about 85 MB, against 115 MB as wordfreq keeps them): in a process that
    forks workers, once before, rather than once in each."""
    for language in ("ar", "en"):
        _table(language)


def common_words(lang: str, least: float) -> frozenset[str]:
    """The words of the list whose frequency is `least` or more: those of wordfreq's
    `get_frequency_dict(lang)` with a value of at least `least`."""
    table = _table(lang)
    bands = _bands[lang]
    common = [band for band in range(len(bands)) if _frequency(band) >= least]
    # A word in two bands is of the later (`_table`): it is common only if that one is.
    return frozenset(word.decode() for band in common for word in bands[band] if _frequency(table[word]) >= least)


_tables: dict[str, dict[bytes, int]] = {}
_bands: dict[str, list[list[bytes]]] = {}  # each list's words, band by band


def _table(lang: str) -> dict[bytes, int]:
    """Each word of wordfreq's list for the language (its "best", the large one), in UTF-8, and the
    band of frequency it is in: the list's n-th band holds the words of frequency 10^(-n/100), in
    centibels as wordfreq keeps them. Read without importing wordfreq (most of a second) and kept as
    bytes (not decoded), a dict made in C rather than wordfreq's own of floats, made word by word: a
    third of the work."""
    table = _tables.get(lang)
    if table is None:
        bands = _bands_of_file(lang)
        if bands is None:
            bands = _bands_of_api(lang)
        # A word in two bands is of the later, as in wordfreq's own table.
        while len(_ZIPF_OF_BAND) < len(bands):
            _ZIPF_OF_BAND.append(_zipf([_frequency(len(_ZIPF_OF_BAND))]))
        table = _tables[lang] = dict(zip(chain.from_iterable(bands),
                                         chain.from_iterable(map(repeat, range(len(bands)), map(len, bands)))))
        _bands[lang] = bands
    return table


def _bands_of_file(lang: str) -> list[list[bytes]] | None:
    """wordfreq's list file, read as it is stored; None if it is not where or in the form known here
    (another version of wordfreq)."""
    try:
        folder = importlib.util.find_spec("wordfreq").submodule_search_locations[0]
        with open(os.path.join(folder, "data", f"large_{lang}.msgpack.gz"), "rb") as packed:
            header, *bands = msgpack.unpackb(zlib.decompress(packed.read(), 31), raw=True)
    except (OSError, ValueError, zlib.error, msgpack.UnpackException):
        return None
    if not isinstance(header, dict) or header.get(b"format") != b"cB" or header.get(b"version") != 1:
        return None
    return bands


def _bands_of_api(lang: str) -> list[list[bytes]]:
    """The same bands from wordfreq's public `get_frequency_dict`: slower, for any version of it."""
    from wordfreq import get_frequency_dict

    bands: list[list[bytes]] = []
    for word, frequency in get_frequency_dict(lang, "large").items():
        band = round(-100 * math.log10(frequency))
        while len(bands) <= band:
            bands.append([])
        bands[band].append(word.encode())
    return bands


def _zipf_of_tokens(text: str, lang: str, table: dict[bytes, int]) -> float:
    """wordfreq's figure for a text it cuts into tokens (its `_word_frequency`): digits stand for any
    digit there and the number is weighed by how often such numbers are written; a token not in the
    list makes it unknown."""
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    frequencies = []
    for token in lossy_tokenize(text, lang):
        smashed = smash_numbers(token)
        index = table.get(smashed.encode())
        if index is None:
            return _ZIPF_MISSING
        frequency = _frequency(index)
        if smashed != token:
            frequency *= digit_freq(token)
        frequencies.append(frequency)
    return _zipf(frequencies) if frequencies else _ZIPF_MISSING


def _frequency(band: int) -> float:
    return 10 ** (-band / 100)  # wordfreq's cB_to_freq


_LEAST = 10**0 / 1e9  # wordfreq's least frequency, Zipf 0


def _zipf(frequencies: list[float]) -> float:
    """The Zipf figure of tokens of these frequencies, computed as wordfreq computes it."""
    one_over_result = 0.0
    for frequency in frequencies:
        one_over_result += 1.0 / frequency
    unrounded = max(1.0 / one_over_result, _LEAST)
    frequency = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)  # three significant digits
    return round(math.log(frequency, 10) + 9, 2)


_ZIPF_MISSING = round(math.log(_LEAST, 10) + 9, 2)
_ZIPF_OF_BAND: list[float] = []  # the figure of a word of each band, as many as the lists have
