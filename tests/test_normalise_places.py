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
