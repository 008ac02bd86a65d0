"""One thing swapped in the same sentence (`kinds/swapped.py`), for claims with no fields of their
own (headlines): found as the kind of what was swapped. Headlines are hand-made."""

import pytest

from checker.compare import compare
from checker.models import Claim


def _found(*texts: str, **fields) -> list:
    claims = [Claim(article=f"a{n}", id=f"a{n}", statement=t, quote=t, **fields) for n, t in enumerate(texts)]
    return compare(claims, {c.article: None for c in claims}, 1)


def test_a_person_swapped_is_a_name_finding():
    found = _found("A giant Banksy mural appears overnight in New York",
                   "A giant da Vinci mural appears overnight in New York")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["Banksy", "da Vinci"])]


def test_a_place_swapped_is_a_location_finding_in_both_languages():
    found = _found("اشتباكات عنيفة في العاصمة طرابلس تؤدي إلى فرار المئات من السجون",
                   "اشتباكات عنيفة في العاصمة بنغازي تؤدي إلى فرار المئات من السجون",
                   "Violent clashes in Tripoli let hundreds of prisoners escape from jails",
                   "Violent clashes in Benghazi let hundreds of prisoners escape from jails")
    assert len(found) == 2 and all(c.kind == "location" for c in found)
    assert {tuple(s.value.split()[-1] for s in c.sides) for c in found} == {("Tripoli", "Benghazi"),
                                                                             ("طرابلس", "بنغازي")}


def test_a_country_adjective_swapped_is_another_place():
    found = _found("تكليف عمر الرزاز برئاسة الحكومة الأردنية الجديدة بعد الاحتجاجات",
                   "تكليف عمر الرزاز برئاسة الحكومة اللبنانية الجديدة بعد الاحتجاجات")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["الأردنية", "اللبنانية"])]


def test_a_number_swapped_is_a_quantity_finding():
    found = _found("محكمة مصرية تقضي بسجن وزير الإعلام السابق صفوت الشريف 3 سنوات",
                   "محكمة مصرية تقضي بسجن وزير الإعلام السابق صفوت الشريف 10 سنوات")
    assert [c.kind for c in found] == ["quantity"]
    assert [[s.quote[a:b] for a, b in s.marks] for s in found[0].sides] == [["3"], ["10"]]


def test_other_swaps_and_other_shapes_stay_quiet():
    # a common word swapped: not a question of fact this tool can put
    assert _found("الممثل الهندي سلمان خان يسجن لصيده ظبيا نادرا في راجستان",
                  "الممثل الهندي سلمان خان يسجن لصيده قطا نادرا في راجستان") == []
    # the same place in other words
    assert _found("Violent clashes in Tripoli let hundreds of prisoners escape from jails",
                  "Violent clashes in the Libyan capital let hundreds of prisoners escape from jails") == []
    # two swaps: more likely two events, at most possibly the same
    assert all(c.severity == "low" for c in _found("Violent clashes in Tripoli let hundreds of prisoners escape",
                                                   "Violent clashes in Benghazi let dozens of prisoners escape"))


def test_a_swap_another_kind_finds_is_reported_once():
    found = _found("Violent clashes in Tripoli let hundreds of prisoners escape from jails",
                   "Violent clashes in Benghazi let hundreds of prisoners escape from jails",
                   speaker="a police spokesman")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["Tripoli", "Benghazi"])]


def test_a_city_swapped_for_another_country_is_another_place_in_both_languages():
    found = _found("ترميم فاشل لتمثال قديم في مدريد يحوله إلى شخصية كرتونية",
                   "ترميم فاشل لتمثال قديم في النمسا يحوله إلى شخصية كرتونية",
                   "A botched restoration turns an old statue in Madrid into a cartoon",
                   "A botched restoration turns an old statue in Austria into a cartoon")
    assert sorted(tuple(s.value for s in c.sides) for c in found if c.kind == "location") == [
        ("Madrid", "Austria"), ("مدريد", "النمسا")]


def test_a_city_swapped_for_its_own_country_is_no_finding():
    assert _found("ترميم فاشل لتمثال قديم في مدريد يحوله إلى شخصية كرتونية",
                  "ترميم فاشل لتمثال قديم في إسبانيا يحوله إلى شخصية كرتونية",
                  "A botched restoration turns an old statue in Madrid into a cartoon",
                  "A botched restoration turns an old statue in Spain into a cartoon") == []


