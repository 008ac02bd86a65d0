"""One event told in English and in Arabic, with no word in common: in one place, the thing both
count ("unemployment" and "البطالة", "gold medals" and "ميدالية ذهبية") is what tells them one
event. Counts of other things, or in another place, are not joined that way."""

from datetime import date

from checker.compare import compare
from checker.compare.events import measured_things
from checker.compare.facts import read_all
from checker.models import Claim

DAY = date(2023, 8, 16)


def claims(*texts: str, locations: tuple[str | None, ...] = ()) -> list[Claim]:
    return [Claim(article=chr(ord("a") + n), id=f"{n}", statement=text, quote=text,
                  location=locations[n] if locations else None) for n, text in enumerate(texts)]


def findings(*texts: str, locations: tuple[str | None, ...] = ()) -> list:
    found = claims(*texts, locations=locations)
    return compare(found, {c.article: DAY for c in found})


def test_a_rate_in_one_place_told_in_two_languages_is_compared():
    (finding,) = findings("Morocco's unemployment rate stood at 13.1% in the second quarter, the planning agency said",
                          "أفادت المندوبية السامية للتخطيط بأن معدل البطالة في المغرب سجل 11.2% خلال الربع الثاني",
                          locations=("Morocco", "المغرب"))
    assert (finding.kind, finding.severity) == ("quantity", "high") and "unemployment" in finding.summary


def test_a_count_of_medals_told_in_two_languages_is_compared():
    (finding,) = findings("The United States topped the Paris Olympics medal table with 40 gold medals",
                          "تصدرت الولايات المتحدة جدول ميداليات أولمبياد باريس برصيد 44 ميدالية ذهبية",
                          locations=("Paris", "باريس"))
    assert (finding.kind, finding.severity) == ("quantity", "high")


def test_what_is_measured_is_named_alike_in_both_languages():
    facts = read_all(claims("Unemployment rose to 13.1% in Morocco", "معدل البطالة في المغرب 11.2%",
                            "Egypt won 3 gold medals", "مصر تحصد 3 ميداليات ذهبية", "12 people were killed"),
                     {n: DAY for n in "abcde"})
    assert [measured_things(f) for f in facts] == [{"unemployment"}, {"unemployment"}, {"medal"}, {"medal"}, set()]


def test_two_measures_in_one_place_are_not_joined():
    assert findings("Morocco's unemployment rate stood at 13.1% in the second quarter",
                    "التضخم في المغرب يسجل 4.2% خلال الربع الثاني", locations=("Morocco", "المغرب")) == []


def test_the_same_measure_in_two_places_is_not_joined():
    assert findings("Morocco's unemployment rate stood at 13.1% in the second quarter",
                    "معدل البطالة في تونس 16.2% خلال الربع الثاني", locations=("Morocco", "تونس")) == []



def test_two_speakers_in_two_scripts_are_not_joined_by_what_they_count():
    assert findings("Prime Minister Aziz Akhannouch said in Rabat that unemployment stood at 13.1%",
                    "قال وزير الاقتصاد فوزي لقجع في الرباط إن معدل البطالة بلغ 11.2%",
                    locations=("Rabat", "الرباط")) == []


def test_one_person_in_two_scripts_in_one_place_tells_one_event():
    from checker.models import Claim
    from checker.compare import compare

    texts = [("More than 15,600 cases and 537 deaths have been reported in Congo this year, WHO Director-General "
              "Tedros Adhanom Ghebreyesus said.", "Tedros Adhanom Ghebreyesus"),
             ("قال تيدروس أدهانوم غيبريسوس إن أكثر من 15600 إصابة و735 وفاة سجلت في الكونغو منذ بداية العام.",
              "تيدروس أدهانوم غيبريسوس")]
    claims = [Claim(article=f"a{n}", id=f"{n}", statement=text, quote=text, speaker=speaker)
              for n, (text, speaker) in enumerate(texts)]
    (finding,) = [f for f in compare(claims, {}) if f.severity != "low"]
    assert finding.kind == "quantity" and "537" in finding.summary and "735" in finding.summary
