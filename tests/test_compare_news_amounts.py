"""Amounts whose words differ between two reports of one event: a turnout told as a share of the
registered voters, an audience told as viewers or as people who watched, a crowd told as "the number
of protesters", and a span of time told as what lasts it. In both languages, and with their limits:
what is not the same thing is not compared."""

from datetime import date

import pytest

from checker.compare import compare
from checker.models import Claim
from checker.normalise.numbers import find_quantities

DAY = date(2024, 7, 5)  # a Friday


def findings(*texts: str) -> list:
    claims = [Claim(article=chr(ord("a") + n), id=f"{n}", statement=text, quote=text) for n, text in enumerate(texts)]
    return compare(claims, {c.article: DAY for c in claims})


def one_finding(*texts: str):
    (finding,) = findings(*texts)
    return finding


@pytest.mark.parametrize("texts", [
    ("Turnout in Thursday's general election was 61%, the electoral commission said",
     "Only 48 percent of registered voters cast a ballot in Thursday's general election, the commission said"),
    ("قالت الهيئة إن نسبة المشاركة في الاستفتاء على الدستور يوم الخميس بلغت 30.5%",
     "قالت الهيئة إن 27.5 في المائة من الناخبين المسجلين صوتوا في الاستفتاء على الدستور يوم الخميس"),
], ids=["english", "arabic"])
def test_a_share_of_the_registered_voters_is_a_turnout(texts):
    finding = one_finding(*texts)
    assert (finding.kind, finding.severity) == ("quantity", "high") and "turnout" in finding.summary


def test_a_share_of_the_vote_is_no_turnout():
    (share,) = find_quantities("The party won 33 percent of the vote in Sunday's first round")
    assert "turnout" not in share.measures


@pytest.mark.parametrize(("texts", "status"), [
    (("Sunday's Super Bowl drew an average of 123.7 million viewers, CBS said",
      "An average of 113 million people watched Sunday's Super Bowl, according to CBS"), "watched"),
    (("تابع نهائي كأس العالم مساء الخميس 26 مليون مشاهد",
      "شاهد 19 مليون شخص نهائي كأس العالم مساء الخميس"), "watched"),
], ids=["english", "arabic"])
def test_viewers_are_people_who_watched(texts, status):
    assert [q.status for text in texts for q in find_quantities(text)] == [status, status]
    assert one_finding(*texts).kind == "quantity"


def test_viewers_are_not_compared_with_the_people_killed():
    assert findings("An average of 113 million people watched the final on Thursday in Lusail",
                    "The stampede at the final on Thursday in Lusail killed 12 people") == []


@pytest.mark.parametrize(("text", "concept"), [
    ("Police put the number of protesters at 50,000 on Saturday", "protester"),
    ("قدرت الشرطة عدد المتظاهرين في تل أبيب بنحو 50 ألف شخص", "protester"),  # one concept in both languages
])
def test_the_number_of_something_counts_it(text, concept):
    (q,) = find_quantities(text)
    assert (q.value, q.concept) == (50_000, concept)


@pytest.mark.parametrize("texts", [
    ("Organisers said 200,000 protesters marched in Tel Aviv on Saturday evening",
     "Police put the number of protesters in Tel Aviv on Saturday evening at 50,000 people"),
    ("قال منظمو الاحتجاج إن 200 ألف متظاهر خرجوا مساء السبت في تل أبيب",
     "قدرت الشرطة عدد المتظاهرين في تل أبيب مساء السبت بنحو 50 ألف شخص"),
], ids=["english", "arabic"])
def test_two_estimates_of_a_crowd_disagree(texts):
    finding = one_finding(*texts)
    assert finding.kind == "quantity" and {s.article for s in finding.sides} == {"a", "b"}


def test_the_number_of_the_dead_is_a_toll():
    (q,) = find_quantities("قالت الوزارة إن عدد القتلى في الحريق بلغ 40 شخصا")
    assert (q.concept, q.status) == ("person", "killed")


@pytest.mark.parametrize(("text", "lasting"), [
    ("Germany's train drivers have called a 24-hour strike starting on Wednesday", "strike"),
    ("The union said the rail strike would last 48 hours", "strike"),
    ("أعلنت النقابة إضرابا لمدة 48 ساعة", "اضراب"),
    ("قالت النقابة إن الإضراب سيستمر 72 ساعة", "اضراب"),
    # The subject, not the place a preposition adds to it: "the blackout in central Lyon lasted".
    ("The blackout in central Lyon lasted eleven hours", "blackout"),
    ("The meeting at the ministry in Rabat lasted three hours", "meeting"),
    ("Shops lost a day of trade during the 14-hour power outage", "blackout"),
])
def test_a_span_of_time_measures_what_lasts_it(text, lasting):
    (q,) = find_quantities(text)
    assert q.measures == {lasting}


