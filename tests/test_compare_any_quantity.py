"""Any quantity of any happening, in both languages: counts outside the known vocabulary, percentages,
money, ages, prison terms, thousands separators, updates, and one event told in two languages."""

from datetime import date

import pytest

from checker.compare import compare
from checker.compare.values import quantities_conflict
from checker.models import Claim
from checker.normalise.numbers import find_quantities, parse_number

DAY = date(2024, 3, 5)  # a Tuesday


def said(article: str, text: str, location: str | None = None, day: str | None = None) -> Claim:
    return Claim(article=article, id=f"{article}-1", statement=text, quote=text, location=location, date=day)


def findings(*texts: str, published: dict | None = None) -> list:
    claims = [said(chr(ord("a") + n), text) for n, text in enumerate(texts)]
    return compare(claims, published or {c.article: DAY for c in claims})


def one_finding(*texts: str, published: dict | None = None):
    (finding,) = findings(*texts, published=published)
    return finding


@pytest.mark.parametrize("texts", [
    ("17 people died when two trains collided near the village of Tempe on Monday",
     "21 people died in the collision of two trains near Tempe on Monday"),
    ("لقي 19 شخصا مصرعهم في تصادم قطارين قرب مدينة طهطا يوم الاثنين",
     "أسفر تصادم القطارين قرب طهطا يوم الاثنين عن مقتل 32 شخصا"),
], ids=["english", "arabic"])
def test_a_toll_of_any_happening_is_compared(texts):
    finding = one_finding(*texts)
    assert (finding.kind, finding.severity) == ("quantity", "high")


@pytest.mark.parametrize(("texts", "values"), [
    (("Turnout in the presidential election was 61% on Sunday, the commission said",
      "Turnout in Sunday's presidential election was 48 percent, the commission said"), {"61%", "48 percent"}),
    (("قالت الهيئة إن نسبة المشاركة في الانتخابات الرئاسية بلغت 66.8% يوم الأحد",
      "قالت الهيئة إن نسبة المشاركة في الانتخابات الرئاسية يوم الأحد سجلت 45 في المئة"), {"66.8%", "45 في المئة"}),
], ids=["english", "arabic"])
def test_percentages_of_one_measure_are_compared(texts, values):
    finding = one_finding(*texts)
    assert finding.kind == "quantity" and "turnout" in finding.summary
    assert {s.value for s in finding.sides} == values


def test_inflation_of_two_months_is_no_contradiction():
    assert findings("Annual inflation eased to 3.4% in March, the statistics office said on Tuesday",
                    "Annual inflation had stood at 4.0% in January, the statistics office said on Tuesday") == []


@pytest.mark.parametrize("texts", [
    ("The company agreed on Tuesday to pay $40 million to settle the Boeing lawsuit",
     "The company will pay $14 million to settle the Boeing lawsuit, it said on Tuesday"),
    ("تستهدف خطة دبي الاقتصادية التي أعلنت الثلاثاء استثمارات أجنبية بقيمة 165 مليار درهم",
     "أعلنت الثلاثاء خطة دبي الاقتصادية التي تستهدف استثمارات أجنبية بقيمة 650 مليار درهم"),
], ids=["english", "arabic"])
def test_money_with_scale_words_is_compared(texts):
    assert one_finding(*texts).kind == "quantity"


def test_large_amounts_are_shown_by_their_thousands():
    finding = one_finding("The company agreed on Tuesday to pay $40 million to settle the Boeing lawsuit",
                          "The company will pay $14 million to settle the Boeing lawsuit, it said on Tuesday")
    assert "40,000,000" in finding.summary and "14,000,000" in finding.summary


def test_two_prices_of_two_things_are_not_compared():
    assert findings("Brent crude futures rose to $94 a barrel on Tuesday, their highest in ten months",
                    "West Texas Intermediate crude traded at $91 a barrel on Tuesday") == []


@pytest.mark.parametrize(("text", "value", "concept"), [
    ("£900,000", 900_000, "pound"), ("900 ألف جنيه استرليني", 900_000, "pound"), ("$1.2 billion", 1.2e9, "dollar"),
    ("$1,200 million", 1.2e9, "dollar"), ("€58m", 58e6, "euro"), ("85 million euros", 85e6, "euro"),
    ("165 مليار درهم", 165e9, "درهم"), ("1,250 people", 1250, "person"), ("١٬٢٥٠ شخصا", 1250, "person"),
    ("1 250 people", 1250, "person"), ("2.777.931 صوتا", 2_777_931, "vote"), ("نصف مليون شخص", 500_000, "person"),
    ("مليونين و700 ألف صوت", 2_700_000, "vote"), ("1.5 مليون دينار", 1.5e6, "دينار"),
    ("مليونا ونصف المليون دينار", 1.5e6, "دينار"), ("six and a half percent", 6.5, "percent"),
    ("٣٫٥٪", 3.5, "percent"),
])
def test_amounts_as_written_in_either_convention(text, value, concept):
    (q,) = find_quantities(text)
    assert (q.value, q.concept) == (pytest.approx(value), concept)


