"""Rules that only matter once many stories share one corpus: someone's given name is somebody else's
surname, and two people in one event can say alike. Found with the synthetic benchmark corpus; the
claims here are hand-written."""

from datetime import date, timedelta

from checker.compare import compare
from checker.models import Claim

DAY = date(2024, 3, 5)


def claim(article: str, n: int, quote: str, speaker: str | None = None, role: str | None = None,
          statement: str | None = None, location: str = "Vienna", day: str = "Tuesday") -> Claim:
    return Claim(article=article, id=f"{article}-{n}", speaker=speaker, speaker_role=role,
                 statement=statement or quote, quote=quote, location=location, date=day)


def findings(claims: list[Claim], kind: str):
    published = {c.article: DAY for c in claims}
    return [c for c in compare(claims, published) if c.kind == kind]


def test_a_given_name_that_is_a_surname_in_another_story_is_not_that_person():
    # "Dinvo" is Dinka Dinvo's surname in a Cairo story; in Vienna, Dinvo Nutorgar is someone else.
    cairo = [claim(f"cairo-{x}", 1, "The Iraqi interior minister Dinka Dinvo said on Tuesday in Cairo that 40 people were killed.",
                   "Dinka Dinvo", "Iraqi interior minister", location="Cairo") for x in "ab"]
    vienna = [claim(f"vienna-{x}", 1, f'Dinvo Nutorgar told reporters in Vienna on Tuesday: "The summit made progress {x}."',
                    "Dinvo Nutorgar") for x in "ab"]
    vienna += [claim(f"vienna-{x}", 2, "The Iraqi interior minister Sami Haddad said on Tuesday in Vienna that 7 villages were evacuated.",
                     "Sami Haddad", "Iraqi interior minister") for x in "ab"]
    assert findings(cairo + vienna, "name") == []


def test_a_person_named_by_surname_alone_is_still_found():
    claims = [claim(f"vienna-{x}", 1, "The Iraqi interior minister Sami Haddad said on Tuesday in Vienna that 7 villages were evacuated.",
                    "Sami Haddad", "Iraqi interior minister") for x in "ab"]
    claims.append(claim("vienna-c", 1, "The Iraqi interior minister Karim Nadir said on Tuesday in Vienna that 7 villages were evacuated.",
                        "Karim Nadir", "Iraqi interior minister"))
    (finding,) = findings(claims, "name")
    assert {s.value for s in finding.sides} == {"Sami Haddad", "Karim Nadir"}


def test_one_paraphrase_in_two_mouths_is_an_attribution_finding():
    a = claim("a", 1, "Anna Berg called for calm after the clashes in Vienna on Tuesday.", "Anna Berg")
    b = claim("b", 1, "Karl Moser called for calm after the clashes in Vienna on Tuesday.", "Karl Moser")
    (finding,) = findings([a, b], "attribution")
    assert {s.value for s in finding.sides} == {"Anna Berg", "Karl Moser"}


def test_two_people_who_both_said_it_are_not_a_misattribution():
    # Article a has only Berg saying it and article b only Moser, but article c says both did.
    text = "{} called for calm after the clashes in Vienna on Tuesday."
    claims = [claim("a", 1, text.format("Anna Berg"), "Anna Berg"),
              claim("b", 1, text.format("Karl Moser"), "Karl Moser"),
              claim("c", 1, text.format("Anna Berg"), "Anna Berg"),
              claim("c", 2, text.format("Karl Moser"), "Karl Moser")]
    assert findings(claims, "attribution") == []


def test_a_common_paraphrase_in_two_different_events_is_not_a_misattribution():
    a = claim("a", 1, "Anna Berg called for calm after the clashes in Vienna on Tuesday.", "Anna Berg")
    b = Claim(article="b", id="b-1", speaker="Karl Moser", statement="Karl Moser called for calm after the clashes in Vienna on Tuesday.",
              quote="Karl Moser called for calm after the clashes in Vienna on Tuesday.", location="Vienna", date="2023-11-02")
    published = {"a": DAY, "b": date(2023, 11, 2)}
    assert [c for c in compare([a, b], published) if c.kind == "attribution"] == []