@pytest.mark.parametrize("texts", [
    ("The train drivers' union said the rail strike would last 48 hours from Wednesday",
     "Germany's train drivers have called a 24-hour strike starting on Wednesday"),
    ("قالت نقابة سائقي القطارات إن الإضراب سيستمر 48 ساعة اعتبارا من الأربعاء",
     "دعت نقابة سائقي القطارات إلى إضراب لمدة 24 ساعة يبدأ الأربعاء"),
], ids=["english", "arabic"])
def test_two_lengths_of_one_strike_disagree(texts):
    finding = one_finding(*texts)
    assert finding.kind == "quantity" and "strike" in finding.summary or "اضراب" in finding.summary


def test_the_lengths_of_two_things_are_not_compared():
    assert findings("Train drivers called a 24-hour strike starting on Wednesday in Berlin",
                    "A 48-hour curfew starts on Wednesday in Berlin, train drivers were told") == []


@pytest.mark.parametrize(("text", "measure"), [
    ("The new trains run at 300 kilometres per hour", "speed"),
    ("The train reaches 250 km/h", "speed"),
    ("تصل سرعة القطار إلى 250 كيلومترا في الساعة", "speed"),
    ("يسير القطار بسرعة 250 كم/ساعة", "speed"),
    ("Drivers are paid 20 dollars an hour", "per hour"),
])
def test_an_amount_for_each_hour_is_a_rate(text, measure):
    (q,) = find_quantities(text)
    assert q.measures == {measure}


@pytest.mark.parametrize("texts", [
    ("The new high-speed line opened on Friday between Cairo and Alexandria runs at 250 kilometres per hour",
     "The new high-speed line opened on Friday between Cairo and Alexandria is 660 kilometres long"),
    ("افتتح الجمعة خط القطار السريع بين القاهرة والإسكندرية وتصل سرعته إلى 250 كيلومترا في الساعة",
     "افتتح الجمعة خط القطار السريع بين القاهرة والإسكندرية بطول 660 كيلومترا"),
], ids=["english", "arabic"])
def test_a_speed_is_no_length(texts):
    assert findings(*texts) == []


@pytest.mark.parametrize(("text", "status"), [
    ("Eight migrants drowned off Sfax on Sunday", "killed"),
    ("غرق 8 مهاجرين قبالة صفاقس الأحد", "killed"),
    ("فقدان 30 مهاجرا قبالة صفاقس الأحد", "missing"),
    ("قضت المحكمة بإعدام 5 متهمين", "condemned"),
])
def test_what_befell_them(text, status):
    (q,) = find_quantities(text)
    assert q.status == status


@pytest.mark.parametrize("texts", [
    ("Eight migrants drowned when their boat capsized off Sfax on Sunday",
     "Thirty migrants are missing after their boat capsized off Sfax on Sunday"),
    ("غرق 8 مهاجرين إثر انقلاب قاربهم قبالة صفاقس الأحد", "فقدان 30 مهاجرا إثر انقلاب قاربهم قبالة صفاقس الأحد"),
], ids=["english", "arabic"])
def test_the_drowned_are_not_the_missing(texts):
    assert findings(*texts) == []


def test_those_sentenced_to_death_are_not_those_sent_to_prison():
    assert findings("قضت محكمة الجنايات الخميس بإعدام 5 متهمين في قضية اغتيال الناشط",
                    "قضت محكمة الجنايات الخميس بالسجن المؤبد على 12 متهما في قضية اغتيال الناشط") == []


@pytest.mark.parametrize("text", ["أرباح الشركة 121 مليار دولار في عام 2023", "The company made $121 billion in a year",
                                  "وصل الوفد 3 أشخاص في اليوم التالي"])
def test_an_amount_in_a_year_is_no_rate(text):
    assert all(m != "speed" and not m.startswith("per ") for q in find_quantities(text) for m in q.measures)


@pytest.mark.parametrize("text", ["قالت الوزارة إن عدد الوفيات في الحريق وصل 40 شخصا",
                                  "The number of deaths in the fire stood at 40 people"])
def test_the_number_of_deaths_is_a_toll(text):
    (q,) = find_quantities(text)
    assert (q.concept, q.status) == ("person", "killed")


@pytest.mark.parametrize("texts", [
    ("The court sentenced the blogger to six months in prison on Friday for spreading false news",
     "The court sentenced the blogger to three years in prison on Friday for spreading false news"),
    ("قضت المحكمة يوم الجمعة بحبس المدون 6 أشهر بتهمة نشر أخبار كاذبة",
     "قضت المحكمة يوم الجمعة بسجن المدون ثلاث سنوات بتهمة نشر أخبار كاذبة"),
], ids=["english", "arabic"])
def test_two_terms_in_different_units_disagree(texts):
    assert one_finding(*texts).kind == "quantity"


