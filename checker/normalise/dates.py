"""Dates as written, in Arabic and English: explicit dates in both Arabic month systems (أكتوبر /
تشرين الأول, "24 أغسطس/آب", "حزيران/يونيو 2014"), weekdays, and relative days (اليوم، أمس، غدا،
"on Tuesday", "الأسبوع الماضي"). Relative ones are resolved against the publication date when it is
known and kept relative when it is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from checker.normalise.arabic import Token, fold, fold_digits, tokenize
from checker.normalise.calendar_words import MONTHS as _MONTHS, month_of, weekday_of
from checker.normalise.frozen import quick_init
from checker.normalise.memo import WordMemo, remembered
from checker.normalise.numbers import parse_number

_RELATIVE_DAYS = {fold(w): offset for offset, words in {0: "اليوم الليلة today tonight", -1: "أمس الأمس البارحة yesterday",
                                                        1: "غدا غد الغد tomorrow"}.items() for w in words.split()}
_UNITS = {fold(w): u for u, words in {"week": "الأسبوع الاسبوع week", "month": "الشهر month",
                                     "year": "العام السنة year"}.items() for w in words.split()}
# "منذ يومين", "قبل ثلاثة أيام", "two days ago": days before publication.
_AGO_BEFORE = frozenset(map(fold, "منذ قبل".split()))
_TWO_DAYS = fold("يومين")
_DAYS = frozenset(map(fold, "أيام ايام days".split()))
_AGO = "ago"
# "السابع من أيار", "الحادي والعشرين من مايو": the day as an ordinal, then "من" and the month.
_ORDINAL_DAYS = {fold(w): n for n, words in {
    1: "الأول الاول الحادي", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس", 7: "السابع", 8: "الثامن",
    9: "التاسع", 10: "العاشر", 20: "العشرين", 30: "الثلاثين"}.items() for w in words.split()}
_ORDINAL_TENS = {fold("عشر"): 10, fold("والعشرين"): 20, fold("والثلاثين"): 30}
_OF = fold("من")
_BEFORE_WHAT = frozenset(map(fold, "من على".split()))
_PAST = frozenset(map(fold, "الماضي الماضية المنصرم المنصرمة last past previous".split()))
_NEXT = frozenset(map(fold, "المقبل المقبلة القادم القادمة next coming".split()))
_THIS = frozenset(map(fold, "الحالي الحالية الجاري this current".split()))
_ROUGH_YEAR = frozenset(map(fold, "منتصف مطلع أوائل اوائل أواخر اواخر بداية نهاية mid early late".split()))
_YEAR_MARKERS = frozenset(map(fold, "عام سنة العام منذ في in since year".split()))

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


@quick_init
@dataclass(frozen=True)
class When:
    """A date as written; `start`/`end` are the days it can be once resolved (one day, a week, a year)."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    offset: int | None = None  # relative to publication, in `unit`s: -1 yesterday, +1 tomorrow
    unit: str | None = None  # day | week | month | year
    approximate: bool = False
    start: date | None = None
    end: date | None = None
    pos: int = 0
    direction: int = 0  # -1 "الماضي"/last, +1 "المقبل"/next, next to an explicit date

    @property
    def resolved(self) -> bool:
        return self.start is not None

    @property
    def single_day(self) -> date | None:
        return self.start if self.start is not None and self.start == self.end else None

    @remembered  # compared again and again when grouping events
    def span(self) -> tuple[int, int] | None:
        """The first and last day it can be, as day ordinals; None when not resolved."""
        return (self.start.toordinal(), self.end.toordinal()) if self.start is not None else None

    @remembered  # asked of every claim's day when grouping events
    def day_level(self) -> bool:
        """Says which day (not only a year, month or week)."""
        return self.day is not None or self.weekday is not None or self.unit == "day" or self.single_day is not None

    @remembered  # asked for again and again when grouping events
    def shown(self) -> str:
        """As displayed: the day with its weekday, the first and last day, or the text as written."""
        day = self.single_day
        if day is not None:
            return f"{_WEEKDAY_ABBREVIATIONS[day.weekday()]} {day.isoformat()}"
        if self.start is not None:
            return f"{self.start.isoformat()}…{self.end.isoformat()}"
        return self.text

    def display(self) -> str:
        return self.shown


