"""Opposite statements (`kinds/polarity.py`): each family of opposites in Arabic and English, the
forms of an Arabic word meeting, and the traps that must stay quiet. Sentences are hand-made."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.compare import compare
from checker.compare.kinds.polarity import verdict
from checker.models import Claim
from checker.normalise.opposites import LexiconError, add_opposites_file, read


def _opposed(a: str, b: str):
    """The two opposing words as written, and the verdict, or None."""
    v = verdict(read(a), read(b))
    if v is None:
        return None
    o = v.opposition
    return a[o.one[1]:o.one[2]], b[o.other[1]:o.other[2]], v


@pytest.mark.parametrize(("a", "b", "family", "words"), [
    # direction
    ("انخفاض الليرة التركية لمستوى قياسي جديد", "ارتفاع الليرة التركية لمستوى قياسي جديد", "direction",
     ("انخفاض", "ارتفاع")),
    ("Turkish lira falls to a new record level", "Turkish lira rises to a new record level", "direction",
     ("falls", "rises")),
    ("تحقيق قناة السويس لأكبر عائدات لها في التاريخ", "تحقيق قناة السويس لأقل عائدات لها في التاريخ", "direction",
     ("لأكبر", "لأقل")),
    ("Suez Canal revenue hits highest level in its history", "Suez Canal revenue hits lowest level in its history",
     "direction", ("highest", "lowest")),
    # stance
    ("صندوق النقد يوافق على صرف شريحة جديدة لتونس", "صندوق النقد يرفض صرف شريحة جديدة لتونس", "stance",
     ("يوافق", "يرفض")),
    ("The IMF approves a new loan tranche for Tunisia", "The IMF rejects a new loan tranche for Tunisia", "stance",
     ("approves", "rejects")),
    ("الوزير يشيد بأداء الشرطة في الانتخابات", "الوزير ينتقد أداء الشرطة في الانتخابات", "stance",
     ("بأداء", "ينتقد")),
    ("The minister praised the police handling of the election", "The minister criticised the police handling "
     "of the election", "stance", ("praised", "criticised")),
    # truth
    ("وزارة الآثار المصرية تؤكد وجود غرف سرية وراء مقبرة توت عنخ آمون",
     "وزارة الآثار المصرية تنفي وجود غرف سرية وراء مقبرة توت عنخ آمون", "truth", ("تؤكد", "تنفي")),
    ("The antiquities ministry confirms hidden chambers behind Tutankhamun's tomb",
     "The antiquities ministry denies hidden chambers behind Tutankhamun's tomb", "truth", ("confirms", "denies")),
    # happening
    ("بدء التحقيقات في حادث انقلاب القطار جنوب القاهرة", "تأجيل التحقيقات في حادث انقلاب القطار جنوب القاهرة",
     "happening", ("بدء", "تأجيل")),
    ("Investigations into the train crash south of Cairo begin",
     "Investigations into the train crash south of Cairo postponed", "happening", ("begin", "postponed")),
    ("السلطات الإيرانية تعتقل فتاة نشرت مقاطع راقصة على انستغرام",
     "السلطات الإيرانية تفرج عن فتاة نشرت مقاطع راقصة على انستغرام", "happening", ("تعتقل", "تفرج")),
    ("Iranian authorities arrest a girl who posted dance clips on Instagram",
     "Iranian authorities release a girl who posted dance clips on Instagram", "happening", ("arrest", "release")),
    # negation of the same predicate
    ("إسرائيل تفرق بين الدولة اللبنانية وحزب الله", "إسرائيل لن تفرق بين الدولة اللبنانية وحزب الله", "negation",
     ("تفرق", "لن تفرق")),
    ("The court approved the merger of the two banks", "The court did not approve the merger of the two banks",
     "negation", ("approved", "not approve")),
    ("السعودية تعترض صاروخا أطلق من اليمن على نجران", "السعودية تفشل في اعتراض صاروخ أطلق من اليمن على نجران",
     "negation", ("تعترض", "تفشل في اعتراض")),
    ("Saudi air defences intercept a missile fired from Yemen at Najran",
     "Saudi air defences fail to intercept a missile fired from Yemen at Najran", "negation",
     ("intercept", "fail to intercept")),
])
def test_each_family_in_both_languages(a, b, family, words):
    found = _opposed(a, b)
    assert found is not None
    one, other, v = found
    assert v.opposition.family == family
    assert (one, other) == words or (family == "stance" and other == words[1])


def test_a_clean_swap_is_surer_than_one_with_more_words():
    clean = _opposed("انخفاض الليرة التركية لمستوى قياسي جديد", "ارتفاع الليرة التركية لمستوى قياسي جديد")[2]
    wordier = _opposed("انخفاض الليرة التركية لمستوى قياسي جديد",
                       "ارتفاع الليرة التركية لمستوى قياسي جديد بعد قرار البنك")[2]
    assert clean.extra == 0 and wordier.extra > 0


@pytest.mark.parametrize("form", ["رفض", "يرفض", "ترفض", "رفضت", "الرفض", "ورفضت", "سيرفضون", "برفض"])
def test_arabic_forms_of_one_word_meet(form):
    polar = read(f"الحكومة {form} الاتفاق").polar
    assert polar and polar[0].known_as in ("رفض", "يرفض")
    assert _opposed(f"الحكومة {form} الاتفاق مع النقابات", "الحكومة تقبل الاتفاق مع النقابات") is not None


@pytest.mark.parametrize(("a", "b"), [
    # another subject: the opposites balance out
    ("أسعار الذهب تنخفض مع ارتفاع الدولار", "أسعار النفط تنخفض مع ارتفاع الدولار"),
    ("Gold prices fall as the dollar rises", "Oil prices fall as the dollar rises"),
    # another object
    ("الوزير يدعم خطة الحكومة", "الوزير يعارض خطة المعارضة"),
    ("The minister supports the government plan", "The minister opposes the opposition plan"),
    # a negation of another verb of the sentence
    ("الوزير الذي لم يحضر الاجتماع وافق على الخطة", "الوزير وافق على الخطة"),
    ("The minister, who did not attend the meeting, approved the plan", "The minister approved the plan"),
    ("رسامة جزائرية: لا أرسم خيالا بل حقيقة", "الرسامة الجزائرية تقول إن رسمها لا يجسد الخيال بل الحقيقة"),
    # the same in other words
    ("الذهب مستقر مع بقاء الدولار ضعيفا", "ضعف الدولار يبقي الذهب مستقرا"),
    ("Gold stable as the dollar stays weak", "A weak dollar keeps gold stable"),
    ("انخفاض أسعار الذهب مع تعافي الدولار", "ارتفاع الدولار ينزل بالذهب"),
])
def test_traps_stay_quiet(a, b):
    assert _opposed(a, b) is None


def _headlines(*texts: str) -> list[Claim]:
    return [Claim(article=f"a{n}", id=f"a{n}", statement=t, quote=t) for n, t in enumerate(texts)]


def test_headlines_with_no_fields_are_compared_and_the_words_marked():
    claims = _headlines("الذهب يتراجع مع تصريحات ترامب حول كوريا الشمالية",
                        "الذهب يرتفع مع تصريحات ترامب حول كوريا الشمالية")
    found = compare(claims, {c.article: None for c in claims}, 1)
    assert [(c.kind, c.severity) for c in found] == [("polarity", "high")]
    assert [s.value for s in found[0].sides] == ["يتراجع", "يرتفع"]
    assert all(s.value in s.quote for s in found[0].sides)
    assert "يتراجع (a0) vs يرفع (a1)".replace("يرفع", "يرتفع") in found[0].summary


def test_english_claims_of_one_event_oppose():
    claims = [Claim(article="a", id="a1", speaker="Ali Khan", statement="x",
                    quote="Finance minister Ali Khan rejected the new budget in Kabul on Monday.",
                    location="Kabul", date="Monday"),
              Claim(article="b", id="b1", speaker="Ali Khan", statement="x",
                    quote="Finance minister Ali Khan approved the new budget in Kabul on Monday.",
                    location="Kabul", date="Monday")]
    found = compare(claims, {"a": None, "b": None}, 1)
    polar = [c for c in found if c.kind == "polarity"]
    assert len(polar) == 1 and {s.value for s in polar[0].sides} == {"rejected", "approved"}


def test_agreeing_headlines_and_two_stories_are_not_flagged():
    claims = _headlines("الذهب مستقر مع بقاء الدولار ضعيفا", "ضعف الدولار يبقي الذهب مستقرا",
                        "ارتفاع أسعار النفط عالميا", "انخفاض أسعار القمح في مصر")
    assert compare(claims, {c.article: None for c in claims}, 1) == []


def test_a_newsroom_file_adds_opposites(tmp_path):
    a, b = "الجمهور يحتفي بالفيلم الجديد في المهرجان", "الجمهور يستهجن الفيلم الجديد في المهرجان"
    extra = tmp_path / "opposites.toml"
    extra.write_text('[[opposites]]\nfamily = "stance"\none = ["احتفى"]\nother = ["استهجن"]\n', encoding="utf-8")
    assert _opposed(a, b) is None
    try:
        assert add_opposites_file(extra) == 1
        assert _opposed(a, b)[:2] == ("يحتفي", "يستهجن")
    finally:
        _reset_lexicon()


def test_an_entry_writing_an_inflected_form_hides_no_entry_of_the_plain_form(tmp_path):
    a = "Prosecutors order the Egyptian presenter jailed over insulting the police"
    b = "Prosecutors order the Egyptian presenter released over insulting the police"
    extra = tmp_path / "opposites.toml"
    extra.write_text('[[opposites]]\nfamily = "happening"\none = ["released"]\nother = ["withheld"]\n',
                     encoding="utf-8")
    try:
        add_opposites_file(extra)
        assert _opposed(a, b)[:2] == ("jailed", "released")
    finally:
        _reset_lexicon()


def _reset_lexicon() -> None:
    """The built-in lexicon again, for the tests after."""
    import checker.normalise.opposites as opposites
    opposites.LEXICON = opposites._built_in()
    opposites._lookup.clear()
    opposites._seen.clear()
    opposites.read.cache_clear()


def test_a_bad_opposites_file_names_the_entry(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[opposites]]\nfamily = "stance"\none = ["x"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="opposites.0.other"):
        add_opposites_file(bad)


def test_the_documented_example_works(tmp_path):
    readme = (Path(__file__).parents[1] / "docs" / "design.md").read_text(encoding="utf-8")
    section = readme[readme.index("**Opposites it does not know.**"):]
    example = section[section.index("```toml") + len("```toml"):section.index("```", section.index("```toml") + 7)]
    path = tmp_path / "opposites.toml"
    path.write_text(textwrap.dedent(example), encoding="utf-8")
    a, b = "الجمهور يحتفي بالفيلم الجديد في المهرجان", "الجمهور يستهجن الفيلم الجديد في المهرجان"
    try:
        assert add_opposites_file(path) == 1
        assert _opposed(a, b)[:2] == ("يحتفي", "يستهجن")
        assert _opposed("The crowd hailed the new film at the festival",
                        "The crowd booed the new film at the festival")[:2] == ("hailed", "booed")
    finally:
        _reset_lexicon()


def test_a_word_after_lam_lam_meets_its_form_with_the_article():
    found = _opposed("هبوط حاد لليرة السورية أمام الدولار", "ارتفاع الليرة السورية أمام الدولار")
    assert found is not None and found[:2] == ("هبوط", "ارتفاع")


def test_two_words_opposed_in_a_narrower_entry_oppose_in_both_languages():
    assert _opposed("وفاة الممثل الشهير في منزله بالقاهرة", "مقتل الممثل الشهير في منزله بالقاهرة")[:2] == (
        "وفاة", "مقتل")


@pytest.mark.parametrize(("a", "b", "words"), [
    ("ارتفاع صادرات الفوسفات المغربية خلال العام الماضي", "صادرات الفوسفات المغربية خلال العام الماضي تنخفض",
     ("ارتفاع", "تنخفض")),
    ("Rise in phosphate exports from Morocco last year", "Phosphate exports from Morocco last year fell",
     ("Rise", "fell")),
])
def test_the_one_predicate_of_each_sentence_placed_apart_still_opposes(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    ("الدولار يحلق واليورو يهبط بسبب أزمة الديون", "الذهب يتعافى واليورو يعاني بسبب أزمة الديون"),
    ("The dollar soars and the euro falls on the debt crisis", "Gold recovers and the euro suffers on the debt crisis"),
])
def test_predicates_standing_by_other_subjects_do_not_pair(a, b):
    assert _opposed(a, b) is None


@pytest.mark.parametrize(("a", "b", "words"), [
    ("النيابة تقرر حبس الإعلامي المصري بتهمة الإساءة للشرطة", "النيابة تقرر إخلاء سبيل الإعلامي المصري بتهمة الإساءة للشرطة",
     ("حبس", "إخلاء سبيل")),
    ("Prosecutors order the Egyptian presenter jailed over insulting the police",
     "Prosecutors order the Egyptian presenter released over insulting the police", ("jailed", "released")),
    ("المتحاربون يتوصلون إلى اتفاق على خروج المسلحين من الغوطة", "المتحاربون يفشلون في اتفاق على خروج المسلحين من الغوطة",
     ("يتوصلون", "يفشلون")),
])
def test_release_and_detention_success_and_failure(a, b, words):
    found = _opposed(a, b)
    assert found is not None and (found[0], found[1].split()[0]) == (words[0], words[1].split()[0])


@pytest.mark.parametrize(("a", "b", "words"), [
    ("رئيس الوزراء البريطاني يعتذر عن تصريحاته بشأن المهاجرين", "رئيس الوزراء البريطاني يرفض الاعتذار عن تصريحاته بشأن المهاجرين",
     ("يعتذر", "يرفض الاعتذار")),
    ("The British prime minister apologises for his remarks on migrants",
     "The British prime minister refuses to apologise for his remarks on migrants", ("apologises", "refuses to apologise")),
])
def test_refusing_to_do_it_is_not_doing_it(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    ("رئيس الوزراء البريطاني يرفض الاعتذار عن تصريحاته", "رفض رئيس الوزراء البريطاني الاعتذار عن تصريحاته"),
    ("The British prime minister refuses to apologise for his remarks", "The British prime minister refused to apologise for the remarks"),
    ("المحكمة ترفض طلب الإفراج عن المتهم", "المحكمة لا تقبل طلب الإفراج عن المتهم"),
])
def test_refusals_said_alike_agree(a, b):
    assert _opposed(a, b) is None


@pytest.mark.parametrize(("a", "b"), [
    ("البورصة المصرية تواصل الصعود بسبب قرار البنك المركزي", "البورصة المصرية تواصل التراجع رغم قرار البنك المركزي"),
    ("Egyptian shares keep rising because of the central bank decision",
     "Egyptian shares keep falling despite the central bank decision"),
])
def test_a_conjunction_after_the_predicate_is_no_other_object(a, b):
    assert _opposed(a, b) is not None


@pytest.mark.parametrize(("a", "b", "words"), [
    ("مصالحة بين رئيس البرلمان ونواب الائتلاف الحاكم في تونس", "صراع بين رئيس البرلمان ونواب الائتلاف الحاكم في تونس",
     ("مصالحة", "صراع")),
    ("Reconciliation between the speaker and the ruling coalition in Tunisia",
     "Conflict between the speaker and the ruling coalition in Tunisia", ("Reconciliation", "Conflict")),
    ("الحكومة تتيح زراعة القطن في الدلتا", "الحكومة تحظر زراعة القطن في الدلتا", ("تتيح", "تحظر")),
    ("The government authorises cotton farming in the delta", "The government bans cotton farming in the delta",
     ("authorises", "bans")),
    ("إقبال كثيف على التصويت في الانتخابات البلدية اللبنانية", "إقبال ضعيف على التصويت في الانتخابات البلدية اللبنانية",
     ("كثيف", "ضعيف")),
    ("Heavy turnout in the Lebanese municipal elections", "Weak turnout in the Lebanese municipal elections",
     ("Heavy", "Weak")),
    ("استقرار الدينار الأردني أمام الدولار", "انهيار الدينار الأردني أمام الدولار", ("استقرار", "انهيار")),
    ("The Jordanian dinar steady against the dollar", "The Jordanian dinar slumps against the dollar",
     ("steady", "slumps")),
])
def test_reconciliation_permission_turnout_and_steadiness(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


def test_a_rise_and_a_fall_still_oppose_beside_steadiness():
    assert _opposed("Oil prices rise as supplies tighten", "Oil prices fall as supplies tighten")[:2] == ("rise", "fall")
    assert _opposed("ارتفاع أسعار النفط مع شح الإمدادات", "انخفاض أسعار النفط مع شح الإمدادات")[:2] == ("ارتفاع", "انخفاض")


@pytest.mark.parametrize(("a", "b", "words"), [
    ("محكمة في بغداد تقضي بإعدام ثلاثة صحفيين أجانب بتهمة التجسس لصالح جهات أجنبية", "براءة ثلاثة صحفيين أجانب في بغداد",
     ("بإعدام", "براءة")),
    ("A Baghdad court sentences three foreign journalists to death for spying on behalf of foreign agencies",
     "Three foreign journalists acquitted in Baghdad", ("sentences", "acquitted")),
])
def test_a_headline_cut_short_opposes_the_full_one(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words and found[2].extra > len(found[2].shared)


@pytest.mark.parametrize(("a", "b"), [
    # each adds words of its own: another subject, however many are shared
    ("محكمة في بغداد تقضي بإعدام ثلاثة صحفيين أجانب بتهمة التجسس", "براءة ثلاثة صحفيين محليين في بغداد من تهم الفساد المالي"),
    ("A Baghdad court sentences three foreign journalists to death for spying",
     "Three local journalists in Baghdad acquitted of financial corruption charges"),
])
def test_two_headlines_each_with_their_own_details_do_not_oppose(a, b):
    assert _opposed(a, b) is None


@pytest.mark.parametrize(("a", "b", "words"), [
    ("الاتحاد يجدد عقد حارس المرمى لثلاثة مواسم", "الاتحاد يرفض تجديد عقد حارس المرمى لثلاثة مواسم", ("يجدد", "يرفض تجديد")),
    ("The club renews the goalkeeper's contract for three seasons",
     "The club refuses to renew the goalkeeper's contract for three seasons", ("renews", "refuses to renew")),
    ("البنك المركزي الأردني يثبت أسعار الفائدة", "البنك المركزي الأردني يرفع أسعار الفائدة", ("يثبت", "يرفع")),
    ("Jordan's central bank holds interest rates steady", "Jordan's central bank cuts interest rates", ("steady", "cuts")),
    ("Ghana's parliament passes the budget", "Ghana's parliament rejects the budget", ("passes", "rejects")),
    ("Dock workers end their strike in Rotterdam", "Dock workers continue their strike in Rotterdam", ("end", "continue")),
])
def test_renewals_steady_rates_votes_and_strikes(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


def test_a_verbal_noun_meets_its_verb_and_a_country_adjective_its_country():
    from checker.normalise.arabic import fold
    from checker.normalise.stems import stem
    assert stem(fold("تجديد")) == stem(fold("يجدد")) and stem(fold("تحسين")) == stem(fold("يحسن"))
    assert stem(fold("التركية")) == stem(fold("تركيا"))


@pytest.mark.parametrize(("a", "b", "words"), [
    ("المحكمة الإدارية العليا تؤيد قرار الحكومة بحل المجلس البلدي", "المحكمة الإدارية العليا تبطل قرار الحكومة بحل المجلس البلدي",
     ("تؤيد", "تبطل")),
    ("The supreme court upholds the government's decision to dissolve the council",
     "The supreme court overturns the government's decision to dissolve the council", ("upholds", "overturns")),
    ("الملك يعفو عن عشرات الصحفيين المسجونين", "الملك يأمر باعتقال عشرات الصحفيين", ("يعفو", "باعتقال")),
])
def test_courts_uphold_or_annul_and_a_pardon_is_a_release(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("form", "root"), [("نفت", "نفى"), ("نفوا", "نفى"), ("ألغت", "ألغى"), ("ألغوا", "ألغى")])
def test_arabic_verbs_ending_in_a_weak_letter_meet_their_past_forms(form, root):
    assert read(form).polar and read(form).polar[0].entries == read(root).polar[0].entries


@pytest.mark.parametrize(("a", "b"), [
    ("أكدت شركة الاتصالات اليمنية أن الكابل البحري في البحر الأحمر قد قطع، ما أدى إلى بطء خدمات الإنترنت.",
     "نفت شركة الاتصالات اليمنية أن يكون الكابل البحري في البحر الأحمر قد قطع."),
    ("Yemen's telecom company confirmed that the undersea cable in the Red Sea had been cut, slowing internet "
     "services across the country.", "Yemen's telecom company denied that the undersea cable in the Red Sea had been cut."),
], ids=["arabic", "english"])
def test_an_opposition_with_details_on_one_side_only_is_medium(a, b):
    claims = [Claim(article=name, id=name, statement=text, quote=text) for name, text in (("a", a), ("b", b))]
    (finding,) = compare(claims, {})
    assert (finding.kind, finding.severity) == ("polarity", "medium")


@pytest.mark.parametrize(("a", "b", "words"), [
    ("البرلمان يعترض على تعديل قانون الانتخابات الجديد", "البرلمان يوافق على تعديل قانون الانتخابات الجديد",
     ("يعترض", "يوافق")),
    ("Parliament objects to the amendment of the new election law",
     "Parliament agrees to the amendment of the new election law", ("objects", "agrees")),
    ("الكويت تستنكر الحملة العسكرية على مدينة الحديدة", "الكويت تدعم الحملة العسكرية على مدينة الحديدة",
     ("تستنكر", "تدعم")),
    ("الصادرات النفطية تستقر خلال الربع الأول من العام", "الصادرات النفطية تزداد خلال الربع الأول من العام",
     ("تستقر", "تزداد")),
    ("تأجيل محاكمة المتهمين في قضية الفساد الكبرى", "استمرار محاكمة المتهمين في قضية الفساد الكبرى",
     ("تأجيل", "استمرار")),
    ("السلطات تضع حواجز خرسانية حول مبنى البرلمان", "السلطات تزيل حواجز خرسانية حول مبنى البرلمان",
     ("تضع", "تزيل")),
    ("Authorities install concrete barriers around the parliament building",
     "Authorities remove concrete barriers around the parliament building", ("install", "remove")),
    ("اللاجئون يعودون اختيارا إلى مدنهم في الجنوب", "اللاجئون يعودون قسرا إلى مدنهم في الجنوب",
     ("اختيارا", "قسرا")),
    ("Refugees return voluntarily to their towns in the south", "Refugees return forcibly to their towns in the south",
     ("voluntarily", "forcibly")),
])
def test_objecting_condemning_increasing_continuing_removing_and_forcing_oppose(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b", "words"), [
    ("الحكومة تمنح اللاجئين حق اللجوء لأكثر من عام", "الحكومة تمنع اللاجئين حق اللجوء لأكثر من عام", ("تمنح", "تمنع")),
    ("The government grants refugees the right of asylum for more than a year",
     "The government bans refugees the right of asylum for more than a year", ("grants", "bans")),
    ("الوزير يدافع عن سياسة الحكومة الاقتصادية الجديدة", "الوزير ينتقد سياسة الحكومة الاقتصادية الجديدة",
     ("يدافع", "ينتقد")),
    ("The minister defends the government's new economic policy",
     "The minister criticises the government's new economic policy", ("defends", "criticises")),
    ("آلاف المدنيين يفرون من مدينة الحديدة المحاصرة", "آلاف المدنيين يبقون في مدينة الحديدة المحاصرة",
     ("يفرون", "يبقون")),
    ("البنك المركزي يقلص الدعم المالي للشركات الصغيرة", "البنك المركزي يعزز الدعم المالي للشركات الصغيرة",
     ("يقلص", "يعزز")),
    ("وفرة في إمدادات القمح بالأسواق المحلية هذا الشتاء", "ندرة في إمدادات القمح بالأسواق المحلية هذا الشتاء",
     ("وفرة", "ندرة")),
    ("A glut of wheat supplies in local markets this winter",
     "A shortage of wheat supplies in local markets this winter", ("glut", "shortage")),
    ("نظرة إيجابية لنمو الاقتصاد المصري في العام المقبل", "نظرة سلبية لنمو الاقتصاد المصري في العام المقبل",
     ("إيجابية", "سلبية")),
    ("A positive outlook for Egypt's economic growth next year",
     "A negative outlook for Egypt's economic growth next year", ("positive", "negative")),
    ("الفريق يحقق أفضل نتيجة له منذ سبعة أعوام", "الفريق يحقق أسوأ نتيجة له منذ سبعة أعوام", ("أفضل", "أسوأ")),
    ("The team posts its best result in seven years", "The team posts its worst result in seven years",
     ("best", "worst")),
])
def test_granting_defending_fleeing_cutting_scarcity_and_worst_oppose(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b", "words"), [
    ("المنتخب المغربي في الصدارة بعد الجولة الثالثة من التصفيات",
     "المنتخب المغربي في مؤخرة الترتيب بعد الجولة الثالثة من التصفيات", ("الصدارة", "مؤخرة")),
    ("Morocco's team at the top of the table after the third qualifying round",
     "Morocco's team at the bottom of the table after the third qualifying round", ("top of", "bottom of")),
    ("قوات التحالف تتقدم في محيط مدينة الحديدة اليمنية", "قوات التحالف تتراجع في محيط مدينة الحديدة اليمنية",
     ("تتقدم", "تتراجع")),
    ("Coalition forces advance around the Yemeni city of Hodeidah",
     "Coalition forces retreat around the Yemeni city of Hodeidah", ("advance", "retreat")),
    ("الوزير يقر بوجود أزمة في قطاع الكهرباء", "الوزير ينفي وجود أزمة في قطاع الكهرباء", ("يقر", "ينفي")),
    ("المحكمة تبرئ المتهمين في قضية الفساد الكبرى", "المحكمة تحاكم المتهمين في قضية الفساد الكبرى", ("تبرئ", "تحاكم")),
])
def test_top_against_bottom_advancing_against_retreating_and_admitting_against_denying(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b", "words"), [
    ("تركيا تحذر فرنسا من التدخل العسكري في شمال سوريا", "تركيا تدعو فرنسا إلى التدخل العسكري في شمال سوريا",
     ("تحذر", "تدعو")),
    ("Turkey warns against military intervention by France in northern Syria",
     "Turkey calls for military intervention by France in northern Syria", ("warns against", "calls")),
])
def test_warning_against_opposes_calling_for(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b", "words"), [
    # a toll against "without casualties": what did not occur is said of the whole event
    ("مقتل سبعة عمال في انهيار مبنى قيد الإنشاء بمدينة الزرقاء",
     "انهيار مبنى قيد الإنشاء بمدينة الزرقاء دون سقوط ضحايا", ("مقتل", "دون سقوط ضحايا")),
    ("جرحى في حريق بمستودع للأخشاب شرق الخرطوم", "حريق بمستودع للأخشاب شرق الخرطوم ولا وجود لمصابين",
     ("جرحى", "ولا وجود لمصابين")),
    ("Seven workers killed as a building under construction collapses in Zarqa",
     "Building under construction collapses in Zarqa without casualties", ("killed", "without casualties")),
    ("Several injured in a warehouse fire east of Khartoum",
     "Warehouse fire east of Khartoum leaves no casualties", ("injured", "no casualties")),
])
def test_a_toll_against_no_casualties_in_both_languages(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words and found[2].opposition.family == "happening"


@pytest.mark.parametrize(("a", "b", "words"), [
    # one headline says the subject and its opposite predicate, the other the same with details
    ("الدينار الكويتي يهبط بشدة أمام اليورو في تعاملات الصباح", "ارتفاع الدينار الكويتي أمام اليورو",
     ("يهبط", "ارتفاع")),
    ("The Kuwaiti dinar drops sharply against the euro in morning trading", "Kuwaiti dinar rises against the euro",
     ("drops", "rises")),
    ("الحكومة تقيل مدير الهيئة العامة للموانئ إثر حادث الرصيف",
     "بقاء مدير الهيئة العامة للموانئ في منصبه", ("تقيل", "بقاء")),
    # the longer says more of the same (تقيل ... ضمن تغييرات), or something of another kind (لتواصلهم)
    ("الحكومة تقيل مدير الهيئة العامة للموانئ ضمن تغييرات واسعة", "بقاء مدير الهيئة العامة للموانئ في منصبه",
     ("تقيل", "بقاء")),
    ("الشرطة تعتقل 5 صحفيين لتواصلهم مع جهات أجنبية", "الشرطة تفرج عن 5 صحفيين", ("تعتقل", "تفرج")),
    ("Police detain 5 journalists for staying in contact with foreign groups", "Police release 5 journalists",
     ("detain", "release")),
])
def test_a_short_headline_opposes_a_longer_one_on_its_subject(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    # another event: a toll here, no casualties there
    ("مقتل خمسة في هجوم على سوق شعبي في حلب", "هجوم على مدرسة في حمص دون سقوط ضحايا"),
    ("Five killed in an attack on a market in Aleppo", "Attack on a school in Homs without casualties"),
    # "دون" of a number is "below", not "without"
    ("النفط يستقر دون 80 دولارا للبرميل", "النفط يستقر عند 80 دولارا للبرميل"),
    # both say no one was hurt, in other words
    ("انفجار في مصنع للأسمدة دون وقوع إصابات", "لا إصابات في انفجار بمصنع للأسمدة"),
    ("Blast at a fertiliser plant without casualties", "No casualties in a blast at a fertiliser plant"),
    # another object, in a short and a long headline
    ("الصين ترفع الرسوم على واردات الأرز", "الصين تخفض الرسوم على السيارات الكهربائية المستوردة من اليابان"),
    ("China raises tariffs on rice imports", "China cuts tariffs on electric cars imported from Japan"),
    # one predicate among others: the pound rises and the dollar falls, against the oil of the other
    ("صعود كبير للجنيه الإسترليني وهبوط حاد للدولار", "صعود حاد لأسعار النفط مع انخفاض الدولار"),
    # a negation of another verb
    ("مقتل ثلاثة في هجوم لم تتبنه أي جهة قرب الموصل", "هجوم قرب الموصل يسفر عن مقتل ثلاثة"),
])
def test_traps_of_short_headlines_and_no_casualties_stay_quiet(a, b):
    assert _opposed(a, b) is None


@pytest.mark.parametrize(("a", "b"), [
    ("يسقط", "إسقاط"), ("تعلن", "الإعلان"), ("أسعار", "سعر"), ("تطلق", "إطلاق"), ("يفرج", "بالإفراج"),
    ("يتفق", "الاتفاق"),
])
def test_verbs_meet_their_verbal_nouns_and_plurals_their_singulars(a, b):
    from checker.normalise.arabic import fold
    from checker.normalise.stems import stem
    assert stem(fold(a)) == stem(fold(b))


@pytest.mark.parametrize(("a", "b", "words"), [
    ("الدفاعات الجوية تسقط طائرة مسيرة فوق ميناء العقبة", "الدفاعات الجوية تفشل في إسقاط طائرة مسيرة فوق ميناء العقبة",
     ("تسقط", "تفشل في إسقاط")),
    ("Air defences shoot down a drone over the port of Aqaba",
     "Air defences fail to shoot down a drone over the port of Aqaba", ("shoot", "fail to shoot")),
    ("الحكومة تعلن زيادة أسعار الخبز في الأردن", "إعلان عن خفض سعر الخبز في الأردن", ("زيادة", "خفض")),
])
def test_a_verb_and_its_verbal_noun_are_one_predicate(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    # "without" something else than what the other says: no opposition ("دون إبداء أسباب" / "بدون سبب")
    ("الرئيس يقيل وزير المالية دون إبداء أسباب", "إقالة وزير المالية بدون سبب واضح من قبل الرئيس"),
])
def test_an_unclear_without_is_no_negation_of_the_other(a, b):
    assert _opposed(a, b) is None


def test_a_rise_and_a_fall_of_two_months_are_not_compared():
    assert compare(_headlines("مصر ترفع أسعار الوقود في أغسطس", "انخفاض أسعار الوقود في مصر"),
                   {"a0": None, "a1": None}, 1) == []
    assert compare(_headlines("Egypt raises fuel prices in August", "Fuel prices in Egypt fall"),
                   {"a0": None, "a1": None}, 1) == []
    # "may" is no month
    found = compare(_headlines("Fuel prices in Egypt may rise sharply", "Fuel prices in Egypt may fall sharply"),
                    {"a0": None, "a1": None}, 1)
    assert [c.kind for c in found] == ["polarity"]


@pytest.mark.parametrize(("a", "b", "words"), [
    # a stop or an avoidance turns what it stops, as a denial does
    ("الأردن يتوقف عن استيراد الغاز من مصر", "الأردن يواصل استيراد الغاز من مصر", ("يتوقف عن استيراد", "استيراد")),
    ("Jordan stopped importing gas from Egypt", "Jordan imports gas from Egypt", ("stopped importing", "imports")),
    ("البنك يتجنب الاتفاق مع الحكومة", "البنك يوقع اتفاقا مع الحكومة", ("يتجنب الاتفاق", "اتفاقا")),
    ("The bank avoids a deal with the government", "The bank signs a deal with the government",
     ("avoids a deal", "deal")),
    ("مقاتلات تقصف مخزنا للذخيرة قرب مدينة حماة", "توقف القصف قرب مدينة حماة", ("تقصف", "توقف القصف")),
    # a pronoun ending does not hide the word: "ملاحقتها" and "ملاحقة"
    ("الحكومة تعلن ملاحقتها رجل الأعمال الهارب أينما ذهب", "الحكومة تتوقف عن ملاحقة رجل الأعمال الهارب",
     ("ملاحقتها", "تتوقف عن ملاحقة")),
])
def test_a_stop_or_an_avoidance_opposes_what_it_stops(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    # a stop of something else
    ("الأردن يتوقف عن استيراد الغاز من مصر", "مصر تواصل تصدير الغاز إلى الأردن"),
    ("Police stopped protesters at the entrance of the capital", "Protesters reached the entrance of the capital"),
    ("الشرطة توقف المتظاهرين عند مدخل العاصمة", "المتظاهرون يصلون إلى مدخل العاصمة"),
    # both stop, in other words
    ("الأردن يتوقف عن استيراد الغاز من مصر", "توقف استيراد الغاز المصري في الأردن"),
    ("Jordan stops importing gas from Egypt", "Jordan avoids importing Egyptian gas"),
])
def test_traps_of_stops_stay_quiet(a, b):
    assert _opposed(a, b) is None


def test_an_opposite_account_is_as_near_as_an_agreeing_one_in_other_forms():
    from checker.compare.kinds.polarity import _said
    # which claims are counterparts is told by what they say: the opposite predicate fills the same place,
    # and the forms of a word meet ("لليرة" / "الليرة")
    assert _said("ارتفاع جديد لليرة السورية") == _said("الليرة السورية تنخفض من جديد")
    assert _said("Syrian pound rises again") == _said("Syrian pound falls again")
    assert _said("الليرة السورية ترتفع") != _said("الليرة اللبنانية ترتفع")


def test_a_doubled_verbal_noun_with_an_ending_meets_its_verb():
    from checker.normalise.arabic import fold
    from checker.normalise.stems import stem
    assert stem(fold("تقريرا")) == stem(fold("تقرير")) == stem(fold("يقرر"))
    found = _opposed("التحالف يرفض تقريرا للجنة التحقيق الدولية", "التحالف يوافق على تقرير لجنة التحقيق الدولية")
    assert found is not None and found[:2] == ("يرفض", "يوافق")


def test_a_continuing_rise_and_a_continuing_fall_share_their_continuing():
    found = _opposed("صعود مستمر لأسعار القمح", "هبوط متواصل لأسعار القمح")
    assert found is not None and found[:2] == ("صعود", "هبوط") and found[2].extra == 0
    found = _opposed("Wheat prices in continuing rise", "Wheat prices in continuing fall")
    assert found is not None and found[:2] == ("rise", "fall") and found[2].extra == 0


@pytest.mark.parametrize(("a", "b", "words"), [
    # words of degree say how much, not what: they neither hide the subject nor count as another one
    ("صعود طفيف للدينار التونسي بعد الانتخابات", "انخفاض ملحوظ للدينار التونسي", ("صعود", "انخفاض")),
    ("A slight rise of the Tunisian dinar after the elections", "A marked fall of the Tunisian dinar",
     ("rise", "fall")),
    ("ارتفاع قياسي لمؤشر البورصة المصرية منذ 2011", "مؤشر البورصة المصرية ينخفض لأدنى مستوى منذ 2011",
     ("ارتفاع", "ينخفض")),
])
def test_words_of_degree_are_not_the_subject(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


def test_a_word_with_the_article_is_not_read_as_a_verbal_noun():
    from checker.normalise.arabic import fold
    from checker.normalise.stems import stem
    assert stem(fold("الشاب")) == stem(fold("شاب")) and stem(fold("الناس")) == stem(fold("ناس"))


@pytest.mark.parametrize(("a", "b", "words"), [
    # a number in words and in digits is one word of the subject
    ("المحكمة تسجن سبعة ناشطين في عمان", "المحكمة تفرج عن 7 ناشطين في عمان", ("تسجن", "تفرج")),
    ("Court jails seven activists in Amman", "Court releases 7 activists in Amman", ("jails", "releases")),
])
def test_a_number_in_words_meets_its_digits(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words and found[2].extra == 0


@pytest.mark.parametrize(("a", "b", "words"), [
    # one happening in each of two sentences of one story, not next to the same words
    ("الأردن: السجن المؤبد لخمسة مهربين بعد ضبط شحنة مخدرات", "إطلاق سراح 5 مهربين بعد ضبط شحنة مخدرات في الأردن",
     ("السجن", "إطلاق سراح")),
    ("Jordan: life imprisonment for five smugglers after a drugs haul",
     "Release of 5 smugglers after a drugs haul in Jordan", ("imprisonment", "Release")),
])
def test_one_happening_in_each_of_two_sentences_of_one_story(a, b, words):
    found = _opposed(a, b)
    assert found is not None and found[:2] == words


@pytest.mark.parametrize(("a", "b"), [
    # a rise and a fall of two things in one market, each alone in its sentence: not paired so
    ("اليورو يهبط أمام الدولار في تعاملات لندن", "الذهب يتعافى أمام الدولار في تعاملات لندن"),
    # two happenings of two people
    ("السجن المؤبد لخمسة مهربين في الأردن بعد ضبط شحنة مخدرات", "إطلاق سراح سائق الشاحنة بعد ضبط شحنة مخدرات في الأردن"),
])
def test_traps_of_one_word_in_each_stay_quiet(a, b):
    assert _opposed(a, b) is None


def test_headlines_in_other_forms_of_the_same_words_are_alike():
    from checker.compare.facts import read_all
    from checker.compare.kinds.polarity import alike
    # few words in common as written ("قرار" / "قرارا", "مصري" / "مصر"), most of them as stems
    for texts in (("قرار حكومي مصري عاجل بسبب وفرة القمح", "مصر تؤجل قرارا بسبب ندرة القمح"),):
        f, g = read_all(_headlines(*texts), {"a0": None, "a1": None})
        assert len(f.words & g.words) < 3 and alike(f, g)
    f, g = read_all(_headlines("قرار حكومي مصري بسبب وفرة القمح", "تونس تؤجل انتخابات البلدية"), {"a0": None, "a1": None})
    assert not alike(f, g)


@pytest.mark.parametrize(("a", "b"), [
    # the same stop in two words, one of which turns the word after it and one not
    ("الجيش يعلن وقفا مؤقتا للعمليات العسكرية في الشمال", "أعلن الجيش توقف العمليات العسكرية في الشمال مؤقتا"),
    ("The army announces a halt to military operations in the north", "The army stopped conducting military operations in the north"),
])
def test_a_stop_told_in_two_words_is_no_opposition(a, b):
    assert _opposed(a, b) is None


@pytest.mark.parametrize(("a", "b", "words"), [
    ("Police said the inmate who escaped from Leeds prison was recaptured on Friday",
     "Police said the inmate who escaped from Leeds prison is still at large on Friday", ("recaptured", "still at large")),
    ("The two engineers kidnapped near Aden were released on Monday",
     "The two engineers kidnapped near Aden are still being held on Monday", ("released", "still being held")),
    ("أعلنت الشرطة القبض على السجين الفار من سجن الحراش", "السجين الفار من سجن الحراش لا يزال طليقا بحسب الشرطة",
     ("القبض", "يزال طليقا")),
    ("قالت الوزارة إن المهندسين المخطوفين قرب عدن أطلق سراحهما", "قالت الوزارة إن المهندسين المخطوفين قرب عدن ما زالا مختطفين",
     None),  # a dual the entry does not write: no finding rather than a guess
    ("The nurses' union extended the strike at Royal Infirmary by a week",
     "The nurses' union suspended the strike at Royal Infirmary for a week", ("extended", "suspended")),
    ("مددت نقابة الأطباء الإضراب في مستشفيات الرباط أسبوعا", "علقت نقابة الأطباء الإضراب في مستشفيات الرباط أسبوعا",
     ("مددت", "علقت")),
])
def test_a_state_that_changed_against_the_state_said_to_go_on(a, b, words):
    found = _opposed(a, b)
    assert (found[:2] if found else None) == words


@pytest.mark.parametrize(("a", "b"), [
    ("السجين الفار من سجن الحراش لا يزال طليقا", "قالت الشرطة إن السجين الفار من سجن الحراش ما زال طليقا"),
    ("The inmate who escaped from Leeds prison is still at large", "The Leeds prison escapee remains at large"),
    ("أعلنت الشرطة القبض على السجين الفار من سجن الحراش", "اللص الذي سرق متجر الحراش لا يزال طليقا"),  # another man
])
def test_still_said_by_both_or_of_two_people_is_no_opposition(a, b):
    assert _opposed(a, b) is None


# Words common one by one (each in more claims than a common word is, `common_words`) may still say one
# story together when few claims use them all: fillers name each word of the subject often, never all.
_SYLLABLES = ["ka", "lo", "mi", "ru", "te", "zo", "vi", "na"]


def _fillers(words: list[str], each: int) -> list[str]:
    """`each` headlines for every word, each with made-up words of its own beside it: no lexicon word,
    no number, no place."""
    made = []
    for n, word in enumerate(words):
        for k in range(each):
            a, b, c = _SYLLABLES[k % 8], _SYLLABLES[(k // 8) % 8], _SYLLABLES[n % 8]
            made.append(f"{word} {a}{b}{c}x {c}{a}y{k}z")
    return made


def _polar_between(claims: list[Claim], one: str, other: str) -> list:
    found = compare(claims, {c.article: None for c in claims}, 1)
    quotes = {one, other}
    return [c for c in found if c.kind == "polarity" and {s.quote for s in c.sides} == quotes]


@pytest.mark.parametrize(("one", "other", "subject"), [
    ("Harbour crane workers' wages rise", "Harbour crane workers' wages fall",
     ["harbour", "crane", "workers", "wages"]),
    ("ارتفاع أجور عمال رافعات الميناء", "انخفاض أجور عمال رافعات الميناء",
     ["أجور", "عمال", "رافعات", "الميناء"]),
])
def test_common_words_said_together_by_few_claims_tell_one_story(one, other, subject):
    claims = _headlines(one, other, *_fillers(subject, 24))
    assert len(_polar_between(claims, one, other)) == 1


@pytest.mark.parametrize(("days", "subject"), [
    (["Harbour crane workers' wages rise", "Harbour crane workers' wages fall",
      "Harbour crane workers' wages rise again", "Harbour crane workers' wages fall again",
      "Harbour crane workers' wages rise sharply", "Harbour crane workers' wages fall sharply"],
     ["harbour", "crane", "workers", "wages"]),
    (["ارتفاع أجور عمال رافعات الميناء", "انخفاض أجور عمال رافعات الميناء",
      "ارتفاع جديد لأجور عمال رافعات الميناء", "انخفاض جديد لأجور عمال رافعات الميناء",
      "ارتفاع حاد لأجور عمال رافعات الميناء", "انخفاض حاد لأجور عمال رافعات الميناء"],
     ["أجور", "عمال", "رافعات", "الميناء"]),
])
def test_common_words_said_together_by_many_claims_are_a_topic_not_a_story(days, subject):
    # A market told on many days, with no date: the words the headlines share are what the corpus says
    # all the time, together too. No day's rise is opposed to another day's fall.
    claims = _headlines(*(days * 2), *_fillers(subject, 24))
    found = compare(claims, {c.article: None for c in claims}, 1)
    assert [c for c in found if c.kind == "polarity"] == []


def test_three_common_words_said_together_are_not_enough():
    one, other = "Harbour crane wages rise", "Harbour crane wages fall"
    claims = _headlines(one, other, *_fillers(["harbour", "crane", "wages"], 24))
    assert _polar_between(claims, one, other) == []
