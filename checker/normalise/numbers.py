"""Numbers as written (digits of any script, Arabic and English number words, vague and approximate
amounts) and the quantities of a text: the value, what it counts, and the span as written.

"وزراء دفاع 11 دولة" is 11 counting "دولة" in the frame "وزراء دفاع"; "13 وزير دفاع" is 13 counting
"وزير دفاع"; "الدول السبع" is 7 counting "الدول". Percentages ("61%", "45 في المئة") count "percent" and
money its currency ("$40 million", "900 ألف جنيه استرليني"). What an amount of a unit measures comes
from the words around it: an age ("aged 88", "عن عمر يناهز 92 عاما"), a prison term, a turnout, or
else the words themselves (`Quantity.measure`). Years, dates and times are not quantities.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, takewhile
from operator import attrgetter

from checker.normalise.arabic import (
    QUOTE_MARKS,
    Token,
    fold,
    fold_digits,
    has_article,
    prefix_variants,
    strip_article,
    tokenize,
)
from checker.normalise.frozen import quick_init
from checker.normalise.memo import WordMemo
from checker.normalise.concepts import (
    GENERIC,
    ROLE_HOLDERS,
    counted_concept,
    measure_concept,
    noun_stem,
    portfolio_concept,
    status_as_written,
    status_concept,
    status_of_verb,
    tells_of_death,
)
from checker.normalise.calendar_words import month_of, weekday_of
from checker.normalise.words import STOPWORDS

to_ascii_digits = fold_digits


def _table(pairs: dict[int, str]) -> dict[str, int]:
    return {fold(word): value for value, words in pairs.items() for word in words.split()}


_UNITS = _table(
    {
        1: "واحد واحدة one",
        2: "اثنان اثنين اثنتان اثنتين two",
        3: "ثلاث ثلاثة three",
        4: "أربع أربعة اربع اربعة four",
        5: "خمس خمسة five",
        6: "ست ستة six",
        7: "سبع سبعة seven",
        8: "ثمان ثماني ثمانية eight",
        9: "تسع تسعة nine",
        10: "عشر عشرة ten",
        11: "eleven",
        12: "twelve",
        13: "thirteen",
        14: "fourteen",
        15: "fifteen",
        16: "sixteen",
        17: "seventeen",
        18: "eighteen",
        19: "nineteen",
    }
)
_TEEN_FIRST = _table({1: "أحد إحدى احد احدى", 2: "اثنا اثني اثنتا اثنتي"})
_TENS = _table(
    {
        20: "عشرون عشرين twenty",
        30: "ثلاثون ثلاثين thirty",
        40: "أربعون أربعين اربعون اربعين forty",
        50: "خمسون خمسين fifty",
        60: "ستون ستين sixty",
        70: "سبعون سبعين seventy",
        80: "ثمانون ثمانين eighty",
        90: "تسعون تسعين ninety",
    }
)
_HUNDREDS = _table(
    {
        100: "مئة مائة hundred",
        200: "مئتان مئتين مائتان مائتين",
        **{n * 100: f"{w}مئة {w}مائة" for n, w in [(3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"),
                                                  (8, "ثمان"), (9, "تسع")]},
        400: "أربعمئة أربعمائة اربعمئة اربعمائة",
    }
)
_SCALES = _table({12: "dozen", 1000: "ألف الف ألفا الفا thousand", 2000: "ألفان ألفين الفان الفين ألفي الفي",
                  10**6: "مليون مليونا million", 2 * 10**6: "مليونان مليونين مليوني",
                  10**9: "مليار مليارا billion", 2 * 10**9: "ملياران مليارين ملياري"})
_DUAL_IN_CONSTRUCT = frozenset(map(fold, "مليارا مليونا ألفا الفا".split()))
# Scales written after digits: "58m", "1.2bn", "$5 bn" ("m" only when it touches the digits: "5 m" is metres).
_SCALE_SUFFIXES = {"m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "k": 1000}
_SPACED_SUFFIXES = frozenset({"mn", "mln", "bn", "bln"})
# A part of what follows: "نصف مليون", "half a million", and after a number "ونصف", "and a half".
_FRACTIONS = _table({})
_FRACTIONS.update({fold("نصف"): 0.5, fold("ربع"): 0.25, "half": 0.5, "quarter": 0.25})
_PLURAL_SCALES = _table({1000: "آلاف الاف", 10**6: "ملايين", 10**9: "مليارات"})
# Amounts given only as an order of magnitude.
_VAGUE = {**{k: (20, 99) for k in map(fold, "عشرات dozens scores".split())},
          **{k: (200, 999) for k in map(fold, "مئات hundreds".split())},
          **{k: (2000, 999_999) for k in map(fold, "آلاف الاف thousands".split())},
          **{k: (2 * 10**6, 999 * 10**6) for k in map(fold, "ملايين millions".split())}}

_APPROX = frozenset(map(fold, "نحو حوالي حوالى قرابة زهاء يقارب يناهز ناهز تقريبا around about approximately "
                              "roughly nearly almost some estimated".split()))
_ROUGHLY = fold("تقريبا")  # after the number: "300 تقريبا"
_AT_LEAST = {("اكثر", "من"), ("يزيد", "عن"), ("يزيد", "على"), ("يقل", "عن"), ("more", "than"), ("at", "least"),
             ("upwards", "of")}
_AT_LEAST_SINGLE = frozenset({"over"})
# Verbs that put an amount beyond a number ("يتجاوز 75 دولار", "topped $100"); after a negation
# ("لم يتجاوز 49 عاما", "did not exceed") they put it below.
_EXCEEDS = frozenset(map(fold, "يتجاوز تجاوز تتجاوز تجاوزت يفوق تفوق فاق فاقت exceeds exceeded exceeding "
                               "exceed tops topped surpassed".split()))
_NEGATIONS = frozenset(map(fold, "لم لا لن not never".split()))
_AT_MOST = {("اقل", "من"), ("less", "than"), ("fewer", "than"), ("up", "to")}
_PERCENT_AFTER = frozenset(map(fold, "بالمئة بالمائة بالمية percent pc".split()))  # "45 percent"
_PERCENT_AFTER_IN = frozenset(map(fold, "المئة المائة المية".split()))  # "45 في المئة"
_CURRENCY_SIGNS = {"$": "dollar", "£": "pound", "€": "euro"}
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


@quick_init
@dataclass(frozen=True)
class Number:
    value: float
    low: float
    high: float
    qualifier: str = "exact"  # exact | approx | at_least | at_most | vague

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact"


@quick_init
@dataclass(frozen=True)
class Quantity:
    value: float
    low: float
    high: float
    qualifier: str
    noun: str  # the counted noun phrase as written
    concept: str  # what the noun counts, in either language ("country", "minister", or a stem)
    status: str | None = None  # killed, wounded, ... when the text says what befell them
    modifiers: frozenset[str] = field(default_factory=frozenset)  # portfolios: defence, foreign, ...
    frame: str | None = None  # "وزراء دفاع" in "وزراء دفاع 11 دولة", as written
    frame_concept: str | None = None
    text: str = ""  # the whole span as written
    start: int = 0
    end: int = 0
    number_start: int = 0  # where the number itself is written: "11" in "لوزراء دفاع 11 دولة"
    number_end: int = 0
    # What an amount measures, from the words of its clause around it: known measures ("age",
    # "prison", "turnout") and the content words themselves ("settle", "bond").
    measures: frozenset[str] = field(default_factory=frozenset)
    context: frozenset[str] = field(default_factory=frozenset)
    periods: frozenset[int] = field(default_factory=frozenset)  # months named beside it ("in March")
    update: bool = False  # "rose to 2,012", "ارتفعت حصيلة القتلى إلى 44": a count updated
    years_ago: int | None = None  # "last year" (1), "this year" (0) beside it: a year its text's day tells
    priced: str | None = None  # what a price is of, as a stem: "سولار" of "سعر لتر السولار", "diesel" of "diesel prices"

    @property
    def thing(self) -> str:
        """What is really counted: "ministers of 11 countries" counts ministers (one per country)."""
        if self.frame_concept in ROLE_HOLDERS:
            return self.frame_concept
        return self.concept

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact"

    @property
    def generic(self) -> bool:
        return self.thing in GENERIC

    def display(self) -> str:
        value = format_value(self.value)
        return {"approx": f"~{value}", "at_least": f"≥{value}", "at_most": f"≤{value}",
                "vague": self.noun_free_vague()}.get(self.qualifier, value)

    def noun_free_vague(self) -> str:
        return f"{format_value(self.low)}–{format_value(self.high)}"


def format_value(value: float) -> str:
    if math.isinf(value):
        return "∞"
    if float(value).is_integer():
        # "165,000,000,000", not "165000000000": an editor reads large amounts by their thousands.
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:g}"


_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3}){2,}")  # 2.777.931: a decimal point is never twice


@WordMemo
def _digits_value(key: str) -> float | None:
    text = key.replace("٬", ",")
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
    if _DOTTED_THOUSANDS.fullmatch(text):
        return float(text.replace(".", ""))
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


@lru_cache(maxsize=1 << 16)
def _word_value(key: str) -> tuple[str, int] | None:
    """The kind and value of one number word (without clitics)."""
    for table, kind in ((_UNITS, "unit"), (_TENS, "tens"), (_HUNDREDS, "hundreds"), (_SCALES, "scale"),
                        (_PLURAL_SCALES, "plural_scale"), (_TEEN_FIRST, "teen_first")):
        if key in table:
            return kind, table[key]
    return None


def _read_number(tokens: list[Token], i: int) -> tuple[Number, int] | None:
    """A number starting at tokens[i]; returns it with the index after its last token."""
    n = len(tokens)
    key = tokens[i].key
    if weekday_of(key) is not None:
        return None  # الاثنين is Monday far more often than "the two"
    if key in _VAGUE and (i + 1 >= n or tokens[i + 1].key not in _PLURAL_SCALES):
        low, high = _VAGUE[key]
        if not _starts_number(tokens, i - 1):
            return Number((low + high) / 2, low, high, "vague"), i + 1
    if key in _FRACTIONS:
        return _fraction_of_scale(tokens, i)
    total, current, j, seen = 0.0, 0.0, i, False
    last_unit: int | None = None
    last_scale = 0
    while j < n:
        token = tokens[j]
        if seen and token.boundary and tokens[j - 1].end != token.start - 1:
            break
        key = token.key
        if seen and key in ("و", "and") and j + 1 < n and (_is_number_word(tokens[j + 1].key) or (
                last_scale and current == 0 and tokens[j + 1].key[0].isdigit())):
            j += 1  # "خمسة وعشرون", "مليونين و700 ألف"
            continue
        if seen and key.startswith("و") and _is_number_word(key[1:]):
            key = key[1:]
        elif seen and last_unit is not None and key.startswith("وال") and _is_number_word(key[3:]):
            key = key[3:]  # "الأربع والعشرين"
        if key[0].isdigit():
            if seen and not (last_scale and current == 0 and tokens[j - 1].key in ("و", "and")):
                break
            value = _digits_value(key)
            if value is None:
                return None
            j += 1
            if value.is_integer() and len(key) <= 3:
                while (j < n and len(tokens[j].key) == 3 and tokens[j].key.isdigit() and not tokens[j].boundary
                       and tokens[j].start == tokens[j - 1].end + 1):
                    value = value * 1000 + float(tokens[j].key)  # 1 250: thousands set apart by a space
                    j += 1
            if j < n and tokens[j].key in _SCALE_SUFFIXES and (
                    tokens[j].start == tokens[j - 1].end or tokens[j].key in _SPACED_SUFFIXES):
                value *= _SCALE_SUFFIXES[tokens[j].key]  # 58m, 1.2bn
                j += 1
                last_scale = 0
            current, seen = value, True
            continue
        word = _word_value(key)
        if word is None and not seen and j == i and has_article(key):
            word = _word_value(strip_article(key))
        if word is None and not seen and j == i and len(key) > 3 and key[0] in "بلك":
            word = _word_value(key[1:])  # "بخمسين مليار دولار"
        if word is None:
            break
        kind, value = word
        if kind == "teen_first":
            if j + 1 < n and tokens[j + 1].key in ("عشر", "عشره"):
                current += value + 10
                j += 2
                seen = True
                continue
            break
        if kind == "unit":
            if value == 10 and last_unit is not None and last_unit < 10:
                current += 10  # ثلاث عشرة: the unit was already added
            else:
                current += value
            last_unit = value
        elif kind == "tens":
            current += value
            last_unit = None
        elif kind == "hundreds":
            current = (current or 1) * value if value == 100 else current + value
            last_unit = None
        elif kind in ("scale", "plural_scale"):
            if kind == "plural_scale" and not seen:
                break
            if not seen and key in _DUAL_IN_CONSTRUCT and not _and_a_half(tokens, j + 1):
                value *= 2  # "مليارا دولار": two billion dollars; "11 مليارا", "مليونا ونصف" are one
            total += (current or 1) * value
            current = 0.0
            last_unit = None
            last_scale = value if value != 12 else 0
        seen = True
        j += 1
    if not seen:
        return None
    value = total + current
    half = _and_a_half(tokens, j)
    if half:
        value += 0.5 * (last_scale if current == 0 and last_scale else 1)
        j = half
        if last_scale and j < n and _word_value(strip_article(tokens[j].key)) == ("scale", last_scale):
            j += 1  # "مليونا ونصف المليون"
    return Number(value, value, value), j


def _and_a_half(tokens: list[Token], j: int) -> int:
    """The index after "ونصف", "و نصف", "and a half" at tokens[j], or 0."""
    keys = [t.key for t in tokens[j:j + 3]]
    if keys[:1] == ["ونصف"]:
        return j + 1
    if keys[:2] == ["و", "نصف"]:
        return j + 2
    if keys == ["and", "a", "half"]:
        return j + 3
    return 0


def _fraction_of_scale(tokens: list[Token], i: int) -> tuple[Number, int] | None:
    """"نصف مليون", "half a million": a part of the scale that follows."""
    j = i + 1
    if j < len(tokens) and tokens[j].key == "a":
        j += 1
    word = _word_value(strip_article(tokens[j].key)) if j < len(tokens) else None
    if word is None or word[0] != "scale" or word[1] == 12:
        return None
    value = _FRACTIONS[tokens[i].key] * word[1]
    return Number(value, value, value), j + 1


@WordMemo
def may_start_number(key: str) -> bool:
    """Whether a number can begin at a word."""
    return key[:1].isdigit() or key in _VAGUE or key in _FRACTIONS or _word_value(key) is not None or (
        has_article(key) and _word_value(strip_article(key)) is not None) or (
        len(key) > 3 and key[0] in "بلك" and _word_value(key[1:]) is not None)


def _is_number_word(key: str) -> bool:
    return _word_value(key) is not None or key in ("عشر", "عشره")


def _starts_number(tokens: list[Token], i: int) -> bool:
    return i >= 0 and (tokens[i].key[0].isdigit() or _word_value(tokens[i].key) is not None)


def parse_number(text: str) -> Number | None:
    """The number of a short phrase: "13", "١٣", "ثلاث عشرة", "thirteen", "نحو 300", "عشرات", "more than 5"."""
    tokens = tokenize(text)
    for i in range(len(tokens)):
        found = _read_number(tokens, i)
        if found is not None:
            return _qualified(tokens, i, found[0])
    return None


def _qualified(tokens: list[Token], i: int, number: Number) -> Number:
    if number.qualifier == "vague":
        return number
    before = [t.key for t in tokens[max(0, i - 3) : i]]
    after = tokens[i + 1].key if i + 1 < len(tokens) else ""
    v = number.value
    if before and before[-1] in _APPROX or after == _ROUGHLY:
        margin = _rounding_margin(v)
        return Number(v, v - margin, v + margin, "approx")
    pairs = set(zip(before, before[1:])) if len(before) > 1 else _NO_PAIRS
    exceeds = bool(before) and before[-1] in _EXCEEDS
    negated = exceeds and len(before) > 1 and before[-2] in _NEGATIONS
    if pairs & _AT_LEAST or (before and before[-1] in _AT_LEAST_SINGLE) or (exceeds and not negated):
        return Number(v, v, math.inf, "at_least")
    if pairs & _AT_MOST or negated:
        return Number(v, 0, v, "at_most")
    verb = _exceeding_verb_before(tokens, i) if i > 1 and not tokens[i - 1].key.isascii() and \
        _exceeds_in(tokens) else None
    if verb is not None:
        if verb > 0 and tokens[verb - 1].key in _NEGATIONS:
            return Number(v, 0, v, "at_most")
        return Number(v, v, math.inf, "at_least")
    return number


# What a verb of exceeding is said to pass beside its amount: what it passed by ("exceeded last year's by
# 20%"), or a mark crossed ("تجاوز حاجز الـ 75 دولار"), which is the amount itself, no floor.
_BY = frozenset(map(fold, "by بنسبة بمقدار بفارق بواقع بنحو برصيد حاجز عتبة مستوى سقف".split()))
def _exceeds_in(tokens: list[Token]) -> bool:
    """Whether a text has a verb of exceeding at all: asked once per text (its tokens are read once)."""
    known = _EXCEEDING.get(id(tokens))
    if known is not None and known[0] is tokens:
        return known[1]
    if len(_EXCEEDING) >= 1 << 12:
        _EXCEEDING.clear()
    found = not _EXCEEDS.isdisjoint([t.key for t in tokens])
    _EXCEEDING[id(tokens)] = (tokens, found)
    return found


_EXCEEDING: dict[int, tuple[list[Token], bool]] = {}
_SUBJECT_BETWEEN = 8  # words a verb of exceeding may stand from its amount, its subject between


def _exceeding_verb_before(tokens: list[Token], i: int) -> int | None:
    """Where an Arabic verb of exceeding stands before the amount at `i` with its subject between (the
    verb first), in the same clause and with no other number between: "يتوقع أن يتجاوز إنتاج تونس من
    زيت الزيتون 330 ألف طن". None if there is none."""
    k = i - 1
    while k >= 0 and k >= i - _SUBJECT_BETWEEN and not tokens[k + 1].boundary:
        key = tokens[k].key
        if key in _EXCEEDS:
            # Next to it, read already; an English verb is followed by its object, and what stands
            # between is no subject ("topped the medal table with 40 golds").
            return k if k < i - 1 and not key.isascii() else None
        if key[:1].isdigit() or _word_value(key) is not None or key in _RISE or key in _BY:
            return None  # another amount, or what it is exceeded by: "exceeded last year's by 20%"
        k -= 1
    return None


