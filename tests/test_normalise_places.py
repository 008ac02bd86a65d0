"""Places with their aliases: باريس = العاصمة الفرنسية = Paris."""

import pytest

from checker.normalise.places import country_of_adjective, find_places, lookup_place, same_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("باريس", "paris"), ("بباريس", "paris"), ("العاصمة الفرنسية", "paris"), ("بالعاصمة الفرنسية", "paris"),
        ("العاصمة الفرنسية باريس", "paris"), ("بالعاصمة باريس", "paris"), ("Paris", "paris"),
        ("the French capital", "paris"), ("بروكسل", "brussels"), ("العاصمة البلجيكية", "brussels"),
        ("Brussels", "brussels"), ("الموصل", "mosul"), ("بالموصل", "mosul"), ("سانت بطرسبرغ", "st_petersburg"),
        ("عمّان", "amman"), ("New York", "new_york"), ("the British capital", "london"), ("واشنطن", "washington"),
        ("فرنسا", "FR"), ("سوريا", "SY"), ("سورية", "SY"), ("Iraq", "IQ"),
    ],
)
def test_aliases_name_one_place(text, place):
    assert lookup_place(text).id == place


def test_find_places_gives_spans_and_locative_use():
    text = "عقب اجتماع في العاصمة الفرنسية باريس لوزراء دفاع من مدينة الموصل"
    found = find_places(text)
    assert [(m.place.id, m.text, m.locative) for m in found] == [
        ("paris", "العاصمة الفرنسية باريس", True), ("mosul", "الموصل", False)]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.locative for m in find_places("met in Paris, then flew to London")] == [True, False]


@pytest.mark.parametrize(("text", "locative"), [
    ("شاركت 12 دولة في اجتماع جنيف", True), ("خلال قمة الرياض", True), ("وزار باريس الثلاثاء", True),
    ("joined the Geneva talks", True), ("after a Paris summit", True), ("the Paris attack", True),
    ("the Syria talks", False), ("محادثات سوريا", False),  # a country an event is named after is its subject
    ("التعاون مع تركيا", False), ("the France team", False), ("flew to London", False),
])
def test_the_city_an_event_is_named_after_is_where_it_happens(text, locative):
    (mention,) = find_places(text)
    assert mention.locative is locative


@pytest.mark.parametrize(("text", "place", "country"), [
    ("في خان يونس", "khan_younis", "PS"), ("في خانيونس", "khan_younis", "PS"), ("in Khan Yunis", "khan_younis", "PS"),
    ("في رفح", "rafah", "PS"), ("بجنين", "jenin", "PS"), ("في الخليل", "hebron", "PS"), ("في دير البلح", "deir_al_balah", "PS"),
    ("في دير الزور", "deir_ez_zor", "SY"), ("في إدلب", "idlib", "SY"), ("في حمص", "homs", "SY"),
    ("في البصرة", "basra", "IQ"), ("بالفلوجة", "fallujah", "IQ"), ("في الحديدة", "hodeidah", "YE"),
    ("في أم درمان", "omdurman", "SD"), ("in El Fasher", "el_fasher", "SD"), ("في جدة", "jeddah", "SA"),
    ("in Kharkiv", "kharkiv", "UA"), ("in Odessa", "odesa", "UA"), ("في الدار البيضاء", "casablanca", "MA"),
    ("in Prague", "prague", "CZ"), ("في براغ", "prague", "CZ"), ("in Belfast", "belfast", "GB"),
    ("in Deir al-Balah", "deir_al_balah", "PS"), ("in Deir ez-Zor", "deir_ez_zor", "SY"), ("in el-Fasher", "el_fasher", "SD"),
    ("in Sharm el-Sheikh", "sharm_el_sheikh", "EG"), ("في شرم الشيخ", "sharm_el_sheikh", "EG"),
])
def test_cities_often_in_arabic_news_are_known_with_their_country(text, place, country):
    (mention,) = find_places(text)
    assert (mention.place.id, mention.place.country, mention.locative) == (place, country, True)