def test_an_office_held_in_another_story_does_not_follow_a_similar_name():
    # "Marelten Pelo" could be a spelling of "Mira Peel", the German prime minister of a Cairo story;
    # in Vienna he holds no office, and the German prime minister there is Marmimar Sadin.
    cairo = [claim(f"cairo-{x}", 1, "The German prime minister Mira Peel said on Tuesday in Cairo that 40 people were killed.",
                   "Mira Peel", "German prime minister", location="Cairo") for x in "ab"]
    vienna = [claim(f"vienna-{x}", 1, "The German prime minister Marmimar Sadin said on Tuesday in Vienna that 7 villages were evacuated.",
                    "Marmimar Sadin", "German prime minister") for x in "ab"]
    vienna += [claim(f"vienna-{x}", 2, 'Marelten Pelo told reporters in Vienna on Tuesday: "The ceasefire comes first."',
                     "Marelten Pelo") for x in "ab"]
    assert findings(cairo + vienna, "name") == []


def _baghdad_corpus(sadr_y_toll: int = 12) -> tuple[list[Claim], dict[str, date]]:
    """Two incidents in Baghdad on one Tuesday, two outlets each, among single reports of other
    Baghdad bombings weeks apart: the words every bombing report uses are common in this corpus."""
    def said(article: str, n: int, quote: str, speaker: str | None = None) -> Claim:
        return claim(article, n, quote, speaker, location="Baghdad")

    claims, published = [], {}
    for outlet, toll in (("x", 12), ("y", sadr_y_toll)):
        claims += [said(f"sadr-{outlet}", 1, f"A car bomb killed {toll} people in Sadr City in Baghdad on Tuesday, police said."),
                   said(f"sadr-{outlet}", 2, "Saad Maan, the interior ministry spokesman, condemned the Sadr City attack.", "Saad Maan")]
        claims += [said(f"dora-{outlet}", 1, "A roadside bomb in Dora killed 3 people in Baghdad on Tuesday, police said."),
                   said(f"dora-{outlet}", 2, "Ali Bayati said the wounded of the Dora blast were taken to Yarmouk hospital.", "Ali Bayati")]
        published |= {f"sadr-{outlet}": DAY, f"dora-{outlet}": DAY}
    for weeks in range(3, 21, 3):  # Tuesdays three weeks apart: other events
        article = f"earlier-{weeks}"
        claims.append(said(article, 1, f"A bomb killed {weeks} people in Baghdad on Tuesday, police said."))
        published[article] = date.fromordinal(DAY.toordinal() - 7 * weeks)
    return claims, published


def test_two_incidents_in_one_city_on_one_day_are_not_a_high_contradiction():
    # 12 killed in Sadr City and 3 in Dora are two tolls of two bombings: the reports share only the
    # words every bombing report in the corpus uses. At most "possibly different events" (low).
    claims, published = _baghdad_corpus()
    mixed = [c for c in compare(claims, published)
             if {s.article.split("-")[0] for s in c.sides} == {"sadr", "dora"}]
    assert all(c.severity == "low" for c in mixed), [(c.severity, c.summary) for c in mixed]


def test_two_tolls_of_one_incident_stay_a_high_contradiction_among_other_incidents():
    claims, published = _baghdad_corpus(sadr_y_toll=15)
    found = [c for c in compare(claims, published) if c.kind == "quantity" and c.severity == "high"]
    assert [sorted((s.article, s.value) for s in c.sides) for c in found] == [
        [("sadr-x", "killed 12 people"), ("sadr-y", "killed 15 people")]]