_NO_PAIRS: frozenset[tuple[str, str]] = frozenset()


def _rounding_margin(value: float) -> float:
    """How far an amount told as approximate may be from what it rounds: half a unit of its last
    written digit ("about 300": 250 to 350; "نحو 8.6 ملايين": 8.55 to 8.65 million), at least 5% and
    at most 20% of it."""
    if value <= 0:
        return 0.0
    unit = 10.0 ** math.floor(math.log10(value))
    while unit > 1e-6 and not math.isclose(value / unit, round(value / unit), abs_tol=1e-9):
        unit /= 10
    return min(max(unit / 2, value * _LEAST_MARGIN), value * _MOST_MARGIN)


_LEAST_MARGIN, _MOST_MARGIN = 0.05, 0.2


def _is_date_or_time(text: str, tokens: list[Token], i: int, j: int, value: float) -> bool:
    first, last = tokens[i], tokens[j - 1]
    before_char = text[first.start - 1] if first.start > 0 else ""
    after_char = text[last.end] if last.end < len(text) else ""
    if before_char in ":-/." and first.start > 1 and text[first.start - 2].isdigit():
        return True  # 18:07, 2016-10-25, 25/10
    if after_char in ":-/." and last.end + 1 < len(text) and fold_digits(text[last.end + 1]).isdigit():
        return True
    neighbours = [tokens[k].key for k in (i - 1, j, j + 1) if 0 <= k < len(tokens)]
    for key in neighbours[:2]:
        if month_of(key) is not None:
            return True  # 24 أغسطس, October 25
    return j < len(tokens) and tokens[j].key in _ORDINAL_SUFFIXES


