"""How common a word is in its language (wordfreq's Zipf scale), as written: folding loses what tells
words apart in wordfreq's lists ("الطائرة" is common, "الطايره" is not). An Arabic word counts at its
most common form once its clitics are taken off ("جلسته" is "جلسة"'s)."""

from __future__ import annotations

import re

from checker.normalise.memo import WordMemo

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # diacritics and tatweel


def undiacritised(written: str) -> str:
    """A word as written, without diacritics or tatweel: how wordfreq knows it."""
    return _MARKS.sub("", written)


@WordMemo
def zipf_as_written(word: str) -> float:
    """How common a word (undiacritised) is in its language, at its most common form."""
    from wordfreq import zipf_frequency  # imported when first needed: it takes most of a second

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


def load_frequencies() -> None:
    """Loads the word lists (most of a second, about 120 MB): in a process that forks workers, once
    before, rather than once in each."""
    from wordfreq import zipf_frequency

    for language in ("ar", "en"):
        zipf_frequency("news", language)
