"""Numbers as written and the quantities of a text: value, what is counted, span as written."""

import math

import pytest

from checker.normalise.numbers import find_quantities, parse_number, to_ascii_digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13", 13), ("١٣", 13), ("۱۳", 13), ("1,200", 1200), ("39.9", 39.9), ("٣٩٫٩", 39.9),
        ("سبع", 7), ("السبع", 7), ("سبعة", 7), ("ثلاث عشرة", 13), ("ثلاثة عشر", 13), ("أحد عشر", 11),
        ("إحدى عشرة", 11), ("اثنا عشر", 12), ("عشرون", 20), ("خمسة وعشرون", 25), ("مئة", 100), ("مائة", 100),
        ("ثلاثمئة", 300), ("ثلاثة آلاف", 3000), ("2.5 مليون", 2_500_000),
        ("thirteen", 13), ("twenty-five", 25), ("one hundred and five", 105), ("a dozen", 12),
        ("two dozen", 24), ("three dozen", 36), ("twelve", 12), ("3 thousand", 3000),
    ],
)
def test_parse_number_values(text, value):
    number = parse_number(text)
    assert number is not None and number.value == pytest.approx(value) and number.exact


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("نحو 300", "approx", 250, 350),
        ("about 300", "approx", 250, 350),
        ("حوالي ٣٠٠", "approx", 250, 350),
        ("أكثر من 40", "at_least", 40, math.inf),
        ("more than 40", "at_least", 40, math.inf),
        ("at least 40", "at_least", 40, math.inf),
        ("less than 40", "at_most", 0, 40),
        ("عشرات", "vague", 20, 99),
        ("dozens", "vague", 20, 99),
        ("مئات", "vague", 200, 999),
        ("thousands", "vague", 2000, 999_999),
    ],
)
def test_parse_number_approximate_and_vague(text, qualifier, low, high):
    number = parse_number(text)
    assert number is not None
    assert (number.qualifier, number.low, number.high) == (qualifier, pytest.approx(low), high)


def test_parse_number_none_without_a_number():
    assert parse_number("قال الوزير") is None
    assert parse_number("the minister said") is None


def test_to_ascii_digits():
    assert to_ascii_digits("٢٠١٦-١٠-٢٥") == "2016-10-25"


def only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_countries_in_a_frame_of_ministers_count_ministers():
    q = only("عقب اجتماع في العاصمة الفرنسية باريس لوزراء دفاع 11 دولة من التحالف")
    assert (q.value, q.noun, q.concept, q.thing) == (11, "دولة", "country", "minister")
    assert q.frame == "لوزراء دفاع" and q.modifiers == {"defence"}
    assert q.text == "لوزراء دفاع 11 دولة"


def test_count_of_ministers_with_portfolio():
    q = only("وترأس الوزيران في باريس اجتماعا ضم 13 وزير دفاع يمثلون أبرز دول التحالف")
    assert (q.value, q.noun, q.thing, q.frame) == (13, "وزير دفاع", "minister", None)
    assert q.modifiers == {"defence"}


def test_definite_number_after_its_noun():
    q = only("اجتماعا لوزراء دفاع الدول السبع التي تحارب التنظيم")
    assert (q.value, q.noun, q.concept, q.thing) == (7, "الدول", "country", "minister")


def test_number_words_count_in_arabic_and_english():
    assert only("ضم الوفد ثلاث عشرة دولة").value == 13
    assert only("ministers of thirteen countries").thing == "minister"
    assert only("the seven countries").concept == "country"


def test_killed_and_wounded_are_different_things():
    killed, wounded = find_quantities("قتل 12 شخصا وأصيب 30 آخرون في انفجار")
    assert (killed.value, killed.status) == (12, "killed")
    assert (wounded.value, wounded.status) == (30, "wounded")
    english = find_quantities("The attack killed 5 soldiers and wounded 12 civilians")
    assert [(q.value, q.thing, q.status) for q in english] == [(5, "soldier", "killed"), (12, "civilian", "wounded")]
    assert only("13 people were killed").status == "killed"
    assert only("أسفر الانفجار عن 20 جريحا").status == "wounded"


@pytest.mark.parametrize(("text", "tolls"), [
    ("مقتل 12 وإصابة 30", [(12, "killed"), (30, "wounded")]),
    ("أسفر الهجوم عن مقتل 12 وإصابة 30 آخرين", [(12, "killed"), (30, "wounded")]),
    ("The blast went off, killing 12 and wounding 30", [(12, "killed"), (30, "wounded")]),
    ("Gunmen killed 15", [(15, "killed")]),
    ("أعلنت الوزارة وفاة 12 وإصابة 3", [(12, "killed"), (3, "wounded")]),  # وفاة begins with و, not with "and"
])
def test_a_toll_whose_people_go_without_saying(text, tolls):
    # Once read as nothing (no noun), or "12 وإصابة" as 12 wounded.
    assert [(q.value, q.status, q.concept) for q in find_quantities(text)] == [(v, s, "person") for v, s in tolls]