@pytest.mark.parametrize(("text", "value"), [
    ("The director died on Monday in Los Angeles aged 88.", 88),
    ("Friedkin died at the age of 86 at his home.", 86),
    ("The 38-year-old striker announced his retirement.", 38),
    ("توفيت الإذاعية المصرية عن عمر يناهز 92 عاماً", 92),
    ("وفاة الإذاعية المصرية عن 50 عاما", 50),
    ("مقبرة أثرية عمرها 4400 عام", 4400),
])
def test_ages_are_read_as_ages(text, value):
    (q,) = find_quantities(text)
    assert (q.value, q.concept, q.measures) == (value, "year", {"age"})


@pytest.mark.parametrize("texts", [
    ("William Friedkin, the director of The Exorcist, died on Monday in Los Angeles aged 88",
     "William Friedkin, the director of The Exorcist, died on Monday at the age of 86"),
    ("الإذاعية المصرية آمال فهمي تتوفى عن عمر يناهز 92 عاماً", "وفاة الإذاعية المصرية أمال فهمي عن 50 عاما"),
], ids=["english", "arabic"])
def test_ages_at_death_disagree(texts):
    finding = one_finding(*texts)
    assert finding.kind == "quantity" and "age" in finding.summary


@pytest.mark.parametrize("texts", [
    ("A court sentenced the former transport minister Juan Silva to 12 years in prison on Tuesday",
     "The former transport minister Juan Silva was jailed for 15 years on Tuesday"),
    ("قضت محكمة الثلاثاء بسجن رئيس الوزراء السابق عمران خان 10 سنوات في قضية الوثائق",
     "حكمت المحكمة الثلاثاء على رئيس الوزراء السابق عمران خان بالسجن أربعة عشر عاما في قضية الوثائق"),
], ids=["english", "arabic"])
def test_prison_terms_are_compared(texts):
    finding = one_finding(*texts)
    assert finding.kind == "quantity" and "prison" in finding.summary


def test_an_age_is_no_prison_term():
    age, term = find_quantities("The former minister, aged 71, was jailed for 12 years")
    assert age.measures == {"age"} and term.measures == {"prison"}


@pytest.mark.parametrize("texts", [
    ("More than 40 people died in the warehouse fire in Sitakunda on Tuesday",
     "The warehouse fire in Sitakunda killed 42 people on Tuesday"),
    ("قتل أكثر من 40 شخصا في حريق المستودع في سيتاكوندا الثلاثاء",
     "أودى حريق المستودع في سيتاكوندا الثلاثاء بحياة 42 شخصا"),
    ("The Sitakunda warehouse fire killed 12 soldiers on Tuesday",
     "The Sitakunda warehouse fire injured 30 people on Tuesday"),
    ("The Sitakunda warehouse fire killed 12 soldiers on Tuesday",
     "The Sitakunda warehouse fire killed 30 civilians on Tuesday"),
    ("The court in Paris convicted eight of the 11 defendants on Friday",
     "Three defendants were acquitted by the court in Paris on Friday"),
], ids=["more than 40 vs 42", "أكثر من 40 و42", "killed vs injured", "soldiers vs civilians", "part vs total"])
def test_counts_that_can_both_be_true_agree(texts):
    assert findings(*texts) == []


def test_floors_far_apart_disagree():
    finding = one_finding("أكثر من 22 مليون مشاهدة لإعادة تصوير أغنية هندية رغم الهجوم النقدي عليها",
                          "أكثر من 500 مليون مشاهدة لإعادة تصوير أغنية هندية رغم الهجوم النقدي عليها")
    assert (finding.kind, finding.severity) == ("quantity", "medium")


@pytest.mark.parametrize("texts", [
    ("820 people were killed when the earthquake struck Al Haouz province on Friday",
     "The death toll from Friday's earthquake in Al Haouz province has risen to 2,012"),
    ("قتل 12 شخصا في انفجار مصنع الكيماويات في مدينة العاشر من رمضان يوم الجمعة",
     "ارتفعت حصيلة قتلى انفجار مصنع الكيماويات في مدينة العاشر من رمضان يوم الجمعة إلى 45 قتيلا"),
], ids=["english", "arabic"])
def test_a_later_count_that_rose_is_an_update(texts):
    published = {"a": date(2023, 9, 9), "b": date(2023, 9, 11)}
    finding = one_finding(*texts, published=published)
    assert (finding.kind, finding.severity) == ("quantity", "low")
    assert finding.summary.startswith("Updated count")


def test_a_count_rose_to_on_the_same_day_is_still_a_contradiction():
    finding = one_finding("The death toll from the chemical plant blast in Tianjin rose to 45 on Friday",
                          "The chemical plant blast in Tianjin killed 112 people on Friday")
    assert finding.severity == "high"