# What strftime's %a gives in the C locale, several times faster.
_WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _month_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A month name starting at tokens[i] (with its alias in the other system, "أغسطس/آب"), and the index after."""
    if i >= len(tokens):
        return None
    key = tokens[i].key
    month = month_of(key)
    end = i + 1
    if month == 0:
        if i + 1 < len(tokens) and f"{key} {tokens[i + 1].key}" in _MONTHS:
            month, end = _MONTHS[f"{key} {tokens[i + 1].key}"], i + 2
        else:
            return None
    if month is None:
        return None
    alias = _month_at(tokens, end) if end < len(tokens) and month_of(tokens[end].key) is not None else None
    if alias is not None and alias[0] == month:
        end = alias[1]
    return month, end


def _number(token: Token | None, low: int, high: int) -> int | None:
    if token is None:
        return None
    value = _integer(token.key)
    return value if value is not None and low <= value <= high else None


@lru_cache(maxsize=1 << 16)
def _integer(key: str) -> int | None:
    key = re.sub(r"(st|nd|rd|th)$", "", key)
    # Not isdigit: "⓵" and "²" are digits int() refuses. A long run of digits is no day, month or year
    # (and int() refuses more than 4,300 digits).
    return int(key) if key.isdecimal() and len(key) <= 8 else None


def _at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _explicit(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    """"24 أغسطس/آب الماضي", "October 25, 2016", "حزيران/يونيو 2014" starting at tokens[i]."""
    day = _number(tokens[i], 1, 31)
    if day is not None:
        month = _month_at(tokens, i + 1)
        if month is None:
            return None
        end = month[1]
        month_no = month[0]
    else:
        month = _month_at(tokens, i)
        if month is None:
            return None
        month_no, end = month
        day = _number(_at(tokens, end), 1, 31)
        if day is not None:
            end += 1
    year = _number(_at(tokens, end), 1900, 2200)
    if year is not None:
        end += 1
    if day is None and year is None:
        return None  # a bare month name says too little ("آب", "May" are common words too)
    direction = 0
    following = _at(tokens, end)
    if following is not None and following.key in _PAST:
        direction, end = -1, end + 1
    elif following is not None and following.key in _NEXT:
        direction, end = 1, end + 1
    when = When(text[tokens[i].start : tokens[end - 1].end], year=year, month=month_no, day=day, pos=tokens[i].start,
                direction=direction)
    return when, end


def _relative(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    token = tokens[i]
    key = token.key
    if key in _RELATIVE_DAYS or (key == "امس" and _at(tokens, i - 1) and tokens[i - 1].key == "اول"):
        offset = _RELATIVE_DAYS.get(key, -1)
        start = i
        if key == "امس" and _at(tokens, i - 1) and tokens[i - 1].key == "اول":
            offset, start = -2, i - 1  # أول أمس
        if key in ("غد", "الغد") and _at(tokens, i - 1) and tokens[i - 1].key == "بعد":
            offset, start = 2, i - 1  # بعد غد
        end = i + 1
        weekday = None
        nxt = _at(tokens, end)
        if nxt is not None and weekday_of(nxt.key) is not None:
            weekday, end = weekday_of(nxt.key), end + 1  # اليوم الثلاثاء, غدا الأربعاء
        return When(text[tokens[start].start : tokens[end - 1].end], weekday=weekday, offset=offset, unit="day",
                    pos=tokens[start].start), end
    if key in _UNITS:
        nxt, prev = _at(tokens, i + 1), _at(tokens, i - 1)
        offset = None
        start, end = i, i + 1
        if nxt is not None and not nxt.boundary and (nxt.key in _PAST or nxt.key in _NEXT or nxt.key in _THIS):
            offset, end = (-1 if nxt.key in _PAST else 1 if nxt.key in _NEXT else 0), i + 2
        elif prev is not None and not token.boundary and (prev.key in _PAST or prev.key in _NEXT or prev.key in _THIS):
            offset, start = (-1 if prev.key in _PAST else 1 if prev.key in _NEXT else 0), i - 1
        if offset is None:
            return None
        return When(text[tokens[start].start : tokens[end - 1].end], offset=offset, unit=_UNITS[key],
                    pos=tokens[start].start), end
    return None


def _days_ago(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    """"منذ يومين", "قبل ثلاثة أيام", "two days ago", "3 days ago"."""
    key = tokens[i].key
    if key in _AGO_BEFORE:
        nxt = _at(tokens, i + 1)
        if nxt is None or nxt.boundary:
            return None
        if nxt.key == _TWO_DAYS:
            days, end = 2, i + 2
        else:
            days = _few(nxt.key)
            unit = _at(tokens, i + 2)
            if days is None or unit is None or unit.boundary or unit.key not in _DAYS:
                return None
            end = i + 3
        after = _at(tokens, end)
        if after is not None and after.key in _BEFORE_WHAT:
            return None  # "قبل يومين من الاجتماع": two days before something else
    else:
        days = _few(key)
        unit, ago = _at(tokens, i + 1), _at(tokens, i + 2)
        if days is None or unit is None or ago is None or unit.key not in _DAYS or ago.key != _AGO:
            return None
        end = i + 3
    return When(text[tokens[i].start : tokens[end - 1].end], offset=-days, unit="day", pos=tokens[i].start), end


@WordMemo
def _few(key: str) -> int | None:
    """2 to 10, in digits or words ("3", "ثلاثة", "two"): how many days ago."""
    number = parse_number(key)
    return int(number.value) if number is not None and number.exact and number.value in range(2, 11) else None


def _ordinal_day(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    """"السابع من أيار", "الحادي عشر من كانون الثاني 2024", "الحادي والعشرين من مايو الماضي"."""
    day, end = _ORDINAL_DAYS.get(tokens[i].key), i + 1
    if day is None:
        return None
    tens = _at(tokens, end)
    if tens is not None and tens.key in _ORDINAL_TENS and day < 10:
        day, end = day + _ORDINAL_TENS[tens.key], end + 1
    of = _at(tokens, end)
    if of is None or of.key != _OF or day > 31:
        return None
    read = _explicit(text, tokens, end + 1)
    if read is None:
        month = _month_at(tokens, end + 1)
        if month is None:
            return None
        following = _at(tokens, month[1])
        direction = 0 if following is None else -1 if following.key in _PAST else 1 if following.key in _NEXT else 0
        read = When("", month=month[0], direction=direction), month[1] + (direction != 0)
    when, after = read
    if when.day is not None:
        return None  # "الأول من 5 أيار" is no date this reads
    return When(text[tokens[i].start : tokens[after - 1].end], year=when.year, month=when.month, day=day,
                pos=tokens[i].start, direction=when.direction), after


def _weekday(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    weekday = weekday_of(tokens[i].key)
    if weekday is None:
        return None
    prev = _at(tokens, i - 1)
    if weekday == 0 and tokens[i].key.startswith("ال") and prev is not None and not tokens[i].boundary:
        # الاثنين is also "the two": after a dual noun it is a number, not Monday.
        if prev.key.endswith("ين") and prev.key != "يوم":
            return None
    end = i + 1
    explicit = _explicit(text, tokens, end) if end < len(tokens) else None
    start = i - 1 if prev is not None and prev.key in ("يوم", "on") and not tokens[i].boundary else i
    if explicit is not None:
        found, end = explicit
        return replace(found, text=text[tokens[start].start : tokens[end - 1].end], weekday=weekday,
                       pos=tokens[start].start), end
    return When(text[tokens[start].start : tokens[end - 1].end], weekday=weekday, pos=tokens[start].start), end


def _year(text: str, tokens: list[Token], i: int) -> tuple[When, int] | None:
    year = _number(tokens[i], 1900, 2200)
    if year is None or len(tokens[i].key) != 4:
        return None
    prev = _at(tokens, i - 1)
    nxt = _at(tokens, i + 1)
    rough = prev is not None and prev.key in _ROUGH_YEAR and not tokens[i].boundary
    marked = prev is not None and (prev.key in _YEAR_MARKERS or rough) and not tokens[i].boundary
    if not marked and nxt is not None and not nxt.boundary:
        return None  # "2000 جندي" is a count
    start = i - 1 if rough else i
    return When(text[tokens[start].start : tokens[i].end], year=year, approximate=rough, pos=tokens[start].start), i + 1


def find_dates(text: str, published: date | None = None) -> list[When]:
    """Every date mention of a text, in order, resolved against `published` when it is given."""
    return [resolve(w, published) for w in _find(text)]


@lru_cache(maxsize=65536)
def _find(text: str) -> tuple[When, ...]:
    tokens = tokenize(text)
    return dates_in(text, tokens, [k for k, t in enumerate(tokens) if may_start_date[t.key]])


def dates_in(text: str, tokens: tuple[Token, ...], starts: list[int]) -> tuple[When, ...]:
    """The date mentions of a text, unresolved, in order; `starts`: the tokens where `may_start_date`."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    # \d matches digits of every script and int() reads them, so the text needs no folding; the
    # separator is looked for first because the patterns are slow to fail.
    if "-" in text:
        for match in _ISO.finditer(text):
            found.append(When(text[match.start() : match.end()], int(match[1]), int(match[2]), int(match[3]),
                              pos=match.start()))
            taken.append(match.span())
    if "/" in text:
        for match in _DMY.finditer(text):
            found.append(When(text[match.start() : match.end()], int(match[3]), int(match[2]), int(match[1]),
                              pos=match.start()))
            taken.append(match.span())
    if taken:
        tokens = _outside(tokens, taken)
        starts = [k for k, t in enumerate(tokens) if may_start_date[t.key]]
    if not starts and not found:
        return ()
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the date read last
        i = k
        for reader in (_relative, _weekday, _explicit, _year, _days_ago, _ordinal_day):
            read = reader(text, tokens, i)
            if read is not None:
                found.append(read[0])
                i = read[1]
                break
    valid = [w for w in found if _valid(w)]
    return tuple(sorted(valid, key=lambda w: w.pos))