def test_a_town_agrees_with_the_place_it_is_part_of_not_with_its_neighbours():
    khan_younis, rafah, gaza = (lookup_place(x) for x in ("خان يونس", "رفح", "قطاع غزة"))
    assert same_place(khan_younis, gaza) is True and same_place(gaza, rafah) is True
    assert same_place(khan_younis, rafah) is False
    assert same_place(lookup_place("أم درمان"), lookup_place("الخرطوم")) is True


def test_the_office_of_a_country_met_elsewhere_is_not_where_it_met():
    assert [(m.place.id, m.locative) for m in find_places("met in Berlin the President of France")] == [
        ("berlin", True), ("FR", False)]


def test_a_comma_still_parts_two_places():
    assert [m.place.id for m in find_places("from Deir al-Balah, Rafah and Gaza")] == ["deir_al_balah", "rafah", "gaza"]


def test_the_capital_of_a_country_added_with_its_city():
    assert lookup_place("العاصمة التشيكية").id == "prague"
    assert same_place(lookup_place("Prague"), lookup_place("التشيك")) is True


def test_words_that_are_also_city_names_are_not_taken_where_nothing_happens():
    # سرت (Sirte) is also a verb ("rumours spread"), خليل a given name beside الخليل (Hebron): a word
    # that may be a city is a place only in a place phrase ("في سرت") or a location field.
    assert find_places("سرت شائعات في المدينة") == ()
    assert [m.place.id for m in find_places("اشتباكات في سرت")] == ["sirte"]
    assert lookup_place("سرت").id == "sirte"
    assert find_places("وقال خليل الحية إن الحركة مستعدة") == ()


@pytest.mark.parametrize(("text", "locative"), [
    ("وفي باريس قال الوزير", True), ("قتل 5 في مدينة خان يونس", True), ("في مخيم جباليا", True), ("بمدينة الموصل", True),
    ("غارة في شمال غزة", True), ("في محافظة إدلب", True), ("in the city of Mosul", True), ("in northern Gaza", True),
    ("in the north of Gaza", True), ("في غارة إسرائيلية على خان يونس", True), ("هجوم على مدينة الموصل", True),
    ("an air strike on the city of Mosul", True), ("اتفقوا على باريس", False), ("agreed on Paris", False),
    ("in the West Bank city of Jenin", True), ("in the northern Iraqi city of Mosul", True),
    ("the Mayor of Paris", False),
    ("قرب الموصل", False), ("في محيط الموصل", False), ("near Mosul", False), ("north of Mosul", False),
    ("من مدينة الموصل", False), ("the city of Mosul", False),
])
def test_in_a_part_or_a_kind_of_place_is_in_it(text, locative):
    (mention,) = find_places(text)
    assert mention.locative is locative


def test_unknown_places_and_plain_words_are_not_places():
    assert find_places("في ولاية كنتاكي") == ()
    assert find_places("قال الوزير إن الوضع صعب") == ()


def test_nationality_adjectives():
    assert country_of_adjective("الفرنسي") == "FR"
    assert country_of_adjective("الفرنسية") == "FR"
    assert country_of_adjective("الأميركي".replace("أ", "ا")) == "US"
    assert country_of_adjective("french") == "FR"
    assert country_of_adjective("الدولي") is None


def test_same_place():
    paris, london, france, syria = (lookup_place(x) for x in ("Paris", "لندن", "فرنسا", "سوريا"))
    assert same_place(paris, lookup_place("العاصمة الفرنسية")) is True
    assert same_place(paris, france) is True  # a city and its country
    assert same_place(paris, london) is False
    assert same_place(france, syria) is False
    assert same_place(paris, syria) is None  # a city and another country: where the fighting is, maybe


@pytest.mark.parametrize(("text", "name"), [
    ("اندلع حريق في مصنع للنسيج بمدينة الإسماعيلية", "Ismailia"),  # towns of the gazetteer, in both scripts
    ("حريق بالإسماعيلية", "Ismailia"),
    ("قال في مؤتمر صحفي في نيروبي", "Nairobi"),
    ("the campaign, Otieno said in Kampala on Friday", "Kampala"),
    ("a train derailed in the town of Eldoret", "Eldoret"),
    ("وصل الوفد إلى كينيا ثم التقى الرئيس في كينيا", "Kenya"),  # a country of ISO 3166, by its Arabic name
    ("talks in Kenya", "Kenya"),
])
def test_places_of_the_gazetteer_in_a_place_phrase(text, name):
    assert name in [m.place.name for m in find_places(text) if m.locative]