def test_a_person_who_shares_a_village_name_is_a_name_and_a_first_common_word_is_none():
    found = _found("A bronze statue of Mandela unveiled in central Leeds",
                   "A bronze statue of Gandhi unveiled in central Leeds")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["Mandela", "Gandhi"])]
    assert _found("Silver prices fall as the dollar rises", "Copper prices fall as the dollar rises") == []


def test_a_place_swapped_in_otherwise_reworded_sentences_is_a_low_location_finding_in_both_languages():
    found = _found("وزير الخارجية الأميركي يتهم إيران بدعم الجماعات المسلحة في المنطقة",
                   "وزير الخارجية الأميركي يتهم تركيا بدعم الجماعات المسلحة المتطرفة في المنطقة",
                   "The US secretary of state accuses Iran of backing armed groups in the region",
                   "The US secretary of state openly accuses Turkey of backing armed groups in the region")
    assert sorted((c.kind, c.severity, tuple(s.value for s in c.sides)) for c in found) == [
        ("location", "low", ("Iran", "Turkey")), ("location", "low", ("إيران", "تركيا"))]


@pytest.mark.parametrize(("a", "b"), [
    # a party added beside a place both name
    ("التحالف الذي تقوده السعودية يرفض تقرير الأمم المتحدة عن الحرب", "تحالف السعودية والإمارات يرفض تقرير الأمم المتحدة عن الحرب"),
    ("The coalition led by Saudi Arabia rejects the United Nations report on the war",
     "The Saudi Arabia and Qatar coalition rejects the United Nations report on the war"),
    # a place one leaves out, and the country said in other words
    ("رحلة حقاني من الجهاد الأفغاني ضد الروس إلى ألد أعداء الولايات المتحدة",
     "تعرف على رحلة حقاني من الجهاد ضد الروس إلى ألد أعداء أمريكا"),
    ("Haqqani's journey from the Afghan jihad to the worst enemy of the United States",
     "Haqqani's journey from jihad to the worst enemy of America"),
    # another subject: few words in common besides the places
    ("الصلب الصيني يسجل رقما قياسيا جديدا", "رقم قياسي جديد لإيرادات قناة السويس"),
])
def test_a_place_added_left_out_or_of_another_subject_is_no_swap(a, b):
    assert _found(a, b) == []


def test_a_month_or_a_side_of_the_compass_swapped_in_both_languages():
    found = _found("الحكومة المصرية تخفض أسعار الغاز الطبيعي للمصانع في أغسطس",
                   "الحكومة المصرية تخفض أسعار الغاز الطبيعي للمصانع في سبتمبر",
                   "The Egyptian government cuts natural gas prices for factories in August",
                   "The Egyptian government cuts natural gas prices for factories in September",
                   "قوات الحكومة تتقدم في الريف الشرقي لمدينة حلب",
                   "قوات الحكومة تتقدم في الريف الغربي لمدينة حلب",
                   "Government forces advance in the eastern countryside of Aleppo",
                   "Government forces advance in the western countryside of Aleppo")
    assert sorted((c.kind, tuple(s.value for s in c.sides)) for c in found) == [
        ("date", ("August", "September")), ("date", ("أغسطس", "سبتمبر")),
        ("location", ("eastern", "western")), ("location", ("الشرقي", "الغربي"))]


def test_a_verb_that_looks_like_a_month_is_no_date():
    assert _found("Prices of bread may rise again in the capital", "Prices of bread will rise again in the capital") == []


def test_an_unknown_name_where_a_place_stands_is_another_place():
    found = _found("Two fishing boats collide off the coast of Lampedusa, five missing",
                   "Two fishing boats collide off the coast of Zakynthos, five missing",
                   "Wildfire forces hundreds to leave their homes on Samos island",
                   "Wildfire forces hundreds to leave their homes on Rhodes island")
    assert sorted((c.kind, tuple(s.value for s in c.sides)) for c in found) == [
        ("location", ("Lampedusa", "Zakynthos")), ("location", ("Samos", "Rhodes"))]
    # after "of" that is not of a place, a name stays a name
    found = _found("A mural of Mandela painted on a wall in central Leeds",
                   "A mural of Gandhi painted on a wall in central Leeds")
    assert [c.kind for c in found] == ["name"]


