"""People: names folded to tokens, spelling variants of one person, roles and who holds them."""

import pytest

from checker.normalise.names import find_persons, name_tokens, parse_role, same_person, split_speaker


def test_name_tokens_strip_titles_and_join_particles():
    assert name_tokens("جان-إيف لودريان") == name_tokens("جان إيف لو دريان") == ("جان", "ايف", "لودريان")
    assert name_tokens("السيد أحمد أبو الغيط") == ("احمد", "ابوالغيط")
    assert name_tokens("Jean-Yves Le Drian") == ("jean", "yves", "ledrian")
    assert name_tokens("Dr. Anna Smith") == ("anna", "smith")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("جون إيف لو دريان", "جان إيف لو دريان"),
        ("جان-إيف لودريان", "جان إيف لو دريان"),
        ("لودريان", "جان إيف لو دريان"),
        ("أشتون كارتر", "آشتون كارتر"),
        ("سيرغي لافروف", "سيرجي لافروف"),
        ("Jean-Yves Le Drian", "Jean-Yves Ledrian"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Ash Carter", "Ashton Carter"),
        ("Carter", "Ashton Carter"),
        ("دريان", "جان إيف لو دريان"),  # the particle dropped
        ("Drian", "Jean-Yves Le Drian"),
    ],
)
def test_spelling_variants_are_one_person(a, b):
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("جان إيف لوران", "جان إيف لو دريان"),
        ("Jean-Yves Laurent", "Jean-Yves Le Drian"),
        ("محمد شياع الحلبوسي", "محمد شياع السوداني"),
        ("Jose Manuel Alvarez", "Jose Manuel Albares"),
        ("Hillary Clinton", "Bill Clinton"),
    ],
)
def test_different_names_are_not_variants(a, b):
    assert not same_person(a, b)


def persons(text):
    return [(p.name, p.role.key if p.role else None) for p in find_persons(text)]


def test_find_persons_with_their_roles_in_arabic():
    assert persons("قال وزير الدفاع الفرنسي، جان إيف لو دريان، الثلاثاء") == [
        ("جان إيف لو دريان", ("minister", "defence", "FR"))]
    assert persons("حكومة رئيس الوزراء العراقي حيدر العبادي وتقييم") == [
        ("حيدر العبادي", ("prime_minister", None, "IQ"))]
    assert persons("برئاسة وزيرا الدفاع الأميركي آشتون كارتر والفرنسي جان إيف لودريان.") == [
        ("آشتون كارتر", ("minister", "defence", "US")), ("جان إيف لودريان", ("minister", "defence", "FR"))]
    assert persons("بين الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان،") == [
        ("فلاديمير بوتين", ("president", None, "RU")), ("رجب طيب أردوغان", None)]


def test_counterpart_keeps_its_country_for_later_resolution():
    (mention,) = find_persons("وقال كارتر في مؤتمر صحافي مشترك في نظيره الفرنسي جان إيف لوران في باريس")
    assert mention.name == "جان إيف لوران"
    assert (mention.role.office, mention.role.country, mention.role.key) == ("counterpart", "FR", None)


def test_find_persons_with_their_roles_in_english():
    assert persons("French Defence Minister Jean-Yves Le Drian said") == [
        ("Jean-Yves Le Drian", ("minister", "defence", "FR"))]
    assert persons("U.S. Defense Secretary Ash Carter told reporters") == [("Ash Carter", ("minister", "defence", "US"))]
    assert persons("Ashton Carter, the US defence secretary, said") == [("Ashton Carter", ("minister", "defence", "US"))]
    assert persons("said his French counterpart Jean-Yves Laurent.") == [("Jean-Yves Laurent", None)]


def test_counts_of_ministers_and_former_ministers_are_not_named_role_holders():
    assert persons("ضم 13 وزير دفاع يمثلون أبرز دول التحالف") == []
    assert persons("قال وزير الدفاع السابق أحمد علي") == []
    assert persons("former Defence Minister John Smith said") == []


def test_parse_role():
    assert parse_role("وزير الدفاع الأميركي").key == ("minister", "defence", "US")
    assert parse_role("French Defence Minister").key == ("minister", "defence", "FR")
    assert parse_role("Secretary of Defense").key is None  # no country: too vague to name one person
    assert parse_role("الرئيس الفرنسي").key == ("president", None, "FR")
    assert parse_role("مصادر أمنية") is None


def test_split_speaker():
    assert split_speaker("وزير الدفاع الفرنسي جان إيف لو دريان")[0] == "جان إيف لو دريان"
    assert split_speaker("لودريان") == ("لودريان", None)
    name, role = split_speaker("وزير الدفاع الأمريكي")
    assert name is None and role.key == ("minister", "defence", "US")
    assert split_speaker("وزارة الدفاع الأميركية") == (None, None)
    assert split_speaker("لودريان وكارتر") == (None, None)
    assert split_speaker("Carter and Le Drian") == (None, None)
    assert split_speaker("الوزيران") == (None, None)


