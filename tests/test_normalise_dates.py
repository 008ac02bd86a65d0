"""Dates as written, in both languages and both Arabic month systems; relative days resolved against the
publication date when it is known, kept relative when it is not."""

from datetime import date

import pytest

from checker.normalise.dates import compare_when, days_apart, find_dates, parse_when, resolve

TUESDAY = date(2016, 10, 25)


def one(text, published=None):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثلاثاء 25 أكتوبر 2016", date(2016, 10, 25)),
        ("25 تشرين الأول 2016", date(2016, 10, 25)),
        ("25 أكتوبر/تشرين الأول 2016", date(2016, 10, 25)),
        ("٢٥ تشرين الأول ٢٠١٦", date(2016, 10, 25)),
        ("25 October 2016", date(2016, 10, 25)),
        ("October 25, 2016", date(2016, 10, 25)),
        ("2016-10-25 00:00:00", date(2016, 10, 25)),
        ("25/10/2016", date(2016, 10, 25)),
    ],
)
def test_explicit_dates(text, expected):
    assert one(text).single_day == expected


def test_month_and_year_in_both_arabic_systems():
    when = one("منذ حزيران/يونيو 2014")
    assert (when.start, when.end) == (date(2014, 6, 1), date(2014, 6, 30))
    when = one("في كانون الثاني/يناير 2014")
    assert (when.start, when.end) == (date(2014, 1, 1), date(2014, 1, 31))
    assert one("in June 2014").month == 6


def test_day_and_month_without_year_take_the_year_from_publication():
    when = one("التي انطلقت في 24 أغسطس/آب الماضي")
    assert (when.month, when.day, when.year, when.resolved) == (8, 24, None, False)
    assert one("في 24 أغسطس/آب الماضي", TUESDAY).single_day == date(2016, 8, 24)
    # "last December" read in January is last year
    assert one("في 20 ديسمبر الماضي", date(2017, 1, 5)).single_day == date(2016, 12, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اليوم الثلاثاء", TUESDAY),
        ("أمس", date(2016, 10, 24)),
        ("أول أمس", date(2016, 10, 23)),
        ("غدا الأربعاء", date(2016, 10, 26)),
        ("غداً", date(2016, 10, 26)),
        ("الثلاثاء", TUESDAY),
        ("الاثنين", date(2016, 10, 24)),
        ("today", TUESDAY),
        ("yesterday", date(2016, 10, 24)),
        ("tomorrow", date(2016, 10, 26)),
        ("on Tuesday", TUESDAY),
        ("on Monday", date(2016, 10, 24)),
        ("منذ يومين", date(2016, 10, 23)),
        ("قبل ثلاثة أيام", date(2016, 10, 22)),
        ("قبل 3 أيام", date(2016, 10, 22)),
        ("two days ago", date(2016, 10, 23)),
        ("في السابع عشر من تشرين الأول", date(2016, 10, 17)),
        ("الحادي والعشرين من أكتوبر", date(2016, 10, 21)),
        ("الأول من تشرين الثاني المقبل", date(2016, 11, 1)),
        ("العاشر من أكتوبر الماضي", date(2016, 10, 10)),
        ("الخامس والعشرين من كانون الأول الماضي", date(2015, 12, 25)),
    ],
)
def test_relative_days_resolved_against_publication(text, expected):
    assert one(text, TUESDAY).single_day == expected


@pytest.mark.parametrize("text", ["قبل يومين من الاجتماع", "منذ عامين", "الفصل الأول من الكتاب", "two people",
                                  "الثاني من الشهر"])
def test_what_is_no_day(text):
    assert [w for w in find_dates(text, TUESDAY) if w.day_level] == []


def test_relative_days_kept_relative_without_publication():
    when = one("غدا الأربعاء")
    assert (when.offset, when.weekday, when.resolved) == (1, 2, False)
    when = one("on Tuesday")
    assert (when.weekday, when.resolved) == (1, False)


def test_relative_weeks():
    when = one("الأسبوع الماضي", TUESDAY)
    assert when.start <= date(2016, 10, 18) <= when.end and when.end < TUESDAY
    assert one("last week").unit == "week"


def test_a_dual_noun_is_not_monday():
    assert find_dates("البلدين الاثنين") == []


def test_tuesday_and_wednesday_conflict_even_unresolved():
    assert compare_when(one("الثلاثاء"), one("on Wednesday")) is False
    assert compare_when(one("الثلاثاء"), one("on Tuesday")) is True


def test_relative_day_agrees_with_explicit_date_once_resolved():
    yesterday = one("yesterday", date(2016, 10, 26))
    assert compare_when(yesterday, one("25 October 2016")) is True
    assert compare_when(yesterday, one("26 October 2016")) is False
    assert compare_when(one("أمس"), one("25 October 2016")) is None  # unknown without a publication date


def test_unresolved_relative_days_compare_only_within_one_article():
    today, tomorrow = one("اليوم"), one("غدا")
    assert compare_when(today, tomorrow) is None
    assert compare_when(today, tomorrow, same_source=True) is False


def test_year_mention_is_background_not_a_day():
    when = one("سيطر عليها التنظيم منتصف 2014")
    assert when.approximate and not when.day_level and when.start.year == 2014


def test_days_apart():
    assert days_apart(one("25 October 2016"), one("20 January 2016")) == 279
    assert days_apart(one("25 October 2016"), one("في كانون الثاني/يناير 2014")) > 365
    assert days_apart(one("on Tuesday"), one("25 October 2016")) is None


def test_parse_when_reads_fields_and_falls_back_to_dateparser():
    assert parse_when("الثلاثاء", TUESDAY).single_day == TUESDAY
    assert parse_when("25 Oct. 2016").single_day == TUESDAY  # not in the rules above
    assert parse_when("Oct 24th", TUESDAY).single_day == date(2016, 10, 24)
    assert parse_when("غير معروف") is None


def test_resolve_is_idempotent():
    when = resolve(one("أمس"), TUESDAY)
    assert resolve(when, date(2020, 1, 1)) == when


def test_a_resolved_copy_keeps_every_field_of_the_mention():
    """Resolving builds the copy field by field, for speed: a field added to When must be carried over."""
    from dataclasses import fields, replace

    from checker.normalise.dates import When, _spanning

    values = {"text": "x", "approximate": True, "unit": "week", "start": date(2020, 1, 1), "end": date(2020, 1, 2)}
    mention = When(**{f.name: values.get(f.name, n + 1) for n, f in enumerate(fields(When))})
    first, last = date(2021, 3, 1), date(2021, 3, 7)
    assert _spanning(mention, first, last) == replace(mention, start=first, end=last)
    assert _spanning(mention, first, last, year=2021) == replace(mention, start=first, end=last, year=2021)


@pytest.mark.parametrize(("text", "coming"), [
    ("ستنظر محكمة الاستئناف في القضية يوم 12 مايو", True),
    ("سيفتتح الفنان جولته في العاشر من مايو", True),
    ("انقلبت سيارة على الطريق يوم 12 مايو", False),
    ("قال إن السياسة تغيرت منذ سنوات", False),
])
def test_the_arabic_future_tells_of_a_coming_event(text, coming):
    from checker.normalise.arabic import tokenize
    from checker.normalise.dates import tells_of_coming

    assert tells_of_coming([t.key for t in tokenize(text)]) is coming
