"""The names of months and weekdays, in Arabic (both month systems) and English: what dates read as
dates, and what numbers and names must not read as a count or a person."""

from __future__ import annotations

from functools import lru_cache

from checker.normalise.arabic import fold

_MONTH_NAMES = {
    1: "يناير كانون_الثاني january jan",
    2: "فبراير شباط february feb",
    3: "مارس آذار march mar",
    4: "أبريل ابريل إبريل نيسان april apr",
    5: "مايو ماي أيار may",
    6: "يونيو يونيه حزيران june jun",
    7: "يوليو يوليه يوليوز تموز july jul",
    8: "أغسطس اغسطس آغسطس غشت آب august aug",
    9: "سبتمبر شتنبر أيلول september sep sept",
    10: "أكتوبر اكتوبر تشرين_الأول october oct",
    11: "نوفمبر نونبر تشرين_الثاني november nov",
    12: "ديسمبر دجنبر كانون_الأول december dec",
}
MONTHS = {fold(w.replace("_", " ")): m for m, words in _MONTH_NAMES.items() for w in words.split()}
# Levantine names of two words begin with one of these.
_MONTH_FIRST_WORDS = frozenset(k.split()[0] for k in MONTHS if " " in k)

_WEEKDAYS = {
    fold(w): d
    for d, words in enumerate(
        [
            "الاثنين الإثنين monday",
            "الثلاثاء tuesday",
            "الأربعاء الاربعاء wednesday",
            "الخميس thursday",
            "الجمعة friday",
            "السبت saturday",
            "الأحد الاحد sunday",
        ]
    )
    for w in words.split()
}

@lru_cache(maxsize=1 << 16)
def month_of(key: str) -> int | None:
    """The month a folded word names, or 0 for the first word of a two-word Levantine name."""
    if key in MONTHS:
        return MONTHS[key]
    if key in _MONTH_FIRST_WORDS:
        return 0
    if len(key) > 3 and key[0] in "وب" and key[1:] in MONTHS:
        return MONTHS[key[1:]]
    return None


@lru_cache(maxsize=1 << 16)
def weekday_of(key: str) -> int | None:
    if key in _WEEKDAYS:
        return _WEEKDAYS[key]
    if len(key) > 4 and key[0] in "وفبل" and key[1:] in _WEEKDAYS:
        return _WEEKDAYS[key[1:]]
    return None
