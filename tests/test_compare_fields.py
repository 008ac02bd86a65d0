"""Places, days and people of a claim however they are told, and the claim's own fields as evidence:
each class with a case that must be found and one that must stay quiet, in both languages."""

from datetime import date

import pytest

from checker.compare import compare
from checker.models import Claim, ClaimsFile
from checker.pipeline import compare_claims


def claims(*quotes_and_fields):
    """One article per claim: a quote, or a (quote, fields) pair."""
    made = []
    for n, item in enumerate(quotes_and_fields):
        quote, fields = (item, {}) if isinstance(item, str) else item
        made.append(Claim(article=f"a{n}", statement=fields.pop("statement", quote), quote=quote, **fields))
    return made


def kinds(found, least="medium"):
    rank = {"high": 0, "medium": 1, "low": 2}
    return sorted({c.kind for c in found if rank[c.severity] <= rank[least]})


@pytest.mark.parametrize("quotes", [
    ["وزير الدفاع الإسرائيلي يعلن وقف الاستيطان",
     "وزير الدفاع الإسرائيلي أفيغدور ليبرمان يدعو للتوسع في الاستيطان"],
    ["الرئيس الروسي يعلن استمرار القتال في الغوطة الشرقية",
     "أمر الرئيس الروسي بوقف إنساني للقتال في الغوطة الشرقية"],
    ["Israeli Defence Minister Announces Halt To Settlement Building",
     "Israeli Defence Minister Avigdor Lieberman called for more settlement building"],
])
def test_a_verb_or_preposition_after_a_title_is_no_second_name(quotes):
    assert "name" not in kinds(compare(claims(*quotes), {}), "low")


def read(claim, published=None):
    from checker.compare.facts import read_all

    (facts,) = read_all([claim], {claim.article: published})
    return facts


@pytest.mark.parametrize(("quote", "location", "place"), [
    ("Dahl said the talks would resume, speaking to reporters from Stockholm.", "Stockholm", "stockholm"),
    ("أكدت دال متحدثة من ستوكهولم أن المحادثات ستستأنف.", "ستوكهولم", "stockholm"),
    ("أكدت دال متحدثة من العاصمة السويدية أن المحادثات ستستأنف.", "ستوكهولم", "stockholm"),  # an alias
])
def test_a_location_field_named_in_the_quote_counts_without_a_place_phrase(quote, location, place):
    facts = read(Claim(article="a", statement=quote, quote=quote, location=location))
    assert facts.place.id == place and facts.ungrounded == ()


@pytest.mark.parametrize(("quote", "paragraph", "location", "place"), [
    ("The governor announced a new exchange-rate regime.", "AMMAN — The governor announced a new exchange-rate "
     "regime.", "Amman", "amman"),
    ("أعلن المحافظ نظاما جديدا لسعر الصرف.", "بيروت - أعلن المحافظ نظاما جديدا لسعر الصرف.", "بيروت", "beirut"),
])
def test_a_location_field_grounded_in_the_paragraph_counts(quote, paragraph, location, place):
    facts = read(Claim(article="a", statement=quote, quote=quote, paragraph=paragraph, location=location))
    assert facts.place.id == place


@pytest.mark.parametrize(("quote", "role", "location", "place"), [
    ("The ferry will not sail before Friday, the spokesman said.", "Norwegian coastguard spokesman", "Norway", "NO"),
    ("The ferry will not sail before Friday, the harbour master said.", "harbour master of Bergen", "Bergen", "bergen"),
    ("قال مدير الميناء إن العبارة لن تبحر قبل الجمعة.", "مدير ميناء مدينة صفاقس", "صفاقس", "sfax"),
    ("قال المتحدث إن العبارة لن تبحر قبل الجمعة.", "المتحدث باسم خفر السواحل التونسي", "تونس", "TN"),
])
def test_a_location_field_grounded_in_the_speakers_role_counts(quote, role, location, place):
    facts = read(Claim(article="a", statement=quote, quote=quote, speaker_role=role, location=location))
    assert facts.place is not None and facts.place.id.endswith(place) or facts.place.name.lower() == place
    assert facts.ungrounded == ()