def _outside(tokens: tuple[Token, ...], spans: list[tuple[int, int]]) -> list[Token]:
    """The tokens that begin outside every span, in one pass over both (a table of dates names thousands)."""
    kept, spans = [], sorted(spans)
    k = 0
    for token in tokens:
        while k < len(spans) and spans[k][1] <= token.start:
            k += 1
        if k < len(spans) and spans[k][0] <= token.start:
            continue
        kept.append(token)
    return kept


@WordMemo
def may_start_date(key: str) -> bool:
    """Whether a date mention can begin at a word."""
    return (key in _RELATIVE_DAYS or key in _UNITS or key[:1].isdigit() or weekday_of(key) is not None
            or month_of(key) is not None or key in _AGO_BEFORE or key in _ORDINAL_DAYS or _few(key) is not None)


# Words that tell of a coming event ("the vote will take place on 12 June", "is scheduled for", "من
# المقرر", "حدد يوم 16 أكتوبر موعدا"): a day and month it names without a year lie ahead, however far.
_COMING = frozenset(map(fold, "will would scheduled upcoming سوف المقرر المرتقب مقرر موعدا موعد".split()))
_COMING_AFTER = {"set": ("for", "to"), "due": ("to", "on")}  # "is set for", "due to open"


def tells_of_coming(keys: list[str]) -> bool:
    """Whether a text (its token keys) tells of an event to come."""
    for n, key in enumerate(keys):
        if key in _COMING or (key in _COMING_AFTER and n + 1 < len(keys) and keys[n + 1] in _COMING_AFTER[key]):
            return True
        if _arabic_future[key]:
            return True
    return False