def test_a_company_or_person_swapped_is_a_name_finding_in_both_languages():
    # Arabic writes no capitals: a name is a word the language writes without the article
    found = _found("ديزني تخطط لسلسلة جديدة من حرب النجوم لدعم النمو",
                   "سوني تخطط لسلسلة جديدة من حرب النجوم لدعم النمو")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["ديزني", "سوني"])]
    found = _found("إيقاف أوبر بقرار من أردوغان بعد احتجاجات سائقي الأجرة",
                   "إيقاف أمازون بقرار من أردوغان بعد احتجاجات سائقي الأجرة")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["أوبر", "أمازون"])]
    # a person told by the role before the name
    found = _found("المغنية ريانا تنال لقب سفيرة فوق العادة من دولة باربادوس",
                   "المغنية لانا ديل راي تنال لقب سفيرة فوق العادة من دولة باربادوس")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["ريانا", "لانا ديل راي"])]
    found = _found("Turkey suspends Uber by a decision of Erdogan after taxi protests",
                   "Turkey suspends Amazon by a decision of Erdogan after taxi protests")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["Uber", "Amazon"])]


def test_a_country_the_gazetteer_lacks_or_a_region_swapped_is_another_place():
    found = _found("النفط يرتفع وسط عراقيل في إمدادات فنزويلا", "النفط يرتفع وسط عراقيل في إمدادات السعودية")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["فنزويلا", "السعودية"])]
    found = _found("واشنطن تعفي أوروبا و6 دول من رسوم ضريبية على الصلب",
                   "واشنطن تعفي أفريقيا و6 دول من رسوم ضريبية على الصلب")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["أوروبا", "أفريقيا"])]


def test_a_hijri_month_swapped_is_a_date_finding():
    found = _found("السعودية تعلن أن أول أيام رمضان سيكون يوم الأربعاء",
                   "السعودية تعلن أن أول أيام شوال سيكون يوم الأربعاء")
    assert [c.kind for c in found] == ["date"]


def test_one_name_in_two_spellings_is_no_swap():
    assert _found("ترامب يلتقي الرئيس الروسي في هلسنكي لبحث الأزمة السورية",
                  "ترمب يلتقي الرئيس الروسي في هلسنكي لبحث الأزمة السورية") == []
    assert _found("حل أزمة عشيرة العفران مع قطر بعد سحب جنسيات أفرادها",
                  "حل أزمة عشيرة الغفران مع قطر بعد سحب جنسيات أفرادها") == []
    assert _found("Pompeo accuses Gaddafi of backing the attack on the embassy",
                  "Pompeo accuses Qaddafi of backing the attack on the embassy") == []


def test_a_synonym_or_another_verb_is_no_name():
    assert _found("براد بيت ينفي مزاعم أنجلينا جولي بالتقصير في نفقة أطفالهما",
                  "براد بيت ينفي أقوال أنجلينا جولي بالتقصير في نفقة أطفالهما") == []
    assert _found("كوريا الشمالية تزود سوريا بمواد قد تستخدم لإنتاج أسلحة كيماوية",
                  "كوريا الشمالية تدعم سوريا بمواد قد تستخدم لإنتاج أسلحة كيماوية") == []
    assert _found("الرئيس التركي يلوح بضرب شمال العراق ما لم تطهره بغداد من المسلحين",
                  "الرئيس التركي يلمح بضرب شمال العراق ما لم تطهره بغداد من المسلحين") == []
    assert _found("Police say the strike hit Disney offices across the city on Monday",
                  "Police say the strike hit the offices across the city on Monday") == []


def test_a_name_added_is_no_swap():
    assert _found("بومبيو يتهم إيران بدعم الإرهاب في اليمن", "مايك بومبيو يتهم إيران بدعم الإرهاب في اليمن") == []
    assert _found("Pompeo accuses Iran of backing terrorism in Yemen",
                  "Mike Pompeo accuses Iran of backing terrorism in Yemen") == []


def test_a_name_in_two_different_stories_is_no_swap():
    # one word in common besides the name is not one story told twice
    assert _found("ديزني تخطط لسلسلة جديدة من حرب النجوم", "سوني تعلن أرباحا قياسية في الربع الأخير") == []
    assert _found("Disney plans a new Star Wars series", "Sony reports record profit in the last quarter") == []
    # a sentence's first word is capitalised whatever it is: alone there it tells no name
    assert _found("Gold prices fall as the dollar firms on rate bets",
                  "Silver prices fall as the dollar firms on rate bets") == []


def test_a_name_swapped_in_reworded_headlines_is_a_low_name_finding():
    found = _found("أبل تبحث عن مخرج من حرب واشنطن وبكين التجارية",
                   "شركة سامسونغ تبحث من حرب واشنطن و بكين التجارية عن مخرج")
    assert [(c.kind, c.severity, [s.value for s in c.sides]) for c in found] == [("name", "low", ["أبل", "سامسونغ"])]
    # a word of the sentence's frame is no name, though it takes no article either
    assert _found("مصرع 24 تلميذا إثر انقلاب قارب في نهر النيل بشمال السودان",
                  "انقلاب قارب في نهر النيل بشمال السودان مما أدى إلى مصرع 24 تلميذا") == []