def test_a_location_field_named_nowhere_is_still_ungrounded_beside_a_role():
    quote = "The ferry will not sail before Friday, the harbour master said."
    facts = read(Claim(article="a", statement=quote, quote=quote, speaker_role="harbour master", location="Bergen"))
    assert facts.place is None and facts.ungrounded == ("location",)


@pytest.mark.parametrize(("quote", "location", "written"), [
    ("The festival sold out in two days, director Lena Vogt said.", "Geneva", None),
    ("نفدت تذاكر المهرجان في يومين، بحسب مديرته.", "جنيف", None),
    ("Speaking in Oslo, Dahl said the talks would resume.", "Stockholm", "Oslo"),  # the quote corrects it
])
def test_a_location_field_nowhere_in_the_article_is_ignored(quote, location, written):
    facts = read(Claim(article="a", statement=quote, quote=quote, location=location))
    assert facts.place_text == written


def test_a_field_found_elsewhere_in_the_article_counts():
    first = Claim(article="a", statement="x", quote="GENEVA — The summit opened with a minute of silence.")
    second = Claim(article="a", statement="The summit opened", quote="The summit opened on Monday.", location="Geneva")
    from checker.compare.facts import read_all

    facts = read_all([first, second], {"a": None})
    assert facts[1].place.id == "geneva" and facts[1].ungrounded == ()


@pytest.mark.parametrize(("quote", "day", "grounded"), [
    ("The vote was held on Tuesday, officials said.", "Tuesday", True),
    ("جرى التصويت يوم الثلاثاء بحسب المسؤولين.", "الثلاثاء", True),
    ("The vote was held as planned, officials said.", "Wednesday", False),
    ("جرى التصويت كما كان مقررا بحسب المسؤولين.", "الأربعاء", False),
])
def test_a_date_field_counts_only_when_grounded(quote, day, grounded):
    paragraph = f"{quote} The count began on Tuesday night." if grounded and quote.isascii() else quote
    facts = read(Claim(article="a", statement=quote, quote="officials said so", paragraph=paragraph, date=day),
                 date(2024, 3, 7))
    assert (facts.when is not None) is grounded and (facts.ungrounded == ()) is grounded


@pytest.mark.parametrize(("speaker", "paragraph", "grounded"), [
    ("Jean-Yves Le Drian", "Le Drian told reporters the coalition would press on.", True),
    ("جان إيف لو دريان", "وقال لودريان إن التحالف سيواصل عملياته.", True),
    ("Ashton Carter", "The minister told reporters the coalition would press on.", False),
    ("آشتون كارتر", "وقال الوزير إن التحالف سيواصل عملياته.", False),
])
def test_a_speaker_counts_only_when_the_article_names_them(speaker, paragraph, grounded):
    facts = read(Claim(article="a", speaker=speaker, statement="x", quote="the coalition would press on",
                       paragraph=paragraph))
    assert (facts.speaker_name is not None) is grounded


def test_the_report_counts_the_fields_it_ignored():
    claims_file = ClaimsFile(claims=[
        Claim(article="a", statement="x", quote="The festival sold out in two days.", location="Geneva"),
        Claim(article="b", statement="x", quote="نفدت تذاكر المهرجان في يومين.", location="فيينا"),
        Claim(article="c", statement="x", quote="The festival in Vienna sold out.", location="Vienna"),
    ])
    assert compare_claims(claims_file, workers=1).stats["ungrounded_fields"] == {"location": 2}