@WordMemo
def _arabic_future(key: str) -> bool:
    """A verb with the future's س ("ستنظر", "سيفتتح", "سيبدؤون"): Arabic's "will". Told from a noun
    beginning so ("سيارة", "سنوات") by the verb being a word without it."""
    if len(key) < 5 or key[0] != "س" or key[1] not in "يتن":
        return False
    from checker.normalise.frequency import zipf_frequency

    return zipf_frequency(key[1:], "ar") >= _A_WORD


_A_WORD = 2.5  # wordfreq's Zipf scale: a word written often enough to be one


def ahead(when: When, published: date | None) -> When:
    """A day and month without a year, in a text telling of a coming event: the next such day from
    publication on (`resolve` would take one more than two months ahead for last year's)."""
    if (published is None or when.direction != 0 or when.year is not None or when.day is None or when.month is None
            or when.resolved):
        return when
    day = _date_in_year(published.year, when.month, when.day)
    if day is None or day < published:
        return when
    return replace(when, direction=1)


def _valid(when: When) -> bool:
    if when.year and when.month and when.day:
        try:
            date(when.year, when.month, when.day)
        except ValueError:
            return False
    return True


def resolve(when: When, published: date | None) -> When:
    """Fill `start`/`end` with the days the mention can be, using the publication date where needed."""
    try:
        return _resolve(when, published)
    except (OverflowError, ValueError):  # a day before the year 1 or after 9999 ("yesterday" on 0001-01-01)
        return when