def _is_year(tokens: list[Token], i: int, j: int, value: float) -> bool:
    if not (j == i + 1 and tokens[i].key.isdigit() and len(tokens[i].key) == 4 and 1800 <= value <= 2200):
        return False
    following = tokens[j] if j < len(tokens) else None
    return following is None or following.boundary or counted_concept(following.key) is None


def find_quantities(text: str) -> list[Quantity]:
    """Every counted amount in a text, with what it counts and its span as written."""
    tokens = tokenize(text)
    return quantities_in(text, tokens, [k for k, t in enumerate(tokens) if may_start_number[t.key]])


def quantities_in(text: str, tokens: tuple[Token, ...], starts: list[int]) -> list[Quantity]:
    """`find_quantities` of a text; `starts`: the tokens where `may_start_number`."""
    found: list[Quantity] = []
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the number read last
        i = k
        read = _read_number(tokens, i)
        if read is None:
            continue
        number, j = read
        if _in_a_name(text, tokens, i) or _whole_of_a_part(tokens, i):
            i = j
            continue
        percent = _percent_end(text, tokens, j)
        if not percent and (_is_date_or_time(text, tokens, i, j, number.value)
                            or _is_year(tokens, i, j, number.value)):
            i = j
            continue
        number = _qualified(tokens, i, number)
        sign = _currency_sign(text, tokens[i])
        if percent:
            quantity = _unit_quantity(text, tokens, i, j, percent, number, "percent", "%")
        elif sign is not None and counted_concept(tokens[j].key if j < len(tokens) else "") != sign:
            quantity = _unit_quantity(text, tokens, i, j, j, number, sign, text[tokens[i].start - 1])
        else:
            quantity = _quantity(text, tokens, i, j, number) or _bare_measure(text, tokens, i, j, number)
            if quantity is not None and quantity.concept == "person" and quantity.status is None:
                quantity = _of_the_number_of(text, tokens, i, quantity)
        if quantity is not None and not _look_back(quantity, tokens, i):
            found.append(_measured(text, tokens, quantity))
        i = max(j, percent)
    return found


