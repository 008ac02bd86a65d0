"""Numbers as written (digits of any script, Arabic and English number words, vague and approximate
amounts) and the quantities of a text: the value, what it counts, and the span as written.

"وزراء دفاع 11 دولة" is 11 counting "دولة" in the frame "وزراء دفاع"; "13 وزير دفاع" is 13 counting
"وزير دفاع"; "الدول السبع" is 7 counting "الدول". Years, dates, times and percentages are not quantities.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checker.normalise.arabic import Token, fold, fold_digits, has_article, strip_article, tokenize
from checker.normalise.frozen import quick_init
from checker.normalise.memo import WordMemo
from checker.normalise.concepts import (
    GENERIC,
    ROLE_HOLDERS,
    counted_concept,
    noun_stem,
    portfolio_concept,
    status_concept,
)
from checker.normalise.dates import month_of, weekday_of
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
_SCALES = _table({12: "dozen", 1000: "ألف الف thousand", 2000: "ألفان ألفين الفان الفين", 10**6: "مليون million",
                  10**9: "مليار billion"})
_PLURAL_SCALES = _table({1000: "آلاف الاف", 10**6: "ملايين", 10**9: "مليارات"})
# Amounts given only as an order of magnitude.
_VAGUE = {**{k: (20, 99) for k in map(fold, "عشرات dozens scores".split())},
          **{k: (200, 999) for k in map(fold, "مئات hundreds".split())},
          **{k: (2000, 999_999) for k in map(fold, "آلاف الاف thousands".split())},
          **{k: (2 * 10**6, 999 * 10**6) for k in map(fold, "ملايين millions".split())}}

_APPROX = frozenset(map(fold, "نحو حوالي حوالى قرابة زهاء يقارب يناهز تقريبا around about approximately roughly nearly "
                              "almost some estimated".split()))
_ROUGHLY = fold("تقريبا")  # after the number: "300 تقريبا"
_AT_LEAST = {("اكثر", "من"), ("يزيد", "عن"), ("يزيد", "على"), ("يقل", "عن"), ("more", "than"), ("at", "least"),
             ("upwards", "of")}
_AT_LEAST_SINGLE = frozenset({"over"})
_AT_MOST = {("اقل", "من"), ("less", "than"), ("fewer", "than"), ("up", "to")}
_PERCENT = frozenset(map(fold, "بالمئة بالمائة المئة المائة percent per %".split()))
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
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")


@WordMemo
def _digits_value(key: str) -> float | None:
    text = key.replace("٬", ",")
    if _THOUSANDS.fullmatch(text):
        return float(text.replace(",", ""))
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
    total, current, j, seen = 0.0, 0.0, i, False
    last_unit: int | None = None
    while j < n:
        token = tokens[j]
        if seen and token.boundary and tokens[j - 1].end != token.start - 1:
            break
        key = token.key
        if seen and key in ("و", "and") and j + 1 < n and _is_number_word(tokens[j + 1].key):
            j += 1
            continue
        if seen and key.startswith("و") and _is_number_word(key[1:]):
            key = key[1:]
        if key[0].isdigit():
            if seen:
                break
            value = _digits_value(key)
            if value is None:
                return None
            current, seen, j = value, True, j + 1
            continue
        word = _word_value(key)
        if word is None and not seen and j == i and has_article(key):
            word = _word_value(strip_article(key))
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
            total += (current or 1) * value
            current = 0.0
            last_unit = None
        seen = True
        j += 1
    if not seen:
        return None
    value = total + current
    return Number(value, value, value), j


@WordMemo
def may_start_number(key: str) -> bool:
    """Whether a number can begin at a word."""
    return key[:1].isdigit() or key in _VAGUE or _word_value(key) is not None or (
        has_article(key) and _word_value(strip_article(key)) is not None)


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
        return Number(v, v * 0.8, v * 1.2, "approx")
    pairs = set(zip(before, before[1:])) if len(before) > 1 else _NO_PAIRS
    if pairs & _AT_LEAST or (before and before[-1] in _AT_LEAST_SINGLE):
        return Number(v, v, math.inf, "at_least")
    if pairs & _AT_MOST:
        return Number(v, 0, v, "at_most")
    return number


_NO_PAIRS: frozenset[tuple[str, str]] = frozenset()


def _is_date_or_time(text: str, tokens: list[Token], i: int, j: int, value: float) -> bool:
    first, last = tokens[i], tokens[j - 1]
    before_char = text[first.start - 1] if first.start > 0 else ""
    after_char = text[last.end] if last.end < len(text) else ""
    if before_char in ":-/." and first.start > 1 and text[first.start - 2].isdigit():
        return True  # 18:07, 2016-10-25, 25/10
    if after_char in ":-/." and last.end + 1 < len(text) and fold_digits(text[last.end + 1]).isdigit():
        return True
    if after_char == "%":
        return True
    neighbours = [tokens[k].key for k in (i - 1, j, j + 1) if 0 <= k < len(tokens)]
    for key in neighbours[:2]:
        if month_of(key) is not None:
            return True  # 24 أغسطس, October 25
    for key in neighbours[1:]:
        if key in _PERCENT:
            return True
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
        if (_is_date_or_time(text, tokens, i, j, number.value) or _is_year(tokens, i, j, number.value)
                or _whole_of_a_part(tokens, i)):
            i = j
            continue
        quantity = _quantity(text, tokens, i, j, _qualified(tokens, i, number))
        if quantity is not None:
            found.append(quantity)
        i = j
    return found


def _whole_of_a_part(tokens: tuple[Token, ...], i: int) -> bool:
    """The whole that a count before it is part of: "convicted eight of the 11 defendants", "أدان
    ثمانية من أصل 11 متهما". The part is what is told; the whole is no count of what befell them."""
    before = [t.key for t in tokens[max(0, i - 3) : i]]
    if before[-2:] in (["of", "the"], ["من", "اصل"], ["من", "بين"]) and len(before) == 3:
        return _read_number(tokens, i - 3) is not None
    return False


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
        if head >= n or tokens[head].boundary or tokens[head].key in STOPWORDS or (
                tokens[head].key.startswith("و") and status_concept(tokens[head].key)):
            return _bare_toll(text, tokens, i, j, number)  # "مقتل 12 وإصابة 30": وإصابة begins the next count
        unit_start, first_noun = i, head
        if word == ("unit", 1) and counted_concept(tokens[head].key) is None:
            return None  # "one of", "واحد من": not a count
    english = tokens[head].key.isascii()
    modifiers: set[str] = set()
    if english and counted_concept(tokens[head].key) is None and not post_nominal:
        # English puts the head last: "13 defence ministers", "11 Nato countries".
        for k in range(head + 1, min(head + 3, n)):
            if tokens[k].boundary or tokens[k].key in STOPWORDS:
                break
            if counted_concept(tokens[k].key) is not None:
                modifiers.update(p for m in range(head, k) if (p := portfolio_concept(tokens[m].key)))
                head = k
                break
    head_token = tokens[head]
    if head_token.key[0].isdigit() or _word_value(head_token.key):
        return None
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
        if _qualifier_word(key):
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
            break
        k -= 1
    if frame_concept is None:
        frame_start = unit_start
    # After the noun: a portfolio ("13 وزير دفاع") or what befell them ("13 people were killed").
    k = noun_end
    while not post_nominal and k < min(noun_end + 3, n) and not tokens[k].boundary:
        key = tokens[k].key
        if not english and portfolio_concept(key) and k == noun_end:
            modifiers.add(portfolio_concept(key))
            noun_end = k + 1
        elif status_concept(key) and not key.startswith("و"):
            status = status or status_concept(key)
            break
        elif key not in ("were", "have", "been", "was", "had", "are", "قد", "تم"):
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
                                     "up", "to", "over", "ما", "لا"}