def test_people_or_a_portfolio_of_the_tables_swapped_are_who():
    found = _found("مقتل 12 من النساء في غارة جوية على قرية بريف إدلب",
                   "مقتل 12 من الأطفال في غارة جوية على قرية بريف إدلب")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["النساء", "الأطفال"])]
    found = _found("Police say the interior minister resigned after the protests in the capital",
                   "Police say the defence minister resigned after the protests in the capital")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["interior", "defence"])]


def test_a_city_adjective_swapped_is_another_place():
    found = _found("متحف باريسي يسمح بدخول الزوار مجانا طوال شهر الصيف",
                   "متحف ألماني يسمح بدخول الزوار مجانا طوال شهر الصيف")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["باريسي", "ألماني"])]
    # an adjective of no place of the gazetteer's own list: a common word
    assert _found("الحزب العربي يدعو إلى مقاطعة الانتخابات البلدية المقبلة",
                  "الحزب الغربي يدعو إلى مقاطعة الانتخابات البلدية المقبلة") == []


def test_a_month_swapped_in_reworded_headlines_is_a_date_finding():
    found = _found("متى يبدأ موسم الحج في مكة خلال شهر أغسطس المقبل",
                   "موسم الحج في مكة يبدأ خلال شهر سبتمبر المقبل")
    assert [(c.kind, c.severity, [s.value for s in c.sides]) for c in found] == [("date", "low", ["أغسطس", "سبتمبر"])]


def test_a_place_swapped_where_the_headline_is_reordered_is_another_place():
    found = _found("الإمارات تعلن موعد تشغيل أول مفاعل نووي للطاقة", "موعد تشغيل أول مفاعل نووي للطاقة في مصر")
    assert [(c.kind, c.severity, [s.value for s in c.sides]) for c in found] == [
        ("location", "low", ["الإمارات", "مصر"])]
    # two names one letter apart: one misspelt, or too near to tell
    assert _found("جائزة أوسكار الجديدة لأفضل فيلم جماهيري تنتقد من قبل نجوم هوليوود",
                  "نجوم بوليوود ينتقدون جائزة أوسكار الجديدة لأفضل فيلم جماهيري") == []


def test_a_title_or_an_acronym_of_the_same_name_is_no_swap():
    assert _found("Officials say the UN will send aid convoys to the besieged city next week",
                  "Officials say the United Nations will send aid convoys to the besieged city next week") == []
    assert _found("Officials say Secretary Pompeo will visit the besieged city next week",
                  "Officials say Mr Pompeo will visit the besieged city next week") == []
    found = _found("Officials say Pompeo will visit the besieged city next week",
                   "Officials say Bolton will visit the besieged city next week")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["Pompeo", "Bolton"])]


def test_a_place_swapped_in_headlines_reworded_more_is_found_when_they_share_a_name():
    found = _found("الناشطتان نسيمة السادة وسمر بدوي يعتقلن من قبل الشرطة السعودية",
                   "إيران تعتقل الناشطتين نسيمة السادة وسمر بدوي")
    assert [(c.kind, c.severity, [s.value for s in c.sides]) for c in found] == [
        ("location", "low", ["السعودية", "إيران"])]
    # as reworded, with nothing but common words in common: two stories
    assert _found("الناشطتان يعتقلن من قبل الشرطة السعودية بعد المظاهرات",
                  "إيران تعتقل الناشطتين في العاصمة") == []


def test_a_region_with_its_clitics_swapped_is_another_place():
    found = _found("مصر تقدم مساعدات جديدة للخليج لمواجهة أزمة الغذاء", "مصر تقدم مساعدات جديدة للصين لمواجهة أزمة الغذاء")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("location", ["للخليج", "للصين"])]


def test_a_name_beginning_a_headline_is_one_where_the_corpus_writes_it_capitalised_inside_a_sentence():
    found = _found("Disney plans a new Star Wars series to support its growth",
                   "Sony plans a new Star Wars series to support its growth",
                   "Analysts said Disney and Sony shares fell on Tuesday in Tokyo trading")
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("name", ["Disney", "Sony"])]
    # alone, or where the corpus writes the words in lower case, it tells no name
    assert _found("Disney plans a new Star Wars series to support its growth",
                  "Sony plans a new Star Wars series to support its growth") == []
    assert _found("Gold prices fall as the dollar firms on rate bets",
                  "Silver prices fall as the dollar firms on rate bets",
                  "Analysts said gold and silver fell on Tuesday in London trading") == []