@pytest.mark.parametrize("cities", [("Oslo", "Stockholm"), ("أوسلو", "ستوكهولم")])
def test_two_grounded_location_fields_of_one_story_disagree(cities):
    words = "Dahl said the ceasefire talks would resume next week"
    found = compare([Claim(article=f"a{n}", speaker="Ingrid Dahl", statement=words,
                           quote=f"Speaking to reporters from {city}, {words}.", location=city)
                     for n, city in enumerate(cities)], {})
    assert kinds(found) == ["location"]


@pytest.mark.parametrize(("first", "second"), [
    ("The parliamentary vote on the budget will take place on 12 June, the speaker's office said.",
     "The parliamentary vote on the budget is set for 19 June, according to the speaker's office."),
    ("The new international airport will open to passengers on 1 September, the aviation authority said.",
     "The new international airport is scheduled to open on October 15, airport officials said."),
    ("أعلن مكتب رئيس البرلمان أن التصويت على الميزانية سيجري في 12 يونيو/حزيران المقبل.",
     "حدد مكتب رئيس البرلمان يوم 19 يونيو/حزيران موعدا للتصويت على الميزانية."),
    ("قالت الهيئة العليا للانتخابات إن الانتخابات البلدية ستنطلق في العشرين من أكتوبر المقبل.",
     "حددت الهيئة العليا للانتخابات السابع والعشرين من أكتوبر المقبل موعدا لإجراء الانتخابات البلدية."),
])
def test_two_days_set_for_one_coming_event_disagree(first, second):
    published = {"a0": date(2025, 5, 28), "a1": date(2025, 5, 28)}
    found = compare(claims(first, second), published)
    assert kinds(found) == ["date"] and found[0].severity == "high"


@pytest.mark.parametrize(("first", "second"), [
    ("The regional summit on water security will be held on 3 March, organisers said.",
     "The regional water security summit is scheduled for March 3, the organisers announced."),
    ("أعلن المنظمون أن القمة الإقليمية للأمن المائي ستعقد في الثالث من مارس/آذار المقبل.",
     "تنعقد القمة الإقليمية للأمن المائي يوم 3 مارس، بحسب ما أعلنه المنظمون."),
    # two coming events of one kind in two places: not one event on two days
    ("The new international airport in Lagos will open on 1 September, the aviation authority said.",
     "The new international airport in Abuja will open on 15 October, the aviation authority said."),
])
def test_one_day_for_a_coming_event_or_two_events_stay_quiet(first, second):
    published = {"a0": date(2025, 2, 10), "a1": date(2025, 2, 11)}
    assert kinds(compare(claims(first, second), published)) == []


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The trial will begin on 25 March", date(2024, 1, 12), date(2024, 3, 25)),  # ahead, though months away
    ("من المقرر أن تفتتح القمة في 25 مارس", date(2024, 1, 12), date(2024, 3, 25)),
    ("The trial began on 25 March", date(2024, 1, 12), date(2023, 3, 25)),  # told as past: last year's
])
def test_a_day_and_month_in_a_text_of_a_coming_event_lie_ahead(text, published, day):
    facts = read(Claim(article="a", statement=text, quote=text), published)
    assert facts.when.single_day == day


@pytest.mark.parametrize(("first", "second"), [
    ("قال وزير الصحة اللبناني فراس الأبيض الجمعة إن الكوليرا تنتشر في مخيمات النازحين في الشمال.",
     "أكد وزير الصحة اللبناني حمد حسن الجمعة أن الكوليرا تنتشر في مخيمات النازحين في الشمال."),
    ("Egyptian Health Minister Khaled Abdel Ghaffar said on Friday that cholera was spreading in the camps.",
     "Cholera is spreading in the camps, Egyptian Health Minister Hala Zayed said on Friday."),
])
def test_one_office_given_two_names_by_reports_naming_no_one_in_common(first, second):
    published = {"a0": date(2024, 4, 27), "a1": date(2024, 4, 27)}
    assert kinds(compare(claims(first, second), published)) == ["name"]