def _whole_of_a_part(tokens: tuple[Token, ...], i: int) -> bool:
    """The whole that a count before it is part of: "convicted eight of the 11 defendants", "أدان
    ثمانية من أصل 11 متهما". The part is what is told; the whole is no count of what befell them."""
    before = [t.key for t in tokens[max(0, i - 3) : i]]
    if before[-2:] in (["of", "the"], ["من", "اصل"], ["من", "بين"]) and len(before) == 3:
        return _read_number(tokens, i - 3) is not None
    return False


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# "the highest in six weeks", "أدنى مستوى في 5 أشهر": a span of time looked back over, which a report of
# another day tells otherwise without contradicting it.
_SUPERLATIVES = frozenset(map(fold, "اعلى أعلى أدنى ادنى أكبر اكبر أقل highest lowest biggest largest "
                                    "strongest weakest worst best".split()))


def _look_back(q: Quantity, tokens: tuple[Token, ...], i: int) -> bool:
    return q.concept in _TIME_UNITS and any(
        variant in _SUPERLATIVES for key in _words_before(tokens, i, 6) for variant in prefix_variants(key))


def _in_a_name(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """A number that is part of a name: "ATR 72", "EGX 30", "F-16", "اس-300", "A320"."""
    if i == 0 or not tokens[i].key[0].isdigit():
        return False
    before = tokens[i - 1]
    gap = text[before.end : tokens[i].start]
    if gap == "-":
        return before.key.isalpha() and before.key not in ("and", "to")
    if gap == "":
        return before.key.isascii() and before.key.isalpha()
    return gap == " " and len(before.text) >= 2 and before.text.isupper() and before.text.isalpha()


def _percent_end(text: str, tokens: tuple[Token, ...], j: int) -> int:
    """The index after a percent sign or word following a number ending before tokens[j], or 0."""
    last = tokens[j - 1]
    if text[last.end : last.end + 1] in ("%", "٪"):
        return j
    keys = [t.key for t in tokens[j : j + 2]]
    if not keys or tokens[j].boundary:
        return 0
    if keys[0] in _PERCENT_AFTER:
        return j + 1
    if len(keys) == 2 and not tokens[j + 1].boundary and (keys == ["per", "cent"] or (
            keys[0] == "في" and keys[1] in _PERCENT_AFTER_IN)):
        return j + 2
    return 0


def _currency_sign(text: str, first: Token) -> str | None:
    """The currency a sign before a number names: "$40 million", "£900,000", "€58m"."""
    return _CURRENCY_SIGNS.get(text[first.start - 1]) if first.start > 0 else None


def _unit_quantity(text: str, tokens: tuple[Token, ...], i: int, j: int, unit_end: int, number: Number, concept: str,
                   noun: str) -> Quantity:
    """An amount of a unit named by a sign or a word right by the number (tokens[i:j]; the unit ends
    before tokens[unit_end]): 61%, "45 في المئة", $40 million."""
    k = i
    while k > 0 and not tokens[k].boundary and _qualifier_word(tokens[k - 1].key):
        k -= 1
    start = tokens[k].start
    if k == i and concept != "percent" and start > 0:
        start -= 1  # the currency sign
    end = tokens[unit_end - 1].end
    if concept == "percent" and text[end : end + 1] in ("%", "٪"):
        end += 1
    return Quantity(value=number.value, low=number.low, high=number.high, qualifier=number.qualifier, noun=noun,
                    concept=concept, text=text[start:end], start=start, end=end, number_start=tokens[i].start,
                    number_end=tokens[j - 1].end)


def _bare_measure(text: str, tokens: tuple[Token, ...], i: int, j: int, number: Number) -> Quantity | None:
    """A number with no noun after it, whose words before say what it is: an age ("aged 88", "at the
    age of 86"), or a death toll updated ("the death toll has risen to 2,012")."""
    before = _words_before(tokens, i, 4)
    concept, status = None, None
    if before and measure_concept(before[0]) == "age":
        concept = "year"
    else:
        # "the number of protesters detained has risen to 300", "the death toll rose to 2,012", "بلغ
        # عدد القتلى 44": a count (or toll) whose subject says what befell them.
        sentence = _sentence_before(text, tokens, i)
        rise = next((at for at, key in enumerate(sentence) if key in _RISE), None)
        if rise is not None:
            # The subject comes before the verb ("the toll rose to"), or after it in Arabic ("بلغ عدد القتلى").
            subject = sentence[rise + 1:] if rise < 2 else sentence[:rise]
            if any(key in _COUNT_WORDS for key in subject):
                status = next((found for key in subject if (found := status_concept(key))), None)
                if status is None and any(key in _TOLL for key in subject):
                    status = "killed"
            concept = "person" if status else None
    noun = ""
    if concept is None:
        # "police put the number of protesters at 50,000": the number of what the sentence names.
        noun = _number_of(_sentence_before(text, tokens, i))
        if noun is None:
            return None
        status = status_concept(noun)
        concept = "person" if status else counted_concept(noun) or noun_stem(noun)
    start, end = tokens[i].start, tokens[j - 1].end
    return Quantity(value=number.value, low=number.low, high=number.high, qualifier=number.qualifier, noun=noun,
                    concept=concept, status=status, text=text[start:end], start=start, end=end, number_start=start,
                    number_end=end)


_NUMBER_OF = frozenset(map(fold, "عدد number".split()))


def _number_of(sentence: list[str]) -> str | None:
    """The noun counted by "the number of" or "عدد" in the sentence before an amount (its words
    nearest first): "protesters" of "put the number of protesters at 50,000", المتظاهرين of "قدرت
    الشرطة عدد المتظاهرين بنحو 50 ألف شخص"."""
    for at, key in enumerate(sentence):
        if key in _NUMBER_OF:
            after = [sentence[k] for k in range(at - 1, max(at - 3, -1), -1)]  # the two words after it
            if after[:1] == ["of"]:
                after = after[1:]
            if after and _telling(after[0]):
                return after[0]
            return None
    return None


def _of_the_number_of(text: str, tokens: tuple[Token, ...], i: int, q: Quantity) -> Quantity:
    """People counted as "the number of" something: "عدد المتظاهرين … بنحو 50 ألف شخص" counts protesters,
    "the number of dead … 40 people" the killed."""
    noun = _number_of(_sentence_before(text, tokens, i))
    if noun is None:
        return q
    status = status_concept(noun)
    if status is not None:
        return replace(q, status=status)
    concept = counted_concept(noun) or noun_stem(noun)
    return q if concept == q.concept else replace(q, concept=concept)


_SENTENCE_END = re.compile(r"[.!?؟;؛]\s*$")


def _sentence_before(text: str, tokens: tuple[Token, ...], i: int, most: int = 16) -> list[str]:
    """The words of the sentence before tokens[i], nearest first."""
    found = []
    k = i - 1
    while k >= 0 and k >= i - most and not (tokens[k + 1].boundary and _SENTENCE_END.search(
            text[tokens[k].end : tokens[k + 1].start])):
        found.append(tokens[k].key)
        k -= 1
    return found


def _sentence_after(text: str, tokens: tuple[Token, ...], last: int, most: int = 16) -> list[str]:
    """The words of the sentence after tokens[last], nearest first."""
    found = []
    k = last + 1
    while k < len(tokens) and k <= last + most and not (tokens[k].boundary and _SENTENCE_END.search(
            text[tokens[k - 1].end : tokens[k].start])):
        found.append(tokens[k].key)
        k += 1
    return found


def _words_before(tokens: tuple[Token, ...], i: int, most: int) -> list[str]:
    """The content words of the clause before tokens[i], nearest first (qualifiers, numbers and
    function words passed over)."""
    found = []
    k = i - 1
    while k >= 0 and k >= i - most and not tokens[k + 1].boundary:
        key = tokens[k].key
        if measure_concept(key) is not None or not (key in STOPWORDS or _qualifier_word(key) or key.isdigit()):
            found.append(key)
        k -= 1
    return found


# A count told as updated: "rose to", "has risen to", "climbed to", "ارتفعت حصيلة … إلى", "بلغ عدد القتلى".
_RISE = frozenset(map(fold, "rose risen rise rises rising climbed climbs climb jumped increased reached ارتفع ارتفعت "
                            "يرتفع ترتفع ارتفاع بلغ بلغت يبلغ تبلغ وصل وصلت يصل تصل".split()))
_TOLL = frozenset(map(fold, "toll حصيلة".split()))
_COUNT_WORDS = _TOLL | frozenset(map(fold, "number total عدد".split()))
_CLAUSE = 8  # words either side of an amount that may say what it measures


def _measured(text: str, tokens: tuple[Token, ...], q: Quantity) -> Quantity:
    """The quantity with what its clause says it measures (`Quantity.measures`), the words around it,
    the months its sentence names, and whether it is told as an update."""
    first = bisect_right(tokens, q.start, key=_END)
    last = bisect_left(tokens, q.end, key=_START) - 1
    n = len(tokens)
    before, after = [], []
    k = first - 1
    while k >= 0 and k >= first - _CLAUSE and (not tokens[k + 1].boundary or _hyphened(text, tokens, k + 1)):
        before.append(tokens[k].key)
        k -= 1
    k = last + 1
    while k < n and k <= last + _CLAUSE and (not tokens[k].boundary or _hyphened(text, tokens, k)):
        after.append(tokens[k].key)
        k += 1
    told_before = [(*told, at) for at, key in enumerate(before) if (told := _told[key]) is not None]
    told_after = [(*told, at + 0.5) for at, key in enumerate(after) if (told := _told[key]) is not None]
    context = {stem for _, stem, _ in told_before if stem} | {stem for _, stem, _ in told_after if stem}
    # The measure named nearest the amount, before it on a tie.
    measure_before = next(((at, m) for m, _, at in told_before if m), None)
    measure_after = next(((at, m) for m, _, at in told_after if m), None)
    nearest = min(filter(None, (measure_before, measure_after)), key=lambda found: found[0], default=None)
    measure = nearest[1] if nearest else None
    compound = _compound_length(text, tokens, q, first, after) if q.concept in _TIME_UNITS else None
    if compound is not None:
        measure = compound  # "a four-year deal for an undisclosed fee": the deal lasts four years
    elif _of_a_total(before):
        measure = TOTAL
    elif measure is None and q.concept == "year" and before[:1] in (["عن"], ["at"]) and any(
            tells_of_death(t.key) for t in tokens):
        measure = "age"  # "توفي … عن 86 عاما", "died at 86"
    elif measure is None and q.concept in _TIME_UNITS:
        measure = _lasting(text, tokens, q, first, before, after)
    if measure is None:
        measure = _per_unit_of_time(text, q, after)  # "250 km/h", "$20 an hour", "250 كيلومترا في الساعة"
    sentence = _sentence_before(text, tokens, first)
    if measure is None and before[:3] and any(key in _RISE_BY for key in before[:3]):
        measure = _what_changed(_clause_before(text, tokens, first))
    periods = frozenset(m for key in chain(sentence, _sentence_after(text, tokens, last)) if (m := month_of(key)))
    years = [int(key) for key in chain(before, after) if len(key) == 4 and key.isdigit() and 1800 <= int(key) <= 2200]
    if years:
        periods |= frozenset(years)  # "مقارنة بانتخابات 2016 التي فاز فيها بـ125 مقعدا": 2016's seats
    years_ago = None if years else _years_ago(before, after)
    if measure == "elapsed" and years_ago is not None:
        measure = None  # "منذ بداية العام": since the year began, a year's count, not a time elapsed
    update = _told_as_updated(sentence)
    priced = _priced(before, measure_before) if measure == "price" else None
    if measure is None and not context and not periods and not update and years_ago is None:
        return q
    low, high = q.low, q.high
    if measure == "age" and q.qualifier == "approx":
        low, high = q.value - 1, q.value + 1  # "عن عمر يناهز 92 عاما": an age is told to the year
    return Quantity(q.value, low, high, q.qualifier, q.noun, q.concept, q.status, q.modifiers, q.frame, q.frame_concept,
                    q.text, q.start, q.end, q.number_start, q.number_end, frozenset([measure]) if measure else _NOTHING,
                    frozenset(context), periods, update, years_ago, priced)


def _priced(before: list[str], price: tuple[float, str] | None) -> str | None:
    """What the price word before an amount names the price of: the noun after it, past units and
    containers ("سعر لتر السولار إلى 15.5 جنيه", "the price of a litre of diesel"), or in English the
    noun before it ("diesel prices rose to"). `before` runs backwards from the amount; `price`: where
    in it the price word is."""
    if price is None or price[1] != "price":
        return None
    at = int(price[0])
    following = before[at - 1 :: -1] if at > 0 else []
    if following[:1] == ["of"] or not before[at].isascii():
        for key in following:
            if _telling(key) and key not in _PRICED_IN and counted_concept(key) not in _UNITS_PRICED_IN:
                return noun_stem(key)
        return None
    if at + 1 < len(before) and _telling(before[at + 1]) and measure_concept(before[at + 1]) is None:
        return noun_stem(before[at + 1])
    return None


# What a price is told in, not of: "سعر لتر البنزين", "the price of a barrel of Brent".
_UNITS_PRICED_IN = frozenset({"litre", "barrel", "tonne", "kilogram", "gram", "metre", "kilometre"})
_PRICED_IN = frozenset(map(fold, "of a an the one per عبوة علبة كيلو كيلوغرام كيلوجرام غرام جرام رغيف اسطوانة "
                                 "أسطوانة قنينة ليتر لتر gallon kilo pack packet box bottle loaf cylinder unit "
                                 "الى إلى to at from من".split()))


def _clause_before(text: str, tokens: tuple[Token, ...], i: int, most: int = 16) -> list[str]:
    """The words of the clause before tokens[i], nearest first: up to punctuation (not a hyphen:
    "non-EU") or a conjunction ("but", "while", "لكن", "بينما")."""
    found = []
    k = i - 1
    while k >= 0 and k >= i - most and (not tokens[k + 1].boundary or _hyphened(text, tokens, k + 1)) \
            and tokens[k].key not in _BUT:
        found.append(tokens[k].key)
        k -= 1
    return found


_BUT = frozenset(map(fold, "but while whereas although لكن ولكن بينما فيما رغم".split()))


def _what_changed(clause: list[str]) -> str | None:
    """What rose or fell by the amount, named before its verb beyond the words read around it: "Fees
    for non-EU undergraduates at Trinity College Dublin will rise by 4.5%". The measure nearest the
    verb in its clause, with no other number or verb of change between (`clause`: the words before the
    amount, nearest first)."""
    verb = next((at for at, key in enumerate(clause[:3]) if key in _RISE_BY), None)
    if verb is None:
        return None
    for key in clause[verb + 1 :]:
        if key[:1].isdigit() or _word_value(key) is not None or key in _RISE_BY:
            return None
        measure = measure_concept(key)
        if measure is not None:
            return measure
    return None


# Verbs of a change by an amount: "rise by 4.5%", "fell 2 percent", "ارتفعت بنسبة 4 في المئة".
_RISE_BY = frozenset(map(fold, "rise rises rose risen rising increase increases increased fall falls fell fallen "
                                "drop drops dropped climb climbed climbs jump jumped grow grew decline declined "
                                "ارتفع ارتفعت يرتفع ترتفع سترتفع تراجع تراجعت يتراجع انخفض انخفضت ينخفض تنخفض "
                                "زاد زادت يزيد تزيد".split()))


def _years_ago(before: list[str], after: list[str]) -> int | None:
    """A year named beside an amount by its distance from the text's own: "last year", "العام الماضي"
    (1), "this year", "العام الجاري" (0). `before` runs backwards from the amount."""
    for words in (after, before[::-1]):
        for first, second in zip(words, words[1:]):
            ago = _RELATIVE_YEARS.get((first, second))
            if ago is not None:
                return ago
    return None


_RELATIVE_YEARS = {(fold(a), fold(b)): ago for a, b, ago in (
    ("last", "year", 1), ("this", "year", 0), ("العام", "الماضي", 1), ("السنة", "الماضية", 1), ("العام", "الجاري", 0),
    ("العام", "الحالي", 0), ("السنة", "الجارية", 0), ("السنة", "الحالية", 0), ("هذا", "العام", 0),
    ("هذه", "السنة", 0), ("بداية", "العام", 0), ("مطلع", "العام", 0), ("بداية", "السنة", 0), ("مطلع", "السنة", 0),
    # The season under way is this year's: a harvest "this season", "الموسم الحالي".
    ("this", "season", 0), ("current", "season", 0), ("الموسم", "الحالي", 0), ("الموسم", "الجاري", 0),
    ("هذا", "الموسم", 0))}
# Words that give how long something lasts, the thing before them: "the strike would last 48 hours",
# "إضراب لمدة 48 ساعة".
_LASTS = frozenset(map(fold, "last lasts lasting lasted لمدة مدته مدتها يستمر تستمر سيستمر ستستمر استمر استمرت "
                             "يدوم تدوم".split()))


def _compound_length(text: str, tokens: tuple[Token, ...], q: Quantity, first: int, after: list[str]) -> str | None:
    """The noun a "24-hour" qualifies ("a 24-hour strike", "a five-year contract"): what it is the
    length of, whatever measure is named nearby."""
    unit = bisect_left(tokens, q.end, key=_START) - 1  # the unit's token
    if unit > first and text[tokens[first].end : tokens[first + 1].start] == "-" and after and _telling(after[0]):
        known = measure_concept(after[0])  # "a 38-year-old striker": an age
        if known is not None or not after[0].isascii():
            return known or _lasting_noun(after[0])
        # English puts the head last: "a 14-hour power outage" is an outage.
        nouns = list(takewhile(lambda key: _telling(key) and key.isascii() and not key.endswith(("ed", "ing")),
                               after[:3]))
        head = next((key for key in nouns if _LASTING_NOUNS.get(noun_stem(key))), nouns[-1] if nouns else after[0])
        return _lasting_noun(head)
    return None


def _lasting(text: str, tokens: tuple[Token, ...], q: Quantity, first: int, before: list[str],
             after: list[str]) -> str | None:
    """What a span of time is the length of: the noun a "24-hour" qualifies ("a 24-hour strike"), or
    the one that lasts it ("the strike would last 48 hours", "إضراب لمدة 48 ساعة"): the nearest noun
    before, unless a noun further back in the clause is one of what lasts ("the walkout at the port's
    container terminals will last 72 hours")."""
    compound = _compound_length(text, tokens, q, first, after)
    if compound is not None:
        return compound
    if before and before[0] in _LASTS:
        subject = before[1:_CLAUSE]
        if subject and subject[0].isascii():
            # English: "the blackout in central Auckland lasted": the subject is the noun before its
            # first preposition, not the place the preposition adds.
            last = max((at for at, key in enumerate(subject) if key in _PREPOSITIONS), default=None)
            if last is not None:
                subject = subject[last + 1 :]
        nouns = [key for key in subject if _telling(key) and key not in _LASTS]
        lasting = next((key for key in nouns if _LASTING_NOUNS.get(noun_stem(key))), None)
        noun = lasting or next(iter(nouns[:3]), None)
        return _lasting_noun(noun) if noun is not None else None
    # The verb first, its subject between it and the amount: "سيستمر الإضراب في محطات الحاويات 72 ساعة".
    verb = next((at for at, key in enumerate(before) if key in _LASTS and not key.isascii()), None)
    if verb is not None:
        lasting = next((key for key in before[:verb] if _LASTING_NOUNS.get(noun_stem(key))), None)
        return _lasting_noun(lasting) if lasting is not None else None
    return None


_PREPOSITIONS = frozenset("in at on of near across from around outside inside".split())


def _lasting_noun(key: str) -> str:
    stem = noun_stem(key)
    return _LASTING_NOUNS.get(stem, stem)


# What lasts, by its synonyms in each language: a walkout is a strike, a deal a contract.
_LASTING_NOUNS = {noun_stem(fold(word)): noun_stem(fold(meaning)) for meaning, words in {
    "strike": "strike strikes walkout walkouts stoppage", "إضراب": "إضراب الإضراب اضراب الاضراب إضرابا",
    "contract": "contract contracts deal deals", "عقد": "عقد العقد عقدا",
    "ceasefire": "ceasefire truce", "هدنة": "هدنة الهدنة",
    "blackout": "blackout blackouts outage outages", "انقطاع": "انقطاع الانقطاع",
}.items() for word in words.split()}


_PER_HOUR = re.compile(r"/\s*(h|hr|ساعة)\b")


def _per_unit_of_time(text: str, q: Quantity, after: list[str]) -> str | None:
    """What an amount for each hour (or day…) measures: a rate, not an amount ("300 kilometres per
    hour", "250 km/h" and "250 كيلومترا في الساعة" a speed; "$20 an hour" a rate per hour). The word
    "speed" alone says nothing: a "high-speed line" is as long as it is."""
    if q.concept in _TIME_UNITS:
        return None
    if _PER_HOUR.match(text, q.end):
        per = "hour"
    elif len(after) > 1 and after[0] in ("per", "an", "a") and counted_concept(after[1]) in _TIME_UNITS:
        per = counted_concept(after[1])
    elif after[:2] in (["في", "الساعه"], ["في", "الدقيقه"]):
        per = counted_concept(after[1])  # not "في عام 2023", "في اليوم التالي": in, not per
    else:
        return None
    return "speed" if q.concept == "kilometre" and per == "hour" else f"per {per}"


_START, _END = attrgetter("start"), attrgetter("end")
_NOTHING: frozenset[str] = frozenset()
TOTAL = "total"


@WordMemo
def _told(key: str) -> tuple[str | None, str | None] | None:
    """What a word near an amount tells of it: the measure it names, and its stem as a word of context
    (None for a function word, a number or a day)."""
    measure = measure_concept(key)
    stem = noun_stem(key) if _telling(key) else None
    return None if measure is None and stem is None else (measure, stem)


def _told_as_updated(sentence: list[str]) -> bool:
    """Whether a verb of rising governs the amount: the nearest such verb before it in its sentence,
    with no other number between ("rose to 45", "بلغ عدد القتلى في … 44", not "prices rose to 300 after
    12 were killed")."""
    for key in sentence:
        told = _rise_or_number[key]
        if told is not None:
            return told
    return False


@WordMemo
def _rise_or_number(key: str) -> bool | None:
    """True for a verb of rising, False for a number, None for any other word (`_told_as_updated`)."""
    if key in _RISE:
        return True
    if key[0].isdigit() or _word_value(key) is not None:
        return False
    return None


def _of_a_total(before: list[str]) -> bool:
    """Whether the amount is the whole a part is counted of: "eight of the 11 defendants", "13 مقعدا من
    أصل 395" (`before`: the words before it, nearest first)."""
    if before[:2] in (["اصل", "من"], ["مجموع", "من"], ["of", "out"]):
        return True
    if before[:1] == ["of"] or before[:2] == ["the", "of"]:
        number = before[2 if before[:1] == ["the"] else 1] if len(before) > 2 else ""
        return bool(number) and (number[0].isdigit() or _word_value(number) is not None)
    return False


def _telling(key: str) -> bool:
    """A word that may tell what an amount measures: not a function word, number or weekday."""
    return (len(key) > 1 and key not in STOPWORDS and not key[0].isdigit() and not _qualifier_word(key)
            and _word_value(key) is None and weekday_of(key) is None and month_of(key) is None)


def _quantity(text: str, tokens: list[Token], i: int, j: int, number: Number) -> Quantity | None:
    n = len(tokens)
    word = _word_value(tokens[i].key)
    post_nominal = (has_article(tokens[i].key) and word is None) or (
        number.exact and number.value in (1, 2) and word is not None and i > 0 and not tokens[i].boundary
        and counted_concept(tokens[i - 1].key) is not None
    )
    if post_nominal:
        # الدول السبع, دولة واحدة: the number follows its noun as an adjective.
        head = i - 1
        if head < 0 or tokens[i].boundary or tokens[head].key in STOPWORDS:
            return None
        unit_start, first_noun = head, head
    else:
        head = j
        if number.qualifier == "vague" and head < n and tokens[head].key in ("من", "of"):
            head += 1
        if head >= n or (tokens[head].boundary and not _hyphened(text, tokens, head)) or (
                tokens[head].key in STOPWORDS) or (
                tokens[head].key.startswith("و") and status_as_written(tokens[head].key) is None
                and status_concept(tokens[head].key)):
            return _bare_toll(text, tokens, i, j, number)  # "مقتل 12 وإصابة 30": وإصابة begins the next count
        unit_start, first_noun = i, head
        if word == ("unit", 1) and counted_concept(tokens[head].key) is None:
            return None  # "one of", "واحد من": not a count
    english = tokens[head].key.isascii()
    modifiers: set[str] = set()
    if english and counted_concept(tokens[head].key) is None and not post_nominal:
        # English puts the head last: "13 defence ministers", "11 Nato countries".
        first_word = head
        for k in range(head + 1, min(head + 3, n)):
            if tokens[k].boundary or tokens[k].key in STOPWORDS:
                break
            if counted_concept(tokens[k].key) is not None:
                modifiers.update(p for m in range(head, k) if (p := portfolio_concept(tokens[m].key)))
                head = k
                break
        if head == first_word:
            head = _english_head(tokens, head)
    head_token = tokens[head]
    if head_token.key[0].isdigit() or _word_value(head_token.key):
        return None
    if head_token.key in _CASES and head + 1 < n and not tokens[head + 1].boundary and status_concept(
            tokens[head + 1].key):
        head += 1  # "240 حالة إصابة", "12 حالة وفاة": cases of what befell them are those it befell
        head_token = tokens[head]
    concept = counted_concept(head_token.key)
    status = status_concept(head_token.key)
    if concept is None and status is not None:
        concept = "person"  # 13 قتيلا, 20 جريحا, 13 dead
    if concept is None:
        concept = noun_stem(head_token.key)
    noun_end = head + 1

    # Before the number: a frame ("وزراء دفاع 11 دولة", "ministers of 13 countries"), a status
    # ("مقتل 13 شخصا", "killing 13 people") and qualifiers ("نحو", "more than").
    frame_concept, frame_start, span_start = None, unit_start, unit_start
    rose_to = False
    k = unit_start - 1
    while k >= 0 and k >= unit_start - 4 and not tokens[k + 1].boundary:
        key = tokens[k].key
        if _qualifier_word(key) or (key == "to" and k > 0 and tokens[k - 1].key == "up"):
            span_start = k
        elif key in ("من", "of", "from"):
            pass
        elif key == "الي":  # "حصيلة القتلى إلى 45 شخصا": the toll rose to; only a status lies beyond
            rose_to = True
        elif status_concept(key):
            status = status or status_concept(key)
            span_start = k
            break
        elif rose_to:
            break  # "الوفد إلى 3 مدن" is no frame: the delegation went to three cities
        elif portfolio_concept(key):
            modifiers.add(portfolio_concept(key))
            frame_start = k
        elif counted_concept(key) in ROLE_HOLDERS:
            frame_concept, frame_start = counted_concept(key), k
            if k > 0 and not tokens[k].boundary and portfolio_concept(tokens[k - 1].key):
                modifiers.add(portfolio_concept(tokens[k - 1].key))  # "defence ministers of"
                frame_start = k - 1
            break
        else:
            if status is None and k == unit_start - 1:
                status = _befell_before_its_subject(tokens, k)
            break
        k -= 1
    if frame_concept is None:
        frame_start = unit_start
    # After the noun: a portfolio ("13 وزير دفاع") or what befell them ("13 people were killed").
    k = noun_end
    while not post_nominal and k < min(noun_end + 4, n) and not tokens[k].boundary:
        key = tokens[k].key
        if not english and portfolio_concept(key) and k == noun_end:
            modifiers.add(portfolio_concept(key))
            noun_end = k + 1
        elif status_concept(key) and not key.startswith("و"):
            status = status or status_concept(key)
            break
        elif key not in ("were", "have", "been", "was", "had", "are", "on", "board", "aboard", "lost", "their", "قد",
                         "تم", "still", "remain", "remained", "remains", "عداد") and not (
                key == "في" and k + 1 < n and tokens[k + 1].key == "عداد"):  # "في عداد المفقودين": among the missing
            break
        k += 1
    start_token = min(frame_start, span_start, unit_start)
    last_token = max(noun_end, j) - 1
    return Quantity(
        value=number.value,
        low=number.low,
        high=number.high,
        qualifier=number.qualifier,
        noun=text[tokens[first_noun if not english else first_noun].start : tokens[noun_end - 1].end]
        if not post_nominal else head_token.text,
        concept=concept,
        status=status,
        modifiers=frozenset(modifiers),
        frame=text[tokens[frame_start].start : tokens[unit_start - 1].end] if frame_concept else None,
        frame_concept=frame_concept,
        text=text[tokens[start_token].start : tokens[last_token].end],
        start=tokens[start_token].start,
        end=tokens[last_token].end,
        number_start=tokens[i].start,
        number_end=tokens[j - 1].end,
    )


_CASES = frozenset(map(fold, "حالة حالات".split()))


def _befell_before_its_subject(tokens: list[Token], k: int) -> str | None:
    """What befell those counted, said by a verb before its subject, as Arabic puts it: "اعتقلت الشرطة 58
    متظاهرا", "قتلت قوات الأمن 12 شخصا" (tokens[k], right before the number, ends the subject)."""
    if tokens[k].key.isascii() or not has_article(tokens[k].key):
        return None
    for m in range(k - 1, max(k - _LONGEST_SUBJECT, 0) - 1, -1):
        if tokens[m + 1].boundary:
            return None
        key = tokens[m].key
        if not has_article(key) and (status := status_as_written(key) or status_of_verb(key)) is not None:
            return status
    return None


_LONGEST_SUBJECT = 3  # words between the verb and the number: "قوات الأمن"


def _bare_toll(text: str, tokens: list[Token], i: int, j: int, number: Number) -> Quantity | None:
    """"killing 12 and wounding 30", "مقتل 12 وإصابة 30": a toll of people who go without saying,
    the number right after what befell them."""
    if i == 0 or tokens[i].boundary:
        return None
    befell = tokens[i - 1]
    status = status_concept(befell.key)
    if status is None:
        return None
    end = tokens[j - 1].end
    return Quantity(value=number.value, low=number.low, high=number.high, qualifier=number.qualifier, noun=befell.text,
                    concept="person", status=status, text=text[befell.start : end], start=befell.start, end=end,
                    number_start=tokens[i].start, number_end=end)


def _qualifier_word(key: str) -> bool:
    return key in _APPROX or key in {"اكثر", "اقل", "يزيد", "يقل", "more", "less", "fewer", "than", "least", "at",
                                     "up", "over", "ما", "لا"}


def _hyphened(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """Whether only a hyphen, an apostrophe or a sign of the amount (%, $) stands between tokens[k - 1] and
    tokens[k]: "24-hour", "drivers' union", "52.2% of", "pay $40 million"."""
    gap = text[tokens[k - 1].end : tokens[k].start].strip()
    return gap in _JOINING or (gap != "" and all(ch in QUOTE_MARKS for ch in gap))


_JOINING = frozenset({"-", "%", "٪", "$", "£", "€"})


def _english_head(tokens: list[Token], head: int) -> int:
    """The head of an English noun phrase after a number when its first word is not a known noun: the
    last of the words before a function word, a verb or punctuation ("2,150 new coronavirus cases", "28
    Pakistani pilgrims were"), or the word that says what befell them ("213 cholera deaths"); the last
    word in the plural, when the last word is not ("3,000 workers laid off")."""
    if counted_concept(tokens[head].key) is not None or status_concept(tokens[head].key) is not None:
        return head
    plural = head if _plural(tokens[head].key) else None
    for k in range(head + 1, min(head + 3, len(tokens))):
        token = tokens[k]
        key = token.key
        if token.boundary or key in STOPWORDS or not key.isalpha() or not key.isascii() or key in _PLACE_ADVERBS:
            break
        if key.endswith(("ed", "ing")) or _before_its_object(tokens, k):
            break  # a verb: "20 miners died", "28 miners lost their lives" (what befell them is read after)
        if status_concept(key) is not None or counted_concept(key) is not None:
            return k
        head = k
        if _plural(key):
            plural = k
    return head if plural is None or _plural(tokens[head].key) else plural


# Where they are, said after them: "31 crew aboard" counts the crew.
_PLACE_ADVERBS = frozenset("aboard onboard ashore abroad overseas inside outside nationwide worldwide".split())


def _plural(key: str) -> bool:
    return len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is"))


_DETERMINERS = frozenset("the a an their his her its our my your this that these those".split())


def _before_its_object(tokens: list[Token], k: int) -> bool:
    """Whether a word is followed by a determiner, as a verb is by its object: "28 miners lost their
    lives", "12 firms won the contracts" (a noun of the counted phrase is not)."""
    return k + 1 < len(tokens) and not tokens[k + 1].boundary and tokens[k + 1].key in _DETERMINERS