def test_a_toll_that_rose_to_a_count_is_of_its_killed_or_wounded():
    assert (only("ارتفعت حصيلة القتلى إلى 45 شخصا").value, only("ارتفعت حصيلة القتلى إلى 45 شخصا").status) == (45, "killed")
    assert only("ارتفعت حصيلة الجرحى إلى 30 شخصا").status == "wounded"
    assert (only("وصل الوفد إلى 3 مدن").concept, only("وصل الوفد إلى 3 مدن").frame) == ("city", None)


@pytest.mark.parametrize("text", ["استشهد 20 فلسطينيا", "وأعلنت الوزارة استشهاد 20 شخصا", "ارتقى 20 شهيدا",
                                  "20 martyrs", "20 Palestinians were martyred"])
def test_the_martyred_are_the_killed(text):
    # How many outlets tell of the killed: their count is compared with "قتل 22 فلسطينيا".
    assert (only(text).value, only(text).status) == (20, "killed")


def test_years_dates_and_times_are_not_quantities():
    assert find_quantities("منذ حزيران/يونيو 2014") == []
    assert find_quantities("انطلقت في 24 أغسطس/آب الماضي") == []
    assert find_quantities("تحديث: 18:07 تغ") == []
    assert find_quantities("2016-10-25 00:00:00") == []
    assert find_quantities("in 2014, on October 25") == []
    assert find_quantities("اليوم الاثنين") == []


def test_approximate_and_vague_quantities_keep_their_range():
    q = only("وهناك نحو 300 فرنسي يقاتلون في صفوف داعش")
    assert (q.qualifier, q.text) == ("approx", "نحو 300 فرنسي")
    q = only("أرسلوا عشرات الجنود من القوات الخاصة")
    assert (q.qualifier, q.thing, q.low, q.high) == ("vague", "soldier", 20, 99)
    assert only("dozens of soldiers").thing == "soldier"


def test_one_of_is_not_a_count():
    assert find_quantities("one of the ministers said") == []


@pytest.mark.parametrize("text", ["The court convicted eight of the 11 defendants on Friday",
                                  "أدانت المحكمة ثمانية من أصل 11 متهما"])
def test_the_whole_a_told_part_belongs_to_is_no_count(text):
    assert [q.value for q in find_quantities(text)] == []


@pytest.mark.parametrize(("text", "thing", "status"), [
    ("Twenty-eight miners lost their lives in Friday's blast", "miner", "killed"),
    ("twenty miners died in the blast", "miner", "killed"),
    ("3,000 workers laid off by the carmaker", "worker", None),
    ("12 firefighters injured in the blaze", "firefighter", "wounded"),
    ("2,150 new coronavirus cases in the past day", "case", None),
    ("213 cholera deaths", "person", "killed"),
])
def test_an_english_count_is_of_its_noun_not_of_the_verb_after(text, thing, status):
    (q, *_) = find_quantities(text)
    assert (q.thing, q.status) == (thing, status)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("about 300 people", 250, 350),
    ("نحو 8.6 ملايين حاوية", 8.6e6 * 0.95, 8.6e6 * 1.05),  # told to a tenth of a million: 5% at least
    ("around 2,000 protesters", 1600, 2400),  # half a thousand is more than 20%: 20% at most
    ("قرابة 670 شخصا", 670 * 0.95, 670 * 1.05),
])
def test_an_approximate_amount_is_as_loose_as_its_rounding(text, low, high):
    (q, *_) = find_quantities(text)
    assert (q.qualifier, q.low, q.high) == ("approx", pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "thing", "status"), [
    ("اعتقلت الشرطة 58 متظاهرا في إسطنبول", "protester", "arrested"),
    ("قتلت قوات الأمن 12 شخصا", "person", "killed"),
    ("Police detained 85 protesters in Istanbul", "protester", "arrested"),
    ("وصلت الشرطة 58 متظاهرا", "protester", None),  # no verb of what befell them before the subject
    # Other forms of a verb the table gives two forms of: أوقف and توقيف vouch for أوقفت and يوقف.
    ("أوقفت الشرطة 27 شخصا في طنجة", "person", "arrested"),
    ("الدرك أوقف ٢٧ مشتبها فيهم", "person", "arrested"),
    ("يعتقل الأمن 12 شخصا كل أسبوع", "person", "arrested"),
    ("أصيبت 5 نساء في الحادث", "woman", "wounded"),
    ("وقفت الشرطة 58 متظاهرا", "protester", None),  # a word of no family the table vouches for
    # Suspects are people: "17 people arrested" and "27 suspects arrested" count one thing.
    ("Police arrested 27 suspects in Tangier", "person", "arrested"),
])
def test_what_befell_them_told_by_a_verb_before_its_subject(text, thing, status):
    (q, *_) = find_quantities(text)
    assert (q.thing, q.status) == (thing, status)


@pytest.mark.parametrize(("text", "status"), [("سجلت الوزارة 240 حالة إصابة بالحصبة", "wounded"),
                                              ("سجلت 12 حالة وفاة", "killed")])
def test_cases_of_what_befell_them_are_those_it_befell(text, status):
    (q, *_) = find_quantities(text)
    assert (q.thing, q.status) == ("person", status)