def test_an_arabic_and_an_english_report_of_one_meeting_still_contradict():
    # They share no word at all, being in two scripts: their words cannot tell them apart.
    day = date(2016, 10, 25)
    claims = [claim("en", 1, "Defence ministers of 11 countries met in Paris on Tuesday to discuss the Mosul offensive.", location="Paris"),
              claim("en", 2, "The coalition will now prepare the isolation of Raqqa, the French minister told reporters in Paris.", location="Paris"),
              claim("ar", 1, "وترأس الوزيران في باريس يوم الثلاثاء اجتماعا ضم وزراء دفاع 13 دولة لعرض سير الهجوم على الموصل",
                    location="باريس", day="الثلاثاء"),
              claim("ar", 2, "وقال الوزير الفرنسي في باريس إن التحالف يستعد لعزل الرقة", location="باريس", day="الثلاثاء")]
    (finding,) = compare(claims, {"en": day, "ar": day})
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert {s.article: s.value for s in finding.sides} == {"en": "Defence ministers of 11 countries", "ar": "وزراء دفاع 13 دولة"}


def test_two_lone_reports_in_other_words_still_contradict():
    # One outlet each, worded differently: outlets word one event differently, so this is no sign of
    # two events (two stories each told by several outlets would be).
    claims, published = _baghdad_corpus()
    claims = [c for c in claims if not c.article.startswith(("sadr-y", "dora"))]
    claims.append(claim("market-b", 1, "A blast killed 15 people at a crowded market in Baghdad on Tuesday, a health official said.",
                        location="Baghdad"))
    published["market-b"] = DAY
    (finding,) = [c for c in compare(claims, published) if c.kind == "quantity"]
    assert finding.severity == "high"
    assert sorted(s.article for s in finding.sides) == ["market-b", "sadr-x"]


def test_on_a_tie_a_claim_joins_the_group_that_shares_its_speaker():
    # The Paris claim fits the week-old Paris talks (same city, other day) exactly as well as today's
    # talks of the same speaker in Algiers (same day, other city). Taken for the Paris talks, it made
    # a wrong day and a wrong speaker; it is today's talks, told in another city.
    sunday = date(2024, 9, 1)
    claims = [claim("paris-earlier", 1, "Speaking in Paris on Sunday, Eldin Noor said the talks went well.", "Eldin Noor",
                    location="Paris", day="Sunday"),
              claim("algiers-a", 1, "Speaking in Algiers on Sunday, Eldin Garbi said the talks went well.", "Eldin Garbi",
                    location="Algiers", day="Sunday"),
              claim("algiers-b", 1, "Speaking in Paris on Sunday, Eldin Garbi said the talks went well.", "Eldin Garbi",
                    location="Paris", day="Sunday")]
    published = {"paris-earlier": date(2024, 8, 25), "algiers-a": sunday, "algiers-b": sunday}
    (finding,) = compare(claims, published)
    assert finding.kind == "location"
    assert {s.article: s.value for s in finding.sides} == {"algiers-a": "Algiers", "algiers-b": "Paris"}


EN_LE_DRIAN = dict(article="en", n=1, speaker="Jean-Yves Le Drian", role="French defence minister", location="Paris",
                   quote="French defence minister Jean-Yves Le Drian said in Paris on Tuesday that 11 countries attended the meeting.")
AR_LE_DRIAN = dict(article="ar", n=1, speaker="جان إيف لودريان", role="وزير الدفاع الفرنسي", location="باريس", day="الثلاثاء",
                   quote="قال وزير الدفاع الفرنسي جان إيف لودريان في باريس يوم الثلاثاء إن 11 دولة حضرت الاجتماع")


def test_one_minister_named_in_two_scripts_is_not_a_wrong_name():
    # "Le Drian" and "لودريان" cannot be told to be one person or two: no finding either way.
    claims = [claim(**EN_LE_DRIAN), claim(**AR_LE_DRIAN)]
    assert compare(claims, {"en": date(2016, 10, 25), "ar": date(2016, 10, 25)}) == []


def test_a_wrong_name_within_one_script_is_still_found_beside_another_script():
    wrong = {**AR_LE_DRIAN, "article": "ar-wrong", "speaker": "جان إيف لوران",
             "quote": AR_LE_DRIAN["quote"].replace("لودريان", "لوران")}
    claims = [claim(**EN_LE_DRIAN), claim(**AR_LE_DRIAN), claim(**wrong)]
    (finding,) = [f for f in compare(claims, {c.article: date(2016, 10, 25) for c in claims}) if f.kind == "name"]
    assert {s.article: s.value for s in finding.sides} == {"ar": "جان إيف لودريان", "ar-wrong": "جان إيف لوران"}