@pytest.mark.parametrize("text", [
    "وقالت جدة الطفل إنها جاءت مع أحفادها",  # a grandmother, not Jeddah
    "يبعث على الأمل بين الناشرين",  # hope
    "في إطار التعاون بين البلدين",  # a frame, not Atar
    "يقاتلون في الميدان منذ أشهر",  # a field, not Medan
    "في ولاية الرئيس الثانية",  # و + a name of Lae is a word
    "Reading the report, the minister said",
    "in the West Bank city of Jenin",  # no town Bank
    "the talks at Police headquarters",
])
def test_a_name_that_is_an_ordinary_word_is_no_place_out_of_a_place_phrase(text):
    assert [m.place.name for m in find_places(text)] in ([], ["Jenin"])


def test_a_location_field_is_a_place_without_a_place_phrase():
    assert lookup_place("جدة").id == "jeddah"
    assert lookup_place("Addis Ababa").name == lookup_place("أديس أبابا").name == "Addis Ababa"
    assert same_place(lookup_place("نيروبي"), lookup_place("Nairobi")) is True
    assert same_place(lookup_place("Nairobi"), lookup_place("Kampala")) is False
    assert same_place(lookup_place("Nairobi"), lookup_place("Kenya")) is True


def test_a_city_of_the_table_is_one_place_under_the_gazetteers_other_names():
    # "اسلو" is a GeoNames name of Oslo, which the table knows as أوسلو: the same place, not two
    assert lookup_place("اسلو") == lookup_place("أوسلو") == lookup_place("Oslo")


def test_the_gazetteer_loads_from_its_cache_in_a_fraction_of_a_second():
    import time

    from checker.normalise import gazetteer
    from checker.normalise.places import may_be_a_name

    gazetteer.load(may_be_a_name)  # derived once, if not cached yet
    started = time.perf_counter()
    loaded = gazetteer.load(may_be_a_name)
    assert time.perf_counter() - started < 1.0
    arabic = [alias for alias in loaded.aliases if not alias.isascii()]
    assert len(loaded.places) > 30_000 and len(arabic) > 8_000


@pytest.mark.parametrize(("text", "code"), [
    ("Congo", "CD"), ("الكونغو", "CD"), ("Democratic Republic of Congo", "CD"), ("DRC", "CD"),
    ("الكونغو الديمقراطية", "CD"), ("Republic of Congo", "CG"), ("Congo Republic", "CG"), ("الكونغو برازافيل", "CG"),
])
def test_congo_is_what_news_calls_it_in_both_languages(text, code):
    from checker.normalise.places import load_gazetteer, lookup_place

    load_gazetteer()
    assert lookup_place(text).id == code


@pytest.mark.parametrize("text", ["The singer will perform at the Olympic Stadium in Athens on 14 June.",
                                  "Crowds gathered at the Victoria Station concourse in London."])
def test_a_place_name_that_begins_a_longer_name_is_not_that_place(text):
    assert [m.place.id for m in find_places(text)] in (["athens"], ["london"])


def test_a_field_naming_a_venue_is_not_the_town_it_begins_with():
    assert lookup_place("Olympic Stadium") is None


@pytest.mark.parametrize("text, expected", [
    ("Officials in the US said on Monday", ["United States"]),
    ("US troops arrived at dawn", ["United States"]),
    ("A UK ticket-holder won the jackpot", ["Britain"]),
    ("The talks were held in the UAE", ["United Arab Emirates"]),
    ("He told us that the toll had risen", []),
    ("Let us go to the city", []),
    ("قال مسؤولون في الولايات المتحدة", ["United States"]),
])
def test_a_country_is_named_by_its_short_english_name_and_us_only_in_capitals(text, expected):
    assert [m.place.name for m in find_places(text)] == expected