@pytest.mark.parametrize("texts", [
    ("The court sentenced the blogger to 12 months in prison on Friday",
     "The court sentenced the blogger to a year in prison on Friday"),
    ("The court sentenced the blogger to 18 months in prison on Friday",
     "The court sentenced the blogger to a year and a half in prison on Friday"),
    ("قضت المحكمة يوم الجمعة بحبس المدون 12 شهرا", "قضت المحكمة يوم الجمعة بحبس المدون سنة واحدة"),
    ("The new line is 2.5 km long, the city said on Friday", "The new line is 2,500 metres long, the city said on Friday"),
], ids=["months-year", "year-and-a-half", "arabic", "km-metres"])
def test_one_term_in_two_units_agrees(texts):
    assert [f for f in findings(*texts) if f.severity != "low"] == []


@pytest.mark.parametrize(("text", "thing"), [
    ("The fire has burned 3,400 hectares of forest", "hectare"),
    ("التهم الحريق 17 ألف هكتار من الغابات", "hectare"),
    ("Output rose to 1.2 million barrels a day", "barrel"),
    ("بلغ الإنتاج 1.2 مليون برميل يوميا", "barrel"),
    ("The carmaker will cut 35,000 jobs", "job"),
    ("ستلغي الشركة 35 ألف وظيفة", "job"),
])
def test_units_and_counted_nouns_meet_across_languages(text, thing):
    assert find_quantities(text)[0].thing == thing


@pytest.mark.parametrize("texts", [
    ("The novelist Ibrahim Aslan died aged 83 after a long illness",
     "The novelist Ibrahim Aslan died on Sunday aged 77, his family said"),
    ("غيب الموت الروائي إبراهيم أصلان عن عمر ناهز 83 عاما بعد صراع مع المرض",
     "توفي الروائي إبراهيم أصلان صباح الأحد عن 77 عاما، بحسب أسرته"),
], ids=["english", "arabic"])
def test_two_ages_of_one_person_named_by_what_they_do_disagree(texts):
    assert one_finding(*texts).kind == "quantity"


@pytest.mark.parametrize(("texts", "found"), [
    (("Tanger Med handled 10.2 million containers in 2024, the port authority said",
      "Tanger Med handled about 8.6 million containers in 2024, the port authority said"), True),
    (("عالج ميناء طنجة المتوسط 10.2 ملايين حاوية خلال سنة 2024",
      "عالج ميناء طنجة المتوسط نحو 8.6 ملايين حاوية خلال سنة 2024"), True),
    (("Tanger Med handled 10.2 million containers in 2024, the port authority said",
      "Tanger Med handled about 10 million containers in 2024, the port authority said"), False),
], ids=["english", "arabic", "rounded"])
def test_a_precise_approximation_is_no_rounding_of_a_distant_figure(texts, found):
    assert bool([f for f in findings(*texts) if f.severity != "low"]) == found


@pytest.mark.parametrize(("texts", "published", "found"), [
    (("The phosphate group produced 41 million tonnes of rock in 2024, its annual report said",
      "The phosphate group produced 34 million tonnes of rock last year, its annual report said"), date(2025, 3, 1), True),
    (("أعلن المكتب الشريف للفوسفاط أن إنتاجه من الفوسفات الخام بلغ 41 مليون طن خلال سنة 2024",
      "أنتج المكتب الشريف للفوسفاط 34 مليون طن من الفوسفات الخام العام الماضي"), date(2025, 3, 1), True),
    (("The phosphate group produced 41 million tonnes of rock in 2023, its annual report said",
      "The phosphate group produced 34 million tonnes of rock last year, its annual report said"), date(2025, 3, 1), False),
], ids=["english", "arabic", "another-year"])
def test_an_amount_of_last_year_is_of_the_year_before_its_report(texts, published, found):
    claims = [Claim(article=chr(ord("a") + n), id=f"{n}", statement=text, quote=text) for n, text in enumerate(texts)]
    counting = [f for f in compare(claims, {c.article: published for c in claims}) if f.severity != "low"]
    assert bool(counting) == found


@pytest.mark.parametrize(("text", "measure"), [
    ("Egypt's tourism revenue reached $14.1 billion last year", "revenue"),
    ("بلغت إيرادات السياحة 12.6 مليار دولار العام الماضي", "revenue"),
    ("حققت أرامكو صافي ربح قدره 161 مليار دولار خلال عام 2023", "profit"),
    ("Aramco's net profit was $121 billion in 2023", "profit"),
    ("Net foreign reserves reached $41.6 billion in June", "reserves"),
])
def test_what_an_amount_of_money_is_in_either_language(text, measure):
    (q, *_) = find_quantities(text)
    assert measure in q.measures


def test_revenue_in_two_languages_is_compared():
    found = one_finding("Tourism revenue in Egypt reached a record $14.1 billion last year, the ministry said",
                        "قالت وزارة السياحة إن إيرادات السياحة في مصر بلغت 12.6 مليار دولار العام الماضي")
    assert found.kind == "quantity"