def test_an_update_lower_than_the_other_count_is_no_update():
    published = {"a": date(2023, 9, 9), "b": date(2023, 9, 11)}
    finding = one_finding("The chemical plant blast in Tianjin on Friday killed 112 people",
                          "The death toll from Friday's chemical plant blast in Tianjin has risen to 45",
                          published=published)
    assert finding.severity == "high"


def test_one_event_told_in_two_languages():
    claims = [said("a", "A fire in a hospital in Paris killed 12 people on Monday", "Paris", "Monday"),
              said("b", "لقي 15 شخصا حتفهم في حريق بمستشفى في باريس يوم الاثنين", "باريس", "الاثنين")]
    (finding,) = compare(claims, {"a": DAY, "b": DAY})
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert {s.article: s.value for s in finding.sides} == {"a": "killed 12 people", "b": "لقي 15 شخصا"}


def test_numbers_in_names_are_not_counts():
    assert [q.value for q in find_quantities("A Yeti Airlines ATR 72 crashed with 68 people on board")] == [68]
    assert find_quantities("روسيا تسلم منظومة اس-300 إلى سوريا") == []


def test_a_floor_far_below_a_later_count_that_rose_is_an_update():
    published = {"a": date(2023, 9, 9), "b": date(2023, 9, 11)}
    finding = one_finding("At least 820 people were killed when the earthquake struck Al Haouz province on Friday",
                          "The death toll from Friday's earthquake in Al Haouz province has risen to 2,012",
                          published=published)
    assert finding.severity == "low" and finding.summary.startswith("Updated count")


@pytest.mark.parametrize(("floor", "count", "found"), [("at least 17", "21", False), ("at least 17", "40", True),
                                                        ("أكثر من 17", "21", False), ("أكثر من 17", "40", True)])
def test_a_floor_reaches_twice_itself(floor, count, found):
    (a,), (b,) = find_quantities(f"{floor} people were killed"), find_quantities(f"{count} people were killed")
    assert quantities_conflict(a, b) is found


def test_more_than_is_a_floor_with_no_ceiling():
    number = parse_number("more than 40")
    assert (number.qualifier, number.low) == ("at_least", 40)


@pytest.mark.parametrize("texts", [
    ("A fire at the Sitakunda container depot killed 12 people on Saturday, fire officials said",
     "The blaze at the Sitakunda container depot on Saturday left 19 dead, the district administrator said"),
    ("أودى حريق مستودع الحاويات في سيتاكوندا السبت بحياة 12 شخصا، وفق الدفاع المدني",
     "قال مسؤول محلي إن 19 شخصا قتلوا في حريق مستودع الحاويات في سيتاكوندا يوم السبت"),
], ids=["english", "arabic"])
def test_reports_of_a_happening_in_a_place_no_table_knows_meet_by_their_rare_words(texts):
    finding = one_finding(*texts)
    assert (finding.kind, finding.severity) == ("quantity", "high")


def test_the_same_rare_words_on_days_far_apart_are_two_events():
    published = {"a": date(2023, 6, 5), "b": date(2023, 8, 20)}
    assert findings("A fire at the Sitakunda container depot killed 12 people on Saturday",
                    "A fire at the Sitakunda container depot killed 19 people on Saturday", published=published) == []


def test_what_befell_them_may_come_after_where_they_were():
    (q,) = find_quantities("All 72 people on board were killed when the plane crashed while landing")
    assert (q.value, q.status) == (72, "killed")


@pytest.mark.parametrize(("text", "status"), [
    ("The number of protesters detained since Saturday has risen to 300, the rights group said", "arrested"),
    ("The death toll from the earthquake has risen to 2,012", "killed"),
    ("بلغ عدد القتلى في الاحتجاجات 44", "killed"),
    ("Bread prices rose to 300 after 12 people were killed", None),
])
def test_a_count_with_no_noun_is_of_the_subject_that_rose(text, status):
    bare = [q for q in find_quantities(text) if not q.noun]
    assert [q.status for q in bare] == ([status] if status else [])


def test_only_the_amount_that_rose_is_updated():
    rose, killed = find_quantities("Bread prices rose to 300 pounds after 12 people were killed")
    assert rose.update and not killed.update


@pytest.mark.parametrize(("text", "value"), [("مليارا دولار لمصر", 2e9), ("2 مليار دولار", 2e9), ("11 مليارا دولار", 11e9),
                                             ("مليونا ونصف المليون دينار", 1.5e6)])
def test_a_scale_word_alone_in_construct_is_two(text, value):
    assert find_quantities(text)[0].value == value


def test_an_amount_of_a_past_year_is_not_compared_with_one_of_no_year():
    now, lost, then = find_quantities("لم يحصل الحزب سوى على 13 مقعدا. وخسر الحزب 112 مقعدا مقارنة بانتخابات 2016 "
                                      "التي فاز فيها بـ125 مقعدا")
    assert not quantities_conflict(now, then) and not quantities_conflict(now, lost)