@pytest.mark.parametrize(("speakers", "words", "said"), [
    (("Agriculture Minister Paolo Serra", "Trade Minister Giulia Conti"),
     "We will not sign any trade deal that ignores the interests of our farmers", "{w},\" {s} said."),
    (("وزير الصحة سامي الخطيب", "وزير المالية نبيل حداد"),
     "ستستقبل المستشفيات الحكومية جميع المرضى مجانا حتى نهاية العام", "وقال {s}: \"{w}\"."),
])
def test_the_same_words_in_the_mouths_of_two_office_holders(speakers, words, said):
    made = [Claim(article=f"a{n}", speaker=speaker, statement=words,
                  quote=said.format(s=speaker, w=words) if said.startswith("و") else f"\"{words},\" {speaker} said.")
            for n, speaker in enumerate(speakers)]
    assert kinds(compare(made, {})) == ["attribution"]


@pytest.mark.parametrize(("speakers", "words"), [
    (("coach Mikel Arrieta", "Arrieta"), "My players gave everything tonight and deserved to lift the trophy"),
    (("المدرب حسام البدري", "البدري"), "لاعبونا قدموا كل شيء الليلة واستحقوا رفع الكأس عن جدارة"),
])
def test_the_same_words_of_one_person_named_two_ways_stay_quiet(speakers, words):
    made = [Claim(article=f"a{n}", speaker=speaker, statement=words, quote=f"\"{words}\", {speaker} said.")
            for n, speaker in enumerate(speakers)]
    assert kinds(compare(made, {}), "low") == []


@pytest.mark.parametrize(("role", "paragraph", "grounded"), [
    ("French Defence Minister", "Le Drian, the French defence minister, said the coalition would press on.", True),
    ("وزير الدفاع الفرنسي", "وقال وزير الدفاع الفرنسي جان إيف لودريان إن التحالف سيواصل عملياته.", True),
    ("Health Minister", "Le Drian, the French defence minister, said the coalition would press on.", False),
    ("وزير الصحة", "وقال وزير الدفاع الفرنسي جان إيف لودريان إن التحالف سيواصل عملياته.", False),
])
def test_a_role_counts_only_when_the_article_gives_that_office(role, paragraph, grounded):
    facts = read(Claim(article="a", speaker_role=role, statement="x", quote="the coalition would press on",
                       paragraph=paragraph))
    assert (facts.speaker_role is not None) is grounded and ("speaker_role" in facts.ungrounded) is not grounded


@pytest.mark.parametrize(("quote", "location"), [
    ("A firedamp explosion at the coal mine in Amasra killed 41 miners on Friday.", "Amasra"),
    ("قتل 6 متسلقين الأحد إثر انهيار نهر جليدي في جبل مارمولادا.", "مارمولادا"),
    ("قدرت المنظمة عدد القتلى جراء الانهيار الأرضي في إقليم إنغا بنحو 670 شخصا.", "إقليم إنغا"),
])
def test_a_place_the_gazetteer_does_not_know_counts_where_the_article_names_it(quote, location):
    facts = read(Claim(article="a", statement=quote, quote=quote, location=location))
    assert facts.place is not None and facts.place.name == location and facts.ungrounded == ()


@pytest.mark.parametrize("location", ["Amasra", "إنغا"])
def test_an_unknown_place_the_article_does_not_name_is_ignored(location):
    quote = "The toll rose to 41 on Friday, officials said."
    facts = read(Claim(article="a", statement=quote, quote=quote, location=location))
    assert facts.place is None and facts.ungrounded == ("location",)


@pytest.mark.parametrize("location", ["the north", "border", "المنطقة", "شمال البلاد"])
def test_a_location_field_of_common_words_is_no_place(location):
    quote = f"Fighting continued in {location} on Friday." if location.isascii() else f"استمر القتال في {location}."
    assert read(Claim(article="a", statement=quote, quote=quote, location=location)).place is None


