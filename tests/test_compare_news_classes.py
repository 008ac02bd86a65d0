"""Classes of news the blind case set showed the rules missing or misreading, each in both languages,
in sentences of their own: two people who share a family name, ..."""

from datetime import date

import pytest

from checker.compare import compare
from checker.models import Claim
from checker.normalise.numbers import find_quantities

DAY = date(2025, 3, 6)  # a Thursday


def findings(*claims: dict, published: date = DAY) -> list:
    made = [Claim(article=chr(ord("a") + n), id=f"{n}", **c) for n, c in enumerate(claims)]
    return compare(made, {c.article: published for c in made})


def said(found: list) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in found]


# --- two people who share a family name are two people ----------------------------------------------

def test_a_family_name_two_people_share_is_no_shared_wording():
    assert findings(
        dict(speaker="Kadri Tamm", speaker_role="director of the Tartu city library",
             statement="The Tartu library lent a record 410,000 books",
             quote="The city library in Tartu lent a record 410,000 books, its director Kadri Tamm said.",
             location="Tartu"),
        dict(speaker="Jaan Tamm", speaker_role="organiser",
             statement="Some 3,000 books were sold at the Tartu fair",
             quote="Some 3,000 books changed hands at the city's second-hand fair in Tartu on Wednesday, "
                   "organiser Jaan Tamm said.", location="Tartu")) == []


def test_two_arabic_names_that_sound_alike_are_two_people():
    # أحمد and محمود have the same consonants once their weak letters go; in one script a name is
    # told as written.
    assert findings(
        dict(speaker="أحمد الشريف", speaker_role="مدير مستشفى طنطا الجامعي", statement="المستشفى يضم 1200 ممرض",
             quote="قال مدير مستشفى طنطا الجامعي أحمد الشريف إن المستشفى بات يضم 1200 ممرض بعد افتتاح الجناح الجديد.",
             location="طنطا"),
        dict(speaker="محمود الشريف", speaker_role="نقيب التمريض", statement="نحو 300 ممرض تظاهروا في طنطا",
             quote="تظاهر نحو 300 ممرض في طنطا يوم الأربعاء للمطالبة بزيادة الأجور، بحسب نقيب التمريض محمود الشريف.",
             location="طنطا")) == []


def test_one_person_named_again_by_the_family_name_still_joins():
    found = findings(
        dict(speaker="Kadri Tamm", speaker_role="director of the Tartu city library",
             statement="The Tartu library lent 410,000 books",
             quote="The city library in Tartu lent 410,000 books in 2024, its director Kadri Tamm said on Wednesday.",
             location="Tartu"),
        dict(speaker="Tamm", statement="The library lent 380,000 books",
             quote="The city library in Tartu lent 380,000 books in 2024, Tamm told reporters on Wednesday.",
             location="Tartu"))
    assert said(found) == [("quantity", "high")]


# --- a floor told by a verb of exceeding, its subject between it and the amount ----------------------

@pytest.mark.parametrize(("text", "qualifier"), [
    ("يتوقع أن تتجاوز صادرات القمح هذا الموسم 2.5 مليون طن", "at_least"),
    ("Wheat exports are expected to exceed 2.5 million tonnes this season", "at_least"),
    ("لم تتجاوز نسبة الإقبال على التصويت في المدينة 30%", "at_most"),
    ("تجاوزت المبيعات العام الماضي بنسبة 20%", "exact"),  # what it is exceeded by: no floor
    ("Sales exceeded last year's by 20 percent", "exact"),
    ("The hosts topped the medal table with 40 golds", "exact"),  # an English verb's object follows it
], ids=["arabic", "english", "arabic-negated", "arabic-by", "english-by", "english-with"])
def test_a_verb_of_exceeding_before_its_subject_puts_a_floor(text, qualifier):
    (amount,) = find_quantities(text)
    assert amount.qualifier == qualifier


@pytest.mark.parametrize("texts", [
    ("توقعت وزارة الزراعة أن يتجاوز إنتاج الأردن من القمح هذا العام 120 ألف طن",
     "قال مدير عام وزارة الزراعة إن إنتاج الأردن من القمح هذا العام يقدر بنحو 125 ألف طن"),
    ("The farm ministry expects Jordan's wheat output this year to exceed 120,000 tonnes",
     "Jordan's wheat output this year is estimated at 125,000 tonnes, the farm ministry's director said"),
], ids=["arabic", "english"])
def test_a_forecast_floor_agrees_with_a_figure_above_it(texts):
    assert findings(*[dict(statement=t, quote=t) for t in texts]) == []


# --- the prices of two things are two amounts ---------------------------------------------------------

@pytest.mark.parametrize("texts", [
    ("قررت وزارة الطاقة الأردنية رفع سعر لتر الكاز إلى 620 فلسا اعتبارا من يوم الخميس",
     "رفعت وزارة الطاقة الأردنية سعر لتر البنزين أوكتان 90 إلى 905 فلسات اعتبارا من يوم الخميس"),
    ("Kerosene prices in Jordan rose to 620 fils a litre on Thursday, the energy ministry said",
     "The price of 90-octane petrol rose to 905 fils a litre in Jordan on Thursday, the energy ministry said"),
], ids=["arabic", "english"])
def test_the_prices_of_two_things_are_not_compared(texts):
    assert findings(*[dict(statement=t, quote=t) for t in texts]) == []


@pytest.mark.parametrize("texts", [
    ("قررت وزارة الطاقة الأردنية رفع سعر لتر الكاز إلى 620 فلسا اعتبارا من يوم الخميس",
     "رفعت وزارة الطاقة الأردنية سعر الكاز إلى 640 فلسا للتر اعتبارا من يوم الخميس"),
    ("Kerosene prices in Jordan rose to 620 fils a litre on Thursday, the energy ministry said",
     "The price of a litre of kerosene in Jordan rose to 640 fils on Thursday, the energy ministry said"),
], ids=["arabic", "english"])
def test_two_prices_of_one_thing_are_compared(texts):
    assert said(findings(*[dict(statement=t, quote=t) for t in texts])) == [("quantity", "high")]