def _vienna_corpus(english: tuple[str, str], arabic: tuple[str, str]) -> tuple[list[Claim], dict[str, date]]:
    """One Tuesday in Vienna: an English story and an Arabic story, two outlets each, saying how many
    countries took part (34, 36), among reports of other Vienna summits in both languages, weeks apart,
    so that the words every summit report uses are common. `english`, `arabic`: the minister and the
    summit of each story."""
    (en_minister, en_summit), (ar_minister, ar_summit) = english, arabic
    claims, published = [], {}
    for outlet in "xy":
        claims += [claim(f"en-{outlet}", 1, f"The Moroccan foreign minister {en_minister} said in Vienna on Tuesday "
                                            f"that 34 countries took part in the {en_summit} summit.", en_minister),
                   claim(f"ar-{outlet}", 1, f"وقال وزير الخارجية المغربي {ar_minister} في فيينا يوم الثلاثاء إن 36 دولة "
                                            f"شاركت في قمة {ar_summit}", ar_minister, location="فيينا", day="الثلاثاء")]
        published |= {f"en-{outlet}": DAY, f"ar-{outlet}": DAY}
    for weeks in range(3, 21, 3):
        earlier = date.fromordinal(DAY.toordinal() - 7 * weeks)
        claims += [claim(f"en-earlier-{weeks}", 1, f"Officials said {weeks} countries took part in the summit in Vienna on Tuesday."),
                   claim(f"ar-earlier-{weeks}", 1, f"وقال مسؤولون إن {weeks} دولة شاركت في القمة في فيينا يوم الثلاثاء",
                         location="فيينا", day="الثلاثاء")]
        published |= {f"en-earlier-{weeks}": earlier, f"ar-earlier-{weeks}": earlier}
    return claims, published


def _en_against_ar(claims: list[Claim], published: dict[str, date]) -> list:
    return [c for c in compare(claims, published)
            if {s.article.split("-")[0] for s in c.sides} == {"en", "ar"} and "earlier" not in str(c.sides)]


def test_two_summits_told_in_two_scripts_on_one_day_are_not_a_high_contradiction():
    # Nothing the two stories name sounds alike in the other script: other people, another summit.
    # Two summits, each with its own count: at most "possibly different events".
    claims, published = _vienna_corpus(("Pieter Vandermolen", "Hanseatic"), ("ناصر بوريطة", "الأطلسي"))
    mixed = _en_against_ar(claims, published)
    assert mixed and all(c.severity == "low" for c in mixed), [(c.severity, c.summary) for c in mixed]


def test_one_summit_told_in_two_scripts_still_contradicts():
    # The same minister and summit, transliterated: Nasser Bourita is ناصر بوريطة. One summit, two counts.
    claims, published = _vienna_corpus(("Nasser Bourita", "Atlantic"), ("ناصر بوريطة", "الأطلسي"))
    (finding,) = _en_against_ar(claims, published)
    assert (finding.kind, finding.severity) == ("quantity", "high")
    assert {s.value for s in finding.sides} == {"34 countries", "36 دولة"}


def _report(article: str, name: str, role: str, meeting: str, city: str, toll: int, day: str = "Tuesday") -> list[Claim]:
    """Two claims in the house style every story's reports share ("told a news conference … that …
    people were killed")."""
    return [claim(article, 1, f"The {role} {name} told a news conference in {city} on {day} that {toll} people were "
                              f"killed, on the eve of the {meeting}.", name, role, location=city, day=day),
            claim(article, 2, f"{name} told a news conference in {city} on {day} that the {meeting} made progress.",
                  name, location=city, day=day)]