@pytest.mark.parametrize("pair", [
    [("A firedamp explosion at the coal mine in Amasra killed 41 miners on Friday evening.",
      {"location": "Amasra"}),
     ("Twenty-eight miners lost their lives in Friday's blast at the Amasra mine, officials said.",
      {"location": "Amasra"})],
    [("قال المسؤولون إن الحريق في جزيرة رودس التهم 3400 هكتار من الغابات منذ الثلاثاء.", {"location": "جزيرة رودس"}),
     ("قال الدفاع المدني إن الحريق في رودس التهم 17 ألف هكتار من الغابات منذ الثلاثاء.", {"location": "رودس"})],
], ids=["english", "arabic"])
def test_one_event_in_a_place_only_its_reports_name_is_compared(pair):
    published = {f"a{n}": date(2022, 10, 15) for n in range(2)}
    assert kinds(compare(claims(*pair), published)) == ["quantity"]


@pytest.mark.parametrize("pair", [
    [("Floods in Amasra killed 12 people on Friday.", {"location": "Amasra"}),
     ("Floods in Bartin killed 30 people on Friday.", {"location": "Bartin"})],
    [("قتل 12 شخصا في فيضانات بلدة كورو الجمعة.", {"location": "كورو"}),
     ("قتل 30 شخصا في فيضانات بلدة ماتو الجمعة.", {"location": "ماتو"})],
], ids=["english", "arabic"])
def test_two_places_only_named_are_not_known_to_differ(pair):
    published = {f"a{n}": date(2022, 10, 15) for n in range(2)}
    assert "location" not in kinds(compare(claims(*pair), published), "low")


@pytest.mark.parametrize(("first", "second"), [
    ("Six climbers were killed on Sunday when part of the Marmolada glacier collapsed, rescuers said.",
     "The toll of the Marmolada glacier collapse rose to nine on Thursday after more bodies were found."),
    ("قتل 6 متسلقين على الأقل الأحد إثر انهيار جزء من نهر جليدي في جبل مارمولادا.",
     "ارتفعت حصيلة ضحايا انهيار النهر الجليدي في مارمولادا إلى 9 قتلى بعد العثور على جثث جديدة الخميس."),
], ids=["english", "arabic"])
def test_a_day_after_the_other_report_was_out_is_later_news(first, second):
    found = compare(claims((first, {"location": "Marmolada"}), (second, {"location": "Marmolada"})),
                    {"a0": date(2022, 7, 4), "a1": date(2022, 7, 8)})
    assert "date" not in kinds(found)


@pytest.mark.parametrize(("first", "second"), [
    ("Arab foreign ministers met in Cairo on Tuesday to discuss Sudan, Ahmed Aboul Gheit said.",
     "Arab foreign ministers met in Cairo on Wednesday to discuss Sudan, Ahmed Aboul Gheit said."),
    ("قال أحمد أبو الغيط إن وزراء الخارجية العرب اجتمعوا في القاهرة الثلاثاء لبحث الأوضاع في السودان.",
     "قال أحمد أبو الغيط إن وزراء الخارجية العرب اجتمعوا في القاهرة الأربعاء لبحث الأوضاع في السودان."),
], ids=["english", "arabic"])
def test_two_days_told_by_reports_a_day_apart_still_disagree(first, second):
    found = compare(claims(first, second), {"a0": date(2023, 3, 7), "a1": date(2023, 3, 8)})
    assert "date" in kinds(found)


@pytest.mark.parametrize("pair", [
    [("قال رئيس الوزراء مصطفى مدبولي: لا زيادة في أسعار الخبز المدعم هذا العام.", {"speaker": "مصطفى مدبولي"}),
     ("قال وزير التموين علي المصيلحي: لا زيادة في أسعار الخبز المدعم هذا العام.", {"speaker": "علي المصيلحي"})],
    [("Prime Minister Mostafa Madbouly said: there will be no rise in subsidised bread prices this year.",
      {"speaker": "Mostafa Madbouly"}),
     ("Supply Minister Ali Moselhy said: there will be no rise in subsidised bread prices this year.",
      {"speaker": "Ali Moselhy"})],
], ids=["arabic", "english"])
def test_the_same_speech_after_a_colon_in_two_mouths(pair):
    assert "attribution" in kinds(compare(claims(*pair), {}))


