"""Light stems of Arabic and English words: the forms a folded word may be looked up as (`variants`:
its clitics, tense prefixes and endings taken off) and one crude common form (`stem`) by which two
sentences are told to use the same words. Used by the lexicon of opposites and by the concept tables.
"""

from __future__ import annotations

from functools import lru_cache

from checker.normalise.arabic import prefix_variants
from checker.normalise.frequency import zipf_frequency
from checker.normalise.memo import WordMemo

_ARABIC_ENDINGS = ("تما", "تان", "تين", "ون", "ين", "ان", "وا", "تا", "ات", "ت", "ا", "ه", "ها", "هم", "هما", "ي")
_PRESENT = "يتنا"  # the prefixes of the present tense: he, she/you, we, I
_ENGLISH_ENDINGS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"),
                    ("s", ""), ("d", ""), ("e", ""))


@lru_cache(maxsize=1 << 16)
def variants(key: str) -> tuple[str, ...]:
    """The forms a folded word may be looked up as, most literal first."""
    if key.isascii():
        found = [key]
        for ending, instead in _ENGLISH_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                base = key[: -len(ending)] + instead
                found.append(base)
                if len(base) > 3 and base[-1] == base[-2] and not instead:  # stopped → stop
                    found.append(base[:-1])
        return tuple(dict.fromkeys(found))
    found = []
    for bare in prefix_variants(key):
        if len(bare) > 3 and bare[0] == "س" and bare[1] in _PRESENT:
            bare = bare[1:]  # سيرفض: the future is the present's
        found.append(bare)
        for ending in _ARABIC_ENDINGS:
            if bare.endswith(ending) and len(bare) - len(ending) >= 3:
                found.append(bare[: -len(ending)])
        # A verb ending in ى drops it before the past's endings: نفت and نفوا are نفى's, ألغت ألغى's.
        if bare.endswith("ت") and 3 <= len(bare) <= 4:
            found.append(bare[:-1] + "ي")
        elif bare.endswith("وا") and 4 <= len(bare) <= 5:
            found.append(bare[:-2] + "ي")
    for word in list(found):
        if len(word) >= 4 and word[0] in _PRESENT and word[0] != "ي":
            found.append("ي" + word[1:])  # ترفض، نرفض → يرفض
    return tuple(dict.fromkeys(found))


@WordMemo
def stem(key: str) -> str:
    """A crude common form of a word, for telling whether two sentences use the same words: "الليرة",
    "لليرة" and "ليرة" meet; so do "نفرق" and "فرق"."""
    if key.isascii():
        found = variants(key)
        return min(found, key=len)
    for bare in prefix_variants(key):
        if len(bare) == 5 and bare[0] == "ا" and bare[3] == "ا" and bare[1] not in "اويل":
            return bare[1:3] + bare[4]  # إسقاط and يسقط, إعلان and يعلن, أسعار and سعر: إفعال and أفعال
    word = _after_lam_lam(key) or min((v for v in prefix_variants(key) if len(v) >= 3), key=len, default=key)
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word[4] not in "هاي":
        return word[1:3] + word[4]  # the verbal noun of the doubled verb as the verb: تجديد and يجدد, تطوير and يطور
    for _ in range(2):  # "الأميركية", "الأميركي" and "أميركا" meet
        for ending in _STEM_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        else:
            break
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي" and word[4] not in "هاي":
        return word[1:3] + word[4]  # "تقريرا" as "تقرير"
    if len(word) >= 5 and word[0] == "س" and word[1] in _PRESENT:
        word = word[1:]  # "سيرفض": the future is the present's
    if len(word) >= 4 and word[0] in _PRESENT:
        word = word[1:]
    if len(word) >= 5 and word[-2] == "ا":
        word = word[:-2] + word[-1]  # the verbal noun as its verb: اعتراض and اعترض, ارتفاع and ارتفع
    return word


_STEM_ENDINGS = ("تها", "تهم", "يه", "ات", "ين", "ون", "ان", "ها", "هم", "ه", "ت", "ا", "ي")


def _after_lam_lam(key: str) -> str | None:
    """The word after "لل" (ل with the article): "للنفط" is ل + النفط, but "لليرة" is ل + الليرة, the
    article's lam written once. Which one, the more common of the two words with the article tells
    ("الليرة", not "اليرة"), so that "لليرة" and "الليرة" meet."""
    rest = key[1:] if key[:1] in "وف" else key
    if not rest.startswith("لل") or len(rest) < 5:
        return None
    word = rest[2:]
    if zipf_frequency("الل" + word, "ar") > zipf_frequency("ال" + word, "ar"):
        return "ل" + word
    return word