def _house_style_reports(stories: int = 300) -> tuple[list[Claim], dict[str, date]]:
    """Single reports of other meetings, one a week before, in the house style: in a corpus of a
    few hundred such reports, its words tell little."""
    first = ("Eva", "Ivo", "Lena", "Otto", "Rita", "Udo", "Jana", "Timo", "Vera", "Nils")
    last = [a + b for a in ("Au", "Bran", "Ed", "Hu", "Lech", "Pich", "Ried", "Wag", "Zach", "Fri")
            for b in ("er", "dl", "mer", "ber", "ner", "ler")]
    roles = ("German finance minister", "Italian defence minister", "Spanish health minister", "Greek interior minister")
    claims, published = [], {}
    for n in range(stories):
        article = f"earlier-{n}"
        claims += _report(article, f"{first[n % 10]} {last[n // 10]}", roles[n % 4], f"{last[n // 10]} forum",
                          ("Vienna", "Geneva", "Berlin")[n % 3], n + 50)
        published[article] = date.fromordinal(DAY.toordinal() - 7 * (n + 2))
    return claims, published


def test_two_meetings_in_one_city_days_apart_told_in_the_house_style_are_two_events():
    # Their reports share the city and the words every report uses, nothing of their own: the
    # Danube summit on Tuesday and the Leman talks on Friday are two events, not "possibly one".
    claims, published = _house_style_reports()
    for outlet in "ab":
        claims += _report(f"danube-{outlet}", "Anna Berg", "Austrian interior minister", "Danube summit", "Vienna", 40)
        claims += _report(f"leman-{outlet}", "Karl Moser", "Swiss foreign minister", "Leman talks", "Vienna", 12, "Friday")
        published |= {f"danube-{outlet}": DAY, f"leman-{outlet}": DAY + timedelta(days=3)}
    mixed = [c for c in compare(claims, published) if {s.article.split("-")[0] for s in c.sides} == {"danube", "leman"}]
    assert mixed == [], [c.summary for c in mixed]


def test_a_story_is_found_among_many_more_recent_ones_in_its_city():
    # Thirteen reports of other Vienna meetings come between the two reports of the Danube summit:
    # its group is not among the dozen latest of the city, but it is the only one of its speaker.
    claims = _report("danube-a", "Anna Berg", "Austrian interior minister", "Danube summit", "Vienna", 40)
    published = {"danube-a": DAY}
    others, earlier = _house_style_reports(39)
    claims += [c for c in others if c.location == "Vienna"]
    published |= earlier
    claims += _report("danube-b", "Anna Berg", "Austrian interior minister", "Danube summit", "Vienna", 45)
    published["danube-b"] = DAY
    (toll,) = [c for c in compare(claims, published) if c.kind == "quantity"]
    assert {s.article: s.value for s in toll.sides} == {"danube-a": "40 people", "danube-b": "45 people"}


def test_a_story_placed_in_another_city_is_told_by_its_people_not_by_that_citys_event():
    # The third report of the Danube summit puts it in Geneva, where the Leman talks were held the
    # same day: it shares their city, their day and the house style, and joins them on its first
    # claim; but it names Anna Berg, whom only the Danube summit's reports name. It is theirs.
    claims, published = _house_style_reports()
    for outlet in "abc":
        claims += _report(f"leman-{outlet}", "Karl Moser", "Swiss foreign minister", "Leman talks", "Geneva", 12)
    for outlet, city in (("a", "Vienna"), ("b", "Vienna"), ("c", "Geneva"), ("d", "Vienna")):
        claims += _report(f"danube-{outlet}", "Anna Berg", "Austrian interior minister", "Danube summit", city, 40)
    published |= {c.article: DAY for c in claims if not c.article.startswith("earlier")}
    found = compare(claims, published)
    (where,) = [c for c in found if c.kind == "location"]
    assert {s.article: s.value for s in where.sides} == {
        "danube-a": "Vienna", "danube-b": "Vienna", "danube-c": "Geneva", "danube-d": "Vienna"}
    assert not [c for c in found if c.severity == "high"], [c.summary for c in found if c.severity == "high"]