@pytest.mark.parametrize("pair", [
    [("The bulk carrier Aurora Star ran aground early on Sunday, the coastguard said.", {}),
     ("The Aurora Star, carrying 21 crew, ran aground on Sunday with 21 crew aboard, officials said.", {})],
    [("قال المسؤولون إن انهيار النهر الجليدي في مارمولادا أودى بحياة 6 متسلقين الأحد.", {}),
     ("أودى انهيار نهر مارمولادا الجليدي بحياة 9 متسلقين الأحد، بحسب فرق الإنقاذ.", {})],
], ids=["english", "arabic"])
def test_reports_naming_one_thing_on_one_day_tell_one_event(pair):
    from checker.compare.events import group_events
    from checker.compare.facts import read_all

    made = claims(*pair)
    facts = read_all(made, {c.article: date(2025, 4, 14) for c in made})
    assert len({group_events(facts).of_fact[f.index] for f in facts}) == 1


def test_a_common_capitalised_word_names_nothing():
    from checker.compare.facts import read_all

    (facts,) = read_all(claims("The Police said the Stadium was full on Friday, Kenyan officials said."), {})
    assert facts.named == frozenset()


@pytest.mark.parametrize(("first", "second"), [
    ("Egyptian singer Amr Diab will open his world tour in Dubai on 3 May.", "يفتتح الفنان عمرو دياب جولته العالمية في دبي يوم 3 مايو"),
    ("Kenyan President William Ruto spoke in Nairobi on Friday.", "تحدث الرئيس الكيني وليام روتو في نيروبي يوم الجمعة"),
])
def test_one_person_in_two_scripts_sounds_the_same(first, second):
    from checker.compare.facts import across, read_all

    a, b = read_all(claims(first, second), {})
    assert across(a.voices) & b.voices


@pytest.mark.parametrize(("text", "named"), [
    ("أعلن الوزير أن حزب التجمع الوطني للأحرار حصل على 102 مقعد", "حزب تجمع"),
    ("تحتضن مدينة جدة نهائي كأس السوبر السعودي", "كاس سوبر"),
    ("The Saudi Super Cup final will be played in Riyadh", "super cup"),
    ("The Grand Ethiopian Renaissance Dam will hold 74 billion cubic metres", "renaissance dam"),
])
def test_a_thing_named_in_common_words_is_named_with_what_it_is(text, named):
    from checker.compare.facts import read_all

    (facts,) = read_all(claims(text), {})
    assert named in facts.named


@pytest.mark.parametrize("text", ["The Health Ministry said on Friday", "قالت وزارة الصحة الجمعة إن الوضع مستقر"])
def test_an_office_every_story_names_names_no_thing(text):
    from checker.compare.facts import read_all

    (facts,) = read_all(claims(text), {})
    assert facts.named == frozenset()


@pytest.mark.parametrize("pair", [
    ["أعلن وزير الداخلية عبد الوافي لفتيت أن حزب التجمع الوطني للأحرار حصل على 102 مقعد في مجلس النواب.",
     "تصدر حزب التجمع الوطني للأحرار نتائج الانتخابات التشريعية بحصوله على 97 مقعدا في مجلس النواب."],
    ["Interior Minister Abdelouafi Laftit said the National Rally of Independents Party won 102 seats in the House "
     "of Representatives.", "The National Rally of Independents Party topped the election with 97 seats in the House "
     "of Representatives."],
], ids=["arabic", "english"])
def test_two_counts_of_one_party_with_no_day_or_place_disagree(pair):
    assert kinds(compare(claims(*pair), {})) == ["quantity"]
