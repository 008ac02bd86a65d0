"""Synthetic claims for the comparison benchmark: stories told by several outlets, each in its own
house style (its own sentence shapes, number words or Arabic-Indic digits), in English and Arabic,
with a few facts deliberately altered in one outlet. Every planted alteration is listed, so a run
can say how many it found.

This is generated test data, labelled as such in every article ("source": "synthetic benchmark data").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

SOURCE = "synthetic benchmark data"
KINDS = ("quantity", "date", "location", "name", "attribution")


@dataclass(frozen=True)
class Country:
    en: str  # adjective
    ar: str  # nisba adjective, with its article


@dataclass(frozen=True)
class City:
    en: str
    ar: str


COUNTRIES = [Country("French", "الفرنسي"), Country("German", "الألماني"), Country("Italian", "الإيطالي"),
             Country("Spanish", "الإسباني"), Country("Egyptian", "المصري"), Country("Jordanian", "الأردني"),
             Country("Tunisian", "التونسي"), Country("Moroccan", "المغربي"), Country("Qatari", "القطري"),
             Country("Lebanese", "اللبناني"), Country("Turkish", "التركي"), Country("Norwegian", "النرويجي"),
             Country("Iraqi", "العراقي"), Country("Saudi", "السعودي"), Country("Greek", "اليوناني")]
CITIES = [City("Paris", "باريس"), City("Brussels", "بروكسل"), City("Geneva", "جنيف"), City("Vienna", "فيينا"),
          City("Cairo", "القاهرة"), City("Amman", "عمان"), City("Rabat", "الرباط"), City("Doha", "الدوحة"),
          City("Beirut", "بيروت"), City("Ankara", "أنقرة"), City("Madrid", "مدريد"), City("Oslo", "أوسلو"),
          City("Baghdad", "بغداد"), City("Riyadh", "الرياض"), City("Athens", "أثينا"), City("Berlin", "برلين"),
          City("Rome", "روما"), City("Tunis", "مدينة تونس"), City("Algiers", "مدينة الجزائر"), City("Muscat", "مسقط")]
ROLES = [("foreign minister", "وزير الخارجية"), ("defence minister", "وزير الدفاع"),
         ("interior minister", "وزير الداخلية"), ("prime minister", "رئيس الوزراء")]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
# (English phrase, Arabic phrase): how many of what
THINGS = [("people were killed", "قتل {n} شخصا"), ("people were wounded", "أصيب {n} شخصا"),
          ("countries took part", "شاركت {n} دولة"), ("soldiers were deployed", "نشر {n} جندي"),
          ("villages were evacuated", "أخليت {n} قرية")]
# What people say: every stance names the story's topic, so two stories never share words.
STANCES_EN = ["the {topic} talks would continue next month", "more aid was needed before the {topic} winter",
              "the border crossings named at the {topic} would reopen within days",
              "a ceasefire was the first priority of the {topic}", "the {topic} had made real progress",
              "sanctions discussed at the {topic} would stay in place for now",
              "the refugees must be allowed home after the {topic}", "the {topic} road would open to traffic soon"]
STANCES_AR = ["المحادثات بشأن {topic} ستتواصل الشهر المقبل", "المساعدات يجب أن تصل قبل حلول شتاء {topic}",
              "المعابر التي بحثتها {topic} ستفتح أبوابها خلال أيام", "وقف إطلاق النار هو أولوية {topic} الآن",
              "{topic} حققت تقدما حقيقيا هذا الأسبوع", "العقوبات التي ناقشتها {topic} ستبقى قائمة حاليا",
              "اللاجئين يجب أن يعودوا إلى ديارهم بعد {topic}", "طريق {topic} الجديد سيفتح أمام حركة المرور قريبا"]
SYLLABLES_EN = ["ka", "lo", "mi", "ra", "ten", "vo", "sa", "din", "mar", "el", "tor", "bi", "nu", "gar", "has", "pe"]
GIVEN_AR = ["سامي", "كريم", "نادر", "فادي", "ماجد", "رامي", "وليد", "هشام", "طارق", "باسل", "عادل", "منير", "ياسر",
            "زياد", "جمال", "حسام", "عماد", "مازن", "نبيل", "رائد", "شادي", "غسان", "أنور", "بشير", "خالد", "صلاح"]
SYLLABLES_AR = ["كا", "لو", "مي", "را", "تن", "سا", "دين", "مار", "ال", "تور", "بي", "نو", "غار", "حس", "بر", "زو"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@dataclass
class Person:
    name: str
    role: int  # index into ROLES
    country: Country


@dataclass
class Story:
    index: int
    arabic: bool
    published: date
    city: City
    weekday: int
    topic: str
    people: list[Person]
    counts: list[tuple[int, int]]  # (value, index into THINGS)


@dataclass(frozen=True)
class Planted:
    story: int
    article: str  # the outlet that got it wrong
    kind: str


@dataclass
class Corpus:
    articles: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)

    def as_claims_file(self) -> dict:
        return {"articles": self.articles, "claims": self.claims}


def _word(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))


def _unique_word(index: int, syllables: list[str]) -> str:
    """A made-up word no other story has: the index written with syllables for digits."""
    word = ""
    while True:
        index, digit = divmod(index, len(syllables))
        word += syllables[digit]
        if index == 0:
            return word if len(word) > 3 else word + syllables[0]


def _person(rng: random.Random, arabic: bool) -> str:
    if arabic:
        return f"{rng.choice(GIVEN_AR)} {_word(rng, SYLLABLES_AR)}ي"
    return f"{_word(rng, SYLLABLES_EN).capitalize()} {_word(rng, SYLLABLES_EN).capitalize()}"


# The few people and places of a crowded news cycle (`generate(famous_share=...)`): a president quoted
# by half the wire, in one of two capitals, in both languages.
FAMOUS_EN = [Person("Adrian Kolver", 3, COUNTRIES[0]), Person("Mara Tesldin", 0, COUNTRIES[1])]
FAMOUS_AR = [Person("خالد ماراني", 3, COUNTRIES[4]), Person("سامي لوتري", 0, COUNTRIES[5])]
FAMOUS_CITIES = [CITIES[0], CITIES[4]]


def story(rng: random.Random, index: int, start: date, arabic: bool, famous: bool = False) -> Story:
    published = start + timedelta(days=index % 365)
    topic = f"قمة {_unique_word(index, SYLLABLES_AR)}" if arabic else f"{_unique_word(index, SYLLABLES_EN).capitalize()} summit"
    countries = rng.sample(COUNTRIES, 3)
    people = [Person(_person(rng, arabic), rng.randrange(len(ROLES)), country) for country in countries]
    city = rng.choice(CITIES)
    if famous:  # one of the famous people speaks first, in one of the two capitals
        star = rng.choice(FAMOUS_AR if arabic else FAMOUS_EN)
        people = [star] + [p for p in people if p.country != star.country][:2]
        city = rng.choice(FAMOUS_CITIES)
    return Story(index, arabic, published, city, (published.weekday() - rng.randint(0, 2)) % 7,
                 topic, people, [(rng.randint(2, 300), t) for t in rng.sample(range(len(THINGS)), 3)])


def _number(value: int, outlet: int, arabic: bool) -> str:
    if arabic and outlet % 2 == 1:
        return str(value).translate(ARABIC_INDIC)
    if not arabic and outlet % 3 == 2 and value < len(NUMBER_WORDS):
        return NUMBER_WORDS[value]
    return str(value)


# House styles: per language, per kind of claim, one sentence shape per style. Kinds: 0 a person gives
# a count with day and place, 1 a person's own words, 2 officials give a count, 3 a call for calm.
TEMPLATES = {
    "en": [
        ["{Who} said on {day} in {city} that {count} during the {topic}.",
         "Speaking in {city} on {day}, {name}, the {country} {role}, said {count}.",
         "In {city} on {day}, {who} told a news conference that {count}."],
        ["{name} told reporters in {city}: \"{Stance}.\"",
         "\"{Stance},\" {name} said in {city}.",
         "{name} said in {city}: \"{Stance}.\""],
        ["Officials said {count} near {city} on {day}.",
         "On {day}, {count} near {city}, according to officials.",
         "Local officials said on {day} that {count} around {city}."],
        ["{Who} called for calm after the {topic} in {city}.",
         "In {city}, {who} urged calm after the {topic}.",
         "{name}, the {country} {role}, appealed for calm in {city}."],
    ],
    "ar": [
        ["وقال {role} {country} {name} يوم {day} في {city} إنه {count} خلال {topic}",
         "وأعلن {role} {country} {name} في {city} {day} أنه {count}",
         "وأكد {name} {role} {country} خلال مؤتمر صحفي في {city} يوم {day} أنه {count}"],
        ["وقال {name} للصحفيين في {city}: \"{stance}\"",
         "\"{stance}\"، هذا ما قاله {name} في {city}",
         "وصرح {name} في {city} قائلا: \"{stance}\""],
        ["وقال مسؤولون إنه {count} قرب {city} يوم {day}",
         "وبحسب مسؤولين محليين، {count} قرب {city} {day}",
         "وذكرت مصادر رسمية أنه {count} في محيط {city} يوم {day}"],
        ["ودعا {role} {country} {name} إلى التهدئة بعد {topic} في {city}",
         "وطالب {name} {role} {country} في {city} بالتهدئة بعد {topic}",
         "وفي {city}، دعا {role} {country} {name} إلى ضبط النفس"],
    ],
}


def _text(s: Story, n: int, outlet: int, person: Person, words: int, value: int, thing: int, city: City,
          day: int) -> tuple[str, str | None]:
    """The claim's text in outlet `outlet`'s style, and the words the person says (if any)."""
    kind = n % 4
    if s.arabic:
        language, stances, role, country = "ar", STANCES_AR, ROLES[person.role][1], person.country.ar
        count = THINGS[thing][1].format(n=_number(value, outlet, True))
        place, weekday = city.ar, WEEKDAYS_AR[day]
    else:
        language, stances, role, country = "en", STANCES_EN, ROLES[person.role][0], person.country.en
        count = f"{_number(value, outlet, False)} {THINGS[thing][0]}"
        place, weekday = city.en, WEEKDAYS_EN[day]
    stance = stances[(words * 3 + n) % len(stances)].format(topic=s.topic)
    who = f"the {country} {role} {person.name}"
    text = TEMPLATES[language][kind][outlet % 3].format(
        Who=who[:1].upper() + who[1:], who=who, name=person.name, role=role, country=country, count=count,
        city=place, day=weekday, topic=s.topic, stance=stance, Stance=stance[:1].upper() + stance[1:])
    return text, stance if kind == 1 else None


def claims_for(rng: random.Random, s: Story, article: str, outlet: int, altered: str | None) -> list[dict]:
    city, weekday = s.city, s.weekday
    counts, people = list(s.counts), list(s.people)
    if altered == "quantity":
        value, thing = counts[0]
        counts[0] = (value + rng.randint(1, 9), thing)
    elif altered == "date":
        weekday = (weekday + rng.choice([1, 2, 3])) % 7
    elif altered == "location":
        city = rng.choice([c for c in CITIES if c != city])
    elif altered == "name":  # another person named in the same office
        people[0] = Person(_person(rng, s.arabic), people[0].role, people[0].country)
    day = (WEEKDAYS_AR if s.arabic else WEEKDAYS_EN)[weekday]
    claims = []
    for n in range(20):
        who, kind = n % 3, n % 4
        value, thing = counts[who]
        speaker = people[who]
        if altered == "attribution" and kind == 1 and who == 0:
            speaker = people[1]  # the first person's words put in the second person's mouth
        text, said = _text(s, n, outlet, speaker, who, value, thing, city, weekday)
        role = f"{ROLES[speaker.role][1]} {speaker.country.ar}" if s.arabic else \
            f"{speaker.country.en} {ROLES[speaker.role][0]}"
        claims.append({
            "article": article,
            "id": f"{article}-{n + 1}",
            "speaker": speaker.name if kind != 2 else None,
            "speaker_role": role if kind in (0, 3) else None,
            "statement": said or text,
            "quote": text,
            "date": day if kind in (0, 2) else None,
            "location": city.ar if s.arabic else city.en,
        })
    return claims


def generate(n_articles: int, outlets: int = 4, altered_share: float = 0.05, arabic_share: float = 0.5,
             seed: int = 7, famous_share: float = 0.0) -> Corpus:
    """`n_articles` articles, `outlets` per story; about `altered_share` of the articles get one fact wrong.
    In `famous_share` of the stories one of a few famous people speaks first, in one of two capitals."""
    rng = random.Random(seed)
    famous = random.Random(seed + 1)  # its own draws: the corpus without famous stories stays the same
    start = date(2024, 1, 1)
    corpus = Corpus()
    for i in range(0, n_articles, outlets):
        s = story(rng, i // outlets, start, rng.random() < arabic_share,
                  famous_share > 0 and famous.random() < famous_share)
        wrong = rng.choice(KINDS) if rng.random() < altered_share * outlets else None
        wrong_outlet = rng.randrange(outlets)
        for j in range(min(outlets, n_articles - i)):
            article = f"s{s.index:06d}-o{j}"
            corpus.articles.append({"id": article, "published": s.published.isoformat(), "title": s.topic,
                                    "language": "ar" if s.arabic else "en", "source": SOURCE})
            altered = wrong if j == wrong_outlet else None
            corpus.claims += claims_for(rng, s, article, j, altered)
            if altered:
                corpus.planted.append(Planted(s.index, article, altered))
    return corpus
