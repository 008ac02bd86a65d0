"""Any text in, no exception out: the normalisers run on whatever a model or a page gives them."""

import re
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.compare.facts import read_text
from checker.normalise.arabic import TOKEN, fold, tokenize
from checker.normalise.dates import find_dates, parse_when
from checker.normalise.names import find_persons, name_tokens, parse_role, same_person, split_speaker
from checker.normalise.numbers import find_quantities, parse_number
from checker.normalise.places import find_places

# Words the rules react to, so that generated text reaches deep into them, mixed with anything at all.
WORDS = (
    "وزير الدفاع الفرنسي جان إيف لو دريان نظيره الأمريكي كارتر اليوم أمس غدا الثلاثاء الأربعاء الاثنين "
    "حزيران/يونيو كانون الثاني 24 أغسطس/آب 2014 ١٣ ۱۳ 13 11 دولة وزراء دفاع الدول السبع ثلاث عشرة أحد عشر "
    "نحو عشرات مئة آلاف قتيلا جريحا مقتل إصابة في بباريس العاصمة الفرنسية بروكسل و ، : “ ” « » \" - / "
    "French Defence Minister Jean-Yves Le Drian his counterpart U.S. Secretary of State killed wounded "
    "thirteen dozens about more than at least on Tuesday yesterday October 25, 2016 in the capital"
).split()
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=30).map(" ".join)
anything = st.one_of(st.text(max_size=200), mixed)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(anything)
def test_fold_never_fails_and_is_idempotent(text):
    folded = fold(text)
    assert fold(folded) == folded


@fast
@given(anything)
def test_tokens_are_spans_of_the_text(text):
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


MARKS = r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"  # and tatweel


# Words with what may come between them: spaces of every kind, several at once, punctuation.
spaced = st.lists(st.tuples(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)),
                            st.sampled_from(["", " ", "  ", "\n", "\t", "\xa0", ", ", " :", '"', "و", "-", " ۖ ", "ۚ", " ـ "])),
                  max_size=20).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@fast
@given(st.one_of(anything, spaced))
def test_tokens_are_the_words_and_numbers_of_the_text_read_in_one_pass(text):
    # The definition, read off the whole text at once: each run of word characters, cut into letters
    # and numbers, unless it is only marks or tatweel (it folds to nothing); a boundary where anything
    # but whitespace, marks and tatweel comes before a token, and at the first.
    expected, previous_end = [], None
    for run in re.finditer(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]+(?:[.,٫٬]\d+)*", text):
        written = run.group()
        mixed = re.search(r"\d.*[^\W\d]|[^\W\d].*\d|_", written)
        for offset, word in [(m.start(), m.group()) for m in TOKEN.finditer(written)] if mixed else [(0, written)]:
            if not fold(word):
                continue
            start = run.start() + offset
            gap = "first" if previous_end is None else re.sub(MARKS, "", text[previous_end:start])
            expected.append((word, fold(word), start, start + len(word), gap != "" and not gap.isspace()))
            previous_end = start + len(word)
    assert [tuple(token) for token in tokenize(text)] == expected


@fast
@given(anything)
@example("ۖ")  # a mark alone: once a token with an empty key, and a crash
@example("⓵ ² قتيلا")
def test_quantities_never_fail_and_point_into_the_text(text):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.low <= q.value <= q.high or q.qualifier in ("at_least", "at_most", "vague")
    parse_number(text)


@fast
@given(anything, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
@example("⓵", None)  # a digit to str.isdigit, not to int(): once a crash
@example("يوم ⓵ أغسطس ², 2016", date(2016, 8, 1))
def test_dates_never_fail(text, published):
    for when in find_dates(text, published):
        assert when.text
        if when.resolved:
            assert when.start <= when.end


@fast
@given(anything)
def test_date_fields_never_fail(text):
    parse_when(text[:60])


@fast
@given(anything)
def test_places_and_people_never_fail(text):
    for mention in find_places(text):
        assert text[mention.start : mention.end] == mention.text
    for person in find_persons(text):
        assert text[person.start : person.end] == person.name
    parse_role(text)
    split_speaker(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
def test_a_claims_reading_says_what_each_finder_says(text, published):
    # read_text looks up where every finder can begin once a word and runs only those that can.
    reading = read_text(text, published)
    assert reading.places == find_places(text)
    assert reading.persons == find_persons(text)
    assert reading.quantities == tuple(find_quantities(text))
    days = [w for w in find_dates(text, published) if w.day_level and w.direction >= 0]
    assert reading.day == (days[0] if days else None)
    assert read_text(text, published, counted=False).quantities is None


@fast
@given(anything, anything)
def test_name_comparison_never_fails_and_is_symmetric(a, b):
    name_tokens(a)
    assert same_person(a, b) == same_person(b, a)


def _fold_as_before(text):
    """`fold` as first written, with pyarabic and a character loop: the one-table version must agree."""
    import re
    import unicodedata

    from pyarabic import araby

    from checker.normalise.arabic import _DIGITS, _LETTERS, _MARKS

    text = araby.strip_tatweel(araby.strip_tashkeel(text))
    text = _MARKS.sub("", text).translate(_LETTERS).translate(_DIGITS)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        text = text.translate(_LETTERS)
    return re.sub(r"\s+", " ", text.casefold()).strip()


# Arabic letters and their variants, every mark the folding drops, tatweel, Arabic-Indic and Persian
# digits, accented and decomposed Latin, ligatures and presentation forms, quote marks, odd spaces.
FOLDED_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
    st.characters(min_codepoint=0x00C0, max_codepoint=0x024F),
    st.sampled_from(list("\"'“”„‟«»‹›‘’‚‛`´″ \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000ـﷲﻻ½ﬁẞİ")),
    st.characters(),
)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(FOLDED_ALPHABET, max_size=40), mixed))
def test_fold_in_one_table_folds_as_before(text):
    assert fold(text) == _fold_as_before(text)


@fast
@given(st.lists(st.sampled_from(WORDS + ["ۖ", "ۗ", "ۚ", "ـ", "ـۖ"]), max_size=25).map(" ".join),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))))
def test_a_quranic_pause_mark_between_words_is_no_word_and_breaks_nothing(text, published):
    # Verses quoted in an article carry marks standing alone between words ("ۖ", U+06D6): they fold to
    # nothing, and a token with an empty key once crashed the whole comparison.
    assert all(token.key for token in tokenize(text))
    read_text(text, published)
    parse_number(text)


def test_a_stray_mark_inside_a_count_or_a_name():
    assert [q.text for q in find_quantities("قتل 12 ۖ شخصا في بغداد")] == ["قتل 12 ۖ شخصا"]
    assert read_text("قال وزير الخارجية الفرنسي جان ۖ إيف لودريان إن 11 دولة شاركت", None).quantities
    assert parse_number("ۖ") is None


def test_a_stray_mark_or_tatweel_does_not_cut_a_name():
    for gap in (" ۖ ", " ـ "):
        names = [p.name for p in find_persons(f"قال وزير الخارجية الفرنسي جان{gap}إيف لودريان إن 11 دولة شاركت")]
        assert names == [f"جان{gap}إيف لودريان"]
        assert same_person(names[0], "جان إيف لودريان")
    assert [p.name for p in find_persons("قال وزير الخارجية الفرنسي جان، إيف لودريان")] == ["جان"]  # a comma parts them