@pytest.mark.parametrize("text", [
    "وزير الدفاع الإسرائيلي يعلن وقف الاستيطان",  # a verb where the name would be
    "الرئيس الروسي يأمر بوقف القتال",
    "وزير الصحة المصري يؤكد جاهزية المستشفيات",
    "وزير الخارجية الأمريكي يواصل جولته",
    "وزيرة الخارجية الألمانية تزور بغداد",  # a woman's title, a verb in ت
    "أمر الرئيس الروسي بوقف إنساني للقتال",  # a preposition joined to a noun, its adjective after
    "Egyptian Health Minister Announces Start Of Polio Vaccination Drive",  # Title Case: capitals tell nothing
    "French President Says Talks Will Resume On Monday",
])
def test_verbs_and_prepositions_are_not_names(text):
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وزير الدفاع الإسرائيلي أفيغدور ليبرمان يدعو للتوسع في الاستيطان", "أفيغدور ليبرمان"),
    ("بدأ وزير الخارجية التركي هاكان فيدان زيارة رسمية إلى بغداد", "هاكان فيدان"),
    ("وزير الدفاع الإسرائيلي يوآف غالانت", "يوآف غالانت"),  # a name may begin like a verb
    ("الرئيس الأمريكي ترامب يقول إن", "ترامب"),  # ت after a man's title is no verb
    ("الرئيس الروسي بوتين يلتقي نظيره", "بوتين"),  # ب of a name, not a preposition
    ("قال وزير الداخلية اللبناني بسام مولوي إن التحقيقات مستمرة", "بسام مولوي"),  # a family name in ي
    ("قالت وزيرة الخارجية ليلى بنعلي إن", "ليلى بنعلي"),
    ("رئيس الوزراء البريطاني ريشي سوناك يعلن", "ريشي سوناك"),
    ("French Defence Minister Jean-Yves Le Drian said on Tuesday", "Jean-Yves Le Drian"),
])
def test_a_name_carries_no_verb_or_noun_after_it(text, name):
    assert [p.name for p in find_persons(text)] == [name]


@pytest.mark.parametrize(("text", "name", "occupation"), [
    ("توفي الروائي إبراهيم أصلان صباح الأحد", "إبراهيم أصلان", "novelist"),
    ("قال المدرب بيب غوارديولا إن الفريق تعب", "بيب غوارديولا", "coach"),
    ("The novelist Ibrahim Aslan died on Sunday", "Ibrahim Aslan", "novelist"),
    ("striker Kylian Mbappe said he would stay", "Kylian Mbappe", "player"),
])
def test_a_person_named_by_what_they_do(text, name, occupation):
    (person,) = find_persons(text)
    assert (person.name, person.role.office) == (name, occupation)


@pytest.mark.parametrize("text", ["قال المدرب الجديد للفريق إن التدريبات بدأت", "the judge set the hearing for May"])
def test_an_occupation_without_a_name_names_no_one(text):
    assert find_persons(text) == ()


def test_an_occupation_never_tells_who_is_meant_alone():
    (person,) = find_persons("قال الروائي المصري إبراهيم أصلان")
    assert person.role.country == "EG" and person.role.key is None  # many Egyptian novelists


@pytest.mark.parametrize("speaker", ["علي المصيلحي", "على المصيلحي", "وزير التموين علي المصيلحي"])
def test_ali_is_a_name_not_the_preposition_it_folds_to(speaker):
    assert split_speaker(speaker)[0] is not None


@pytest.mark.parametrize(("text", "name"), [
    ("قال وزير التموين علي المصيلحي إن الأسعار ثابتة", "علي"),
    ("قال وزير السياحة خالد العناني إن الموسم جيد", "خالد"),
    ("قالت وزيرة التضامن نيفين القباج إن الدعم مستمر", "نيفين"),  # a portfolio the table does not know
])
def test_a_minister_of_any_portfolio_is_named(text, name):
    assert [p.name.split()[0] for p in find_persons(text)] == [name]


@pytest.mark.parametrize("text", ["أكد وزير الخارجية على أهمية الحوار", "وزير الدولة لشؤون الإعلام"])
def test_no_name_where_a_preposition_follows_the_office(text):
    assert find_persons(text) == ()


@pytest.mark.parametrize(("text", "name"), [
    ("The dam burst left 45 dead, Interior Minister Fred Matiang'i said.", "Fred Matiang'i"),
    ("Foreign Minister Dermot O'Brien's visit was cut short.", "Dermot O'Brien"),
])
def test_a_name_written_with_an_apostrophe_is_whole(text, name):
    assert [p.name for p in find_persons(text)] == [name]


def test_a_speaker_named_with_an_apostrophe_is_a_person():
    assert split_speaker("Fred Matiang'i")[0] == "Fred Matiang'i"