def _resolve(when: When, published: date | None) -> When:
    if when.resolved:
        return when
    y, m, d = when.year, when.month, when.day
    if y and m and d:
        day = date(y, m, d)
        return _spanning(when, day, day)
    if y and m:
        return _spanning(when, date(y, m, 1), _month_end(y, m))
    if y and not m:
        return _spanning(when, date(y, 1, 1), date(y, 12, 31))
    if published is None:
        return when
    if m and d:
        day = _date_in_year(published.year, m, d)
        if day is None:
            return when
        if when.direction < 0 and day > published or when.direction == 0 and day > published + timedelta(days=62):
            day = _date_in_year(published.year - 1, m, d) or day
        elif when.direction > 0 and day < published:
            day = _date_in_year(published.year + 1, m, d) or day
        return _spanning(when, day, day, year=day.year)
    if when.unit == "day" and when.offset is not None:
        day = published + timedelta(days=when.offset)
        return _spanning(when, day, day)
    if when.weekday is not None:
        back = (published.weekday() - when.weekday) % 7
        day = published - timedelta(days=back) if back <= 4 else published + timedelta(days=7 - back)
        return _spanning(when, day, day)
    if when.unit == "week" and when.offset is not None:
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=when.offset)
        # A day either side: weeks begin on Saturday, Sunday or Monday depending on the country.
        return _spanning(when, monday - timedelta(days=2), monday + timedelta(days=7))
    if when.unit == "month" and when.offset is not None:
        year, month = divmod(published.year * 12 + published.month - 1 + when.offset, 12)
        return _spanning(when, date(year, month + 1, 1), _month_end(year, month + 1))
    if when.unit == "year" and when.offset is not None:
        year = published.year + when.offset
        return _spanning(when, date(year, 1, 1), date(year, 12, 31))
    return when


def _spanning(when: When, start: date, end: date, year: int | None = None) -> When:
    """A resolved copy of a mention (found mentions are shared by every text that has them). Built field
    by field: dataclasses.replace is several times slower, and resolving is done for every mention."""
    return When(when.text, when.year if year is None else year, when.month, when.day, when.weekday, when.offset,
                when.unit, when.approximate, start, end, when.pos, when.direction)  # the fields in order


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _date_in_year(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_known(when: When) -> int | None:
    if when.weekday is not None:
        return when.weekday
    day = when.single_day
    return day.weekday() if day is not None else None


def _fields(when: When) -> tuple[int | None, int | None, int | None]:
    day = when.single_day
    if day is not None:
        return day.year, day.month, day.day
    return when.year, when.month, when.day


def compare_when(a: When, b: When, same_source: bool = False) -> bool | None:
    """True when two mentions can be the same day, False when they cannot, None when unknown.

    Unresolved relative days ("today") are comparable only within one article.
    """
    if a.resolved and b.resolved:
        return not (a.end < b.start or b.end < a.start)
    agreed = False
    for x, y in zip(_fields(a), _fields(b)):
        if x is not None and y is not None:
            if x != y:
                return False
            agreed = True
    wa, wb = _weekday_known(a), _weekday_known(b)
    if wa is not None and wb is not None:
        if wa != wb:
            return False
        agreed = True
    if same_source and a.unit == b.unit and a.offset is not None and b.offset is not None:
        return a.offset == b.offset
    if a.resolved and not b.resolved and b.year is not None and b.month is None:
        return a.start.year <= b.year <= a.end.year
    return True if agreed else None


def days_apart(a: When, b: When) -> int | None:
    """How many days lie between two resolved mentions (0 when they overlap)."""
    if not (a.resolved and b.resolved):
        return None
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


@lru_cache(maxsize=4096)
def parse_when(text: str, published: date | None = None) -> When | None:
    """The date a short field says ("الثلاثاء", "25 October 2016", "tomorrow"), resolved when possible.

    Falls back to dateparser for formats the rules above do not know.
    """
    found = find_dates(text, published)
    day_level = [w for w in found if w.day_level]
    if day_level or found:
        return (day_level or found)[0]
    if not re.search(r"\d", fold_digits(text)):
        return None
    return _dateparser(text, published)


def _dateparser(text: str, published: date | None) -> When | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    else:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    try:
        parsed = dateparser.parse(text, languages=["ar", "en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; the field is only a hint
        return None
    if parsed is None:
        return None
    day = parsed.date()
    return When(text, year=day.year, month=day.month, day=day.day, start=day, end=day)
