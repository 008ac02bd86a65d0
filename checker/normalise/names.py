"""People's names and roles. Names are reduced to tokens with titles stripped and particles joined
("جان-إيف لو دريان" → جان ايف لودريان; "Jean-Yves Le Drian" → jean yves ledrian), and compared by a
consonant skeleton in which transliteration variants agree (جون/جان, سيرغي/سيرجي, أشتون/آشتون).
Roles ("وزير الدفاع الفرنسي", "his French counterpart", "U.S. Defense Secretary") become a key
(office, portfolio, country) that one person holds at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from checker.normalise.arabic import MARKS_OR_TATWEEL, Token, fold, has_article, prefix_variants, strip_article, tokenize
from checker.normalise.frequency import undiacritised
from checker.normalise.frozen import quick_init
from checker.normalise.concepts import portfolio_concept
from checker.normalise.memo import WordMemo, remembered
from checker.normalise.calendar_words import month_of, weekday_of
from checker.normalise.places import PLACES, country_of_adjective
from checker.normalise.words import STOPWORDS, content_keys

_TITLES = frozenset(map(fold, "السيد السيدة الدكتور الدكتورة د الشيخ المهندس الأستاذ السفير mr mrs ms dr sir lord "
                              "madam prof professor".split()))
_PARTICLES = frozenset(map(fold, "لو لا دي دو دا فان فون دير بن ابن أبو ابو عبد le la de du da di van von der bin "
                                 "ibn abu abd al el".split()))
# Words that end a name written after a role: prepositions, time words, verbs of saying.
_NOT_NAME = STOPWORDS | frozenset(map(fold, "عقب إثر اثر أثناء اثناء قبيل بعيد خلال لدى أمس امس اليوم غدا الذي "
                                             "إنه انه بأن يوم مساء صباح ظهر ليلة مؤخرا حاليا الثلاثاء "
                                             "والذي التي نفسه ايضا أيضا أول اول ثاني ثالث رابع مدينة "
                                             "العاصمة during after before on in at".split()))
_ORG_WORDS = frozenset(map(fold, "وزارة الوزارة حكومة الحكومة وكالة الوكالة مصادر مصدر البيت الرئاسة الجيش "
                                 "مكتب التحالف الحلف متحدث المتحدث مسؤول مسؤولون مسؤولين الوزيران الوزراء "
                                 "الرئيسان الجانبان الطرفان ministry government agency office sources source "
                                 "spokesman spokeswoman army police pentagon coalition ministers officials official "
                                 "both".split()))
_SEVERAL = re.compile(r"\s(?:and\s|&)|[،,]")

_MINISTER = frozenset(map(fold, "وزير وزيرة وزيرا وزيري minister secretary".split()))
_PRESIDENT = frozenset(map(fold, "رئيس الرئيس رئيسة الرئيسة president".split()))
_KING = frozenset(map(fold, "الملك ملك king".split()))
_CHANCELLOR = frozenset(map(fold, "المستشار المستشارة chancellor".split()))
_COUNTERPART = frozenset(map(fold, "نظير نظيره نظيرها نظيرهما نظيريه نظيرته نظيرتها نظراؤه نظرائه counterpart "
                                   "counterparts".split()))
_FORMER = frozenset(map(fold, "السابق السابقة former".split()))
_PRIME = frozenset(map(fold, "الوزراء الحكومة".split()))
# People a report names by what they do ("الروائي إبراهيم أصلان", "striker Kylian Mbappe"): an occupation
# names them as an office does, but many hold it at once, so it never tells who is meant by itself.
_OCCUPATIONS = {fold(word): occupation for occupation, words in {
    "novelist": "الروائي الروائية روائي روائية novelist",
    "writer": "الكاتب الكاتبة الأديب الأديبة writer author",
    "poet": "الشاعر الشاعرة poet",
    "singer": "المطرب المطربة المغني المغنية singer",
    "artist": "الفنان الفنانة الرسام الرسامة artist painter",
    "actor": "الممثل الممثلة actor actress",
    "director": "المخرج المخرجة director filmmaker",
    "composer": "الموسيقار الملحن composer",
    "player": "اللاعب اللاعبة المهاجم المدافع player striker midfielder defender goalkeeper footballer",
    "coach": "المدرب المدربة coach",
    "blogger": "المدون المدونة blogger",
    "journalist": "الصحفي الصحفية الصحافي الصحافية الإعلامي الإعلامية journalist reporter",
    "activist": "الناشط الناشطة activist",
    "lawyer": "المحامي المحامية lawyer attorney",
    "judge": "القاضي القاضية judge",
    "scientist": "الباحث الباحثة scientist researcher",
}.items() for word in words.split()}

OFFICE_NAMES = {"minister": "minister", "president": "president", "prime_minister": "prime minister",
                "king": "king", "chancellor": "chancellor", "counterpart": "counterpart"}


@quick_init
@dataclass(frozen=True)
class Role:
    office: str  # minister | president | prime_minister | king | chancellor | counterpart
    portfolio: str | None = None  # defence, foreign, ... for ministers
    country: str | None = None  # country code

    @remembered  # asked for every mention of every person when resolving people
    def key(self) -> tuple[str, str | None, str] | None:
        """A key that names one person at a time, or None for a role too vague to ("a minister")."""
        if self.country is None or self.office == "counterpart" or self.office not in OFFICE_NAMES:
            return None
        if self.office == "minister" and self.portfolio is None:
            return None
        return (self.office, self.portfolio, self.country)

    def display(self) -> str:
        country = PLACES[self.country].name if self.country in PLACES else None
        office = OFFICE_NAMES.get(self.office, self.office)
        if self.portfolio:
            office = f"{self.portfolio} {office}"
        return f"{office} of {country}" if country else office


@quick_init
@dataclass(frozen=True)
class PersonMention:
    name: str  # as written
    role: Role | None
    role_text: str | None  # as written
    start: int
    end: int

    @property
    def key(self) -> tuple[str, ...]:
        return name_tokens(self.name)


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """A name as folded tokens: titles dropped, hyphens split, particles joined to what follows."""
    name = _INNER_APOSTROPHE.sub("", name)  # "Matiang'i" is one word
    words = [w for w in re.split(r"[\s\-‐–_]+", fold(re.sub(r"[.,،:;()\[\]]", " ", name))) if w]
    while words and words[0] in _TITLES:
        words = words[1:]
    joined: list[str] = []
    pending = ""
    for word in words:
        if word in _PARTICLES and len(words) > 1:
            pending += word
            continue
        joined.append(pending + word)
        pending = ""
    if pending:
        joined.append(pending)
    return tuple(joined)


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")

_AR_SOUNDS = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "ط": "ت", "ص": "س", "ث": "س", "ض": "د", "ظ": "ز",
                            "ذ": "ز", "ح": "ه", "ء": None})
_LATIN_SOUNDS = (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("z", "s"), ("w", "v"), ("j", "g"))


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonants of a name token, with letters for one sound merged: جون/جان → جن, Sergei/Sergey → srg."""
    if not token:
        return ""
    if token.isascii():
        word = token
        for a, b in _LATIN_SOUNDS:
            word = word.replace(a, b)
        vowels = "aeiouyh"
    else:
        word = strip_article(token) if len(token) > 4 else token
        word = word.translate(_AR_SOUNDS)
        vowels = "اويه"
    if not word:
        return ""
    kept = word[0] + "".join(ch for ch in word[1:] if ch not in vowels)
    return re.sub(r"(.)\1+", r"\1", kept)


@lru_cache(maxsize=1 << 16)
def same_token(a: str, b: str) -> bool:
    """Two name tokens that are one name spelt two ways."""
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return True
    return min(len(a), len(b)) >= 7 and Indel.normalized_similarity(a, b) >= 0.9


def _shortened(a: str, b: str) -> bool:
    """One given name a short form of the other: Ash / Ashton."""
    sa, sb = skeleton(a), skeleton(b)
    return min(len(sa), len(sb)) >= 2 and (sa.startswith(sb) or sb.startswith(sa))


def _given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    position = 0
    for word in short:
        for k in range(position, len(long)):
            if same_token(word, long[k]) or _shortened(word, long[k]):
                position = k + 1
                break
        else:
            return False
    return True


def same_person(a: str | tuple[str, ...], b: str | tuple[str, ...]) -> bool:
    """Whether two names can be one person: same surname (spelling variants allowed), given names that
    agree where both are written. A surname alone matches the full name."""
    ta = name_tokens(a) if isinstance(a, str) else a
    tb = name_tokens(b) if isinstance(b, str) else b
    if not ta or not tb:
        return False
    if not (same_token(ta[-1], tb[-1]) or same_token(_without_particle(ta[-1]), _without_particle(tb[-1]))):
        return False
    return _given_names_agree(ta[:-1], tb[:-1])


def same_surname(a: str, b: str) -> bool:
    """Two name tokens that are one surname, with or without its particle (لودريان, دريان)."""
    return same_token(a, b) or same_token(_without_particle(a), _without_particle(b))


def surname_key(name: str | tuple[str, ...]) -> str:
    tokens = name_tokens(name) if isinstance(name, str) else name
    return skeleton(_without_particle(tokens[-1])) if tokens else ""


# Particles joined to a surname ("لودريان", "ledrian"); longest first so "ابو" is tried before "ا…".
_JOINED_PARTICLES = sorted((p for p in _PARTICLES if p not in ("عبد", "abd", "بن", "ابن", "bin", "ibn", "ابو",
                                                                "أبو", "abu")), key=len, reverse=True)


@lru_cache(maxsize=1 << 16)
def _without_particle(token: str) -> str:
    """A surname without its particle: لودريان → دريان, ledrian → drian (sources drop it: "دريان")."""
    for particle in _JOINED_PARTICLES:
        if token.startswith(particle) and len(token) - len(particle) >= 3:
            return token[len(particle):]
    return token


def looks_like_person(name: str) -> bool:
    """A speaker field that names a person rather than an organisation or a group."""
    tokens = name_tokens(name)
    if not tokens or len(tokens) > 5 or _SEVERAL.search(name.strip()) or any(map(_and_before, name.split()[1:])):
        return False  # "لودريان وكارتر", "Carter and Le Drian": more than one person
    words = [fold(w) for w in re.split(r"\s+", name)]
    if any(v in _ORG_WORDS for w in words for v in prefix_variants(w)):
        return False
    # علي (Ali) folds to what the preposition على folds to; in a speaker field it is the name.
    return not any(w in STOPWORDS and w != "علي" for w in tokens)


def _and_before(word: str) -> bool:
    """Whether a word of a name begins with the conjunction و ("وكارتر"), not with the و of a word of
    its own ("ولد" in "سالم ولد أحمد", "وليد", "وائل"): the word is no more common than what follows و."""
    from checker.normalise.frequency import zipf_frequency

    return len(word) > 2 and word[0] == "و" and zipf_frequency(word[1:], "ar") >= zipf_frequency(word, "ar")


# --- roles -----------------------------------------------------------------------------------------


def _is_in(token: Token, words: frozenset[str]) -> bool:
    return _key_in(token.key, words)


@lru_cache(maxsize=1 << 16)
def _key_in(key: str, words: frozenset[str]) -> bool:
    return any(v in words for v in prefix_variants(key))


def _role_after(tokens: list[Token], k: int) -> tuple[Role, int] | None:
    """An Arabic role starting at tokens[k] ("وزير الدفاع الفرنسي", "نظيره الفرنسي", "الرئيس التركي")."""
    token = tokens[k]
    j = k + 1
    nxt = tokens[j] if j < len(tokens) and not tokens[j].boundary else None
    if k > 0 and not token.boundary and tokens[k - 1].key[:1].isdigit():
        return None  # "13 وزير دفاع": a count of ministers, not one named person
    if _is_in(token, _MINISTER):
        office, portfolio = "minister", None
        if nxt is not None and portfolio_concept(nxt.key):
            if not nxt.key.isascii() and not has_article(nxt.key):
                return None  # "وزير دفاع" (indefinite) is any defence minister, not a title
            portfolio, j = portfolio_concept(nxt.key), j + 1
        elif nxt is not None and not nxt.key.isascii() and has_article(nxt.key) and nxt.key not in _NOT_NAME \
                and country_of_adjective(nxt.key) is None and j + 1 < len(tokens) and not tokens[j + 1].boundary \
                and not has_article(tokens[j + 1].key) and not tokens[j + 1].key.startswith(("ل", "ب", "و", "ف")):
            j += 1  # a portfolio the table does not know ("وزيرة التضامن"): no name, and no office to tell by
        elif nxt is not None and nxt.key in ("of",) and j + 1 < len(tokens):
            portfolio = portfolio_concept(tokens[j + 1].key)
            j = j + 2 if portfolio else j
    elif _is_in(token, _PRESIDENT):
        office, portfolio = "president", None
        if nxt is not None and nxt.key in _PRIME:
            office, j = "prime_minister", j + 1
        elif nxt is not None and nxt.key in ("الجمهوريه", "of"):
            j += 1
    elif _is_in(token, _KING):
        office, portfolio = "king", None
    elif _is_in(token, _CHANCELLOR):
        office, portfolio = "chancellor", None
    elif _is_in(token, _COUNTERPART):
        office, portfolio = "counterpart", None
    elif token.key in _OCCUPATIONS and not token.key.isascii():
        office, portfolio = _OCCUPATIONS[token.key], None
    else:
        return None
    country = None
    if j < len(tokens) and not tokens[j].boundary:
        country = country_of_adjective(tokens[j].key)
        if country:
            j += 1
    if j < len(tokens) and tokens[j].key in _FORMER:
        return None  # وزير الدفاع السابق: not the one holding the office now
    if office == "president" and country is None and token.key.isascii() is False and j == k + 1:
        return None  # "رئيس" alone heads many things (رئيس الوفد, رئيس البرلمان)
    return Role(office, portfolio, country), j


def _english_role(text: str, tokens: list[Token], k: int) -> tuple[Role, int, int] | None:
    """An English role whose office word is tokens[k]: "French Defence Minister", "Secretary of Defense",
    "his French counterpart". Returns the role, its first token and the index after it."""
    key = tokens[k].key
    first = k
    if key in ("minister", "secretary"):
        office = "minister"
        if k > 0 and tokens[k - 1].key == "prime" and not tokens[k].boundary:
            office, first = "prime_minister", k - 1
    elif key == "president":
        office = "president"
    elif key in ("king", "chancellor"):
        office = key
    elif key in ("counterpart", "counterparts"):
        office = "counterpart"
    elif key in _OCCUPATIONS:
        office = _OCCUPATIONS[key]
    else:
        return None
    start, end = first, k + 1
    portfolio = country = None
    if office == "minister" and k + 2 < len(tokens) and tokens[k + 1].key == "of":
        portfolio = portfolio_concept(tokens[k + 2].key)
        if portfolio:
            end = k + 3
    m = first - 1
    while m >= 0 and m >= first - 5:
        gap = text[tokens[m].end : tokens[m + 1].start]
        if gap.strip() not in ("", ".", "-"):
            break
        word = tokens[m].key
        if word == "s" and m > 0 and tokens[m - 1].key == "u":  # U.S.
            country, start, m = "US", m - 1, m - 2
            continue
        if word == "us" and tokens[m].text == "US":
            country, start = "US", m
        elif office == "minister" and portfolio is None and portfolio_concept(word):
            portfolio, start = portfolio_concept(word), m
        elif country is None and country_of_adjective(word):
            country, start = country_of_adjective(word), m
        elif word in ("his", "her", "their", "the", "its"):
            start = m
            break
        elif word in ("former", "ex"):
            return None
        else:
            break
        m -= 1
    return Role(office, portfolio, country), start, end


def _joined(text: str, a: Token, b: Token) -> bool:
    """Two tokens written as parts of one name: a space or a hyphen between them, or a stray mark or
    tatweel standing alone between spaces (as in a quoted verse)."""
    gap = text[a.end : b.start]
    return gap in _JOINING or (" " in gap and " ".join(MARKS_OR_TATWEEL.sub("", gap).split()) in ("", *_JOINING))


_JOINING = (" ", "-", "‐", " - ", "-‏")
_APOSTROPHES = ("'", "’")


def _arabic_name(text: str, tokens: list[Token], j: int, feminine: bool = False) -> int:
    """The index after a name written from tokens[j] (j itself when there is none); `feminine`: the
    role before it is (وزيرة), so a verb of which it is the subject begins with ت, not ي."""
    k = j
    while k < len(tokens) and k < j + 4:
        token = tokens[k]
        if k > j and not _joined(text, tokens[k - 1], token):
            break
        key = token.key
        if (key in _NOT_NAME and not _written_ali(token)) or weekday_of(key) is not None or month_of(key) is not None \
                or key[0].isdigit():
            break
        following = tokens[k + 1] if k + 1 < len(tokens) and _joined(text, token, tokens[k + 1]) else None
        if _is_verb(token, following, feminine) or _is_prepositional(token, following):
            break  # "وزير الدفاع الإسرائيلي يعلن", "ليبرمان يدعو", "أمر الرئيس الروسي بوقف إنساني"
        if k > j and _undiacritised(token.text).endswith(("ة", *_POSSESSIVE)):
            break  # a noun of the rest of the sentence: "بدأ الوزير هاكان فيدان زيارة رسمية", "عمرو دياب جولته"
        if key.startswith(("بال", "وال", "فال", "كال", "لل")) or (k > j and key.startswith("و")):
            break  # a preposition or "و" joining the next phrase: ونظيره, وتقييم
        if _ends_a_name[key]:
            break
        if key.startswith("ال") and not (k > j and (tokens[k - 1].key in _PARTICLES or key.endswith("ي"))):
            break  # family names with the article are nisbas (السوداني) or follow أبو/بن (أبو الغيط)
        k += 1
    return k


def _written_ali(token: Token) -> bool:
    """The name علي (Ali) as written, which folds to what the preposition على folds to: "وزير التموين علي
    المصيلحي", not "أكد وزير الخارجية على أهمية"."""
    return _undiacritised(token.text) == "علي"


@WordMemo
def _ends_a_name(key: str) -> bool:
    """A word of a role: the name before it has ended ("ليبرمان ونظيره")."""
    return any(_key_in(key, words) for words in (_MINISTER, _PRESIDENT, _KING, _COUNTERPART))


_LONG_VOWELS = frozenset("اآوي")


@WordMemo
def _undiacritised(written: str) -> str:
    return undiacritised(written)


def _is_verb(token: Token, following: Token | None, feminine: bool) -> bool:
    """A present-tense verb whose subject is the role before it: يعلن، يدعو، يؤكد، يأمر (تعلن after a
    woman's title). Names of that shape have a long vowel after the first letter (ياسر، يوسف، يوآف،
    تامر، تيريزا); verbs with و there (يواصل، يوقع) are told by what follows: the article, a noun of
    the subject's (جولته) or nothing, where a name goes on (يوآف غالانت)."""
    written = _undiacritised(token.text)
    if len(written) < 3 or written[0] != ("ت" if feminine else "ي"):
        return False
    if written[1] not in _LONG_VOWELS:
        return True
    return written[1] == "و" and (following is None or following.key.startswith(("ال", "لل", "بال"))
                                  or _undiacritised(following.text).endswith(_POSSESSIVE))


_POSSESSIVE = ("ته", "ها", "هم", "هما")  # "يواصل جولته": a noun of his, not a second name


def _is_prepositional(token: Token, following: Token | None) -> bool:
    """A preposition joined to a noun with its adjective after it: "بوقف إنساني", "لتعاون أمني", not
    the name "بوتين" (nor "بوتين يلتقي") or "بشار الأسد"."""
    written = _undiacritised(token.text)
    if len(written) < 4 or written[0] not in "بل" or following is None:
        return False
    adjective = _undiacritised(following.text)
    return (len(adjective) > 3 and following.key not in STOPWORDS and adjective[:1] not in "يت"
            and not adjective.startswith("ال") and adjective.endswith(("ي", "ية")) and _common_word(adjective))


# How often a word must be written in Arabic at large (wordfreq's Zipf scale) to be taken for an
# adjective ("إنساني" 3.8, "أمني" 4.2) rather than a family name of the same shape ("بسام مولوي": 2.5,
# "قباني" 3.6).
_COMMON_ADJECTIVE = 3.7


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    from checker.normalise.frequency import zipf_frequency

    forms = {word, "إ" + word[1:], "أ" + word[1:]} if word[0] == "ا" else {word}
    return max(zipf_frequency(form, "ar") for form in forms) >= _COMMON_ADJECTIVE


def title_cased(text: str) -> bool:
    """A headline in Title Case: capitals do not tell names there."""
    return _title_cased(text, list(tokenize(text)))


def _title_cased(text: str, tokens: list[Token]) -> bool:
    """A headline in Title Case ("Minister Announces Start Of Drive"): capitals do not tell names there."""
    small = [t for t in tokens[1:] if t.key in _TITLE_SMALL_WORDS]
    return bool(small) and sum(t.text[:1].isupper() for t in small) * 2 > len(small)


_TITLE_SMALL_WORDS = frozenset("of to for in on at and with from by as over after".split())


def _english_name(text: str, tokens: list[Token], j: int) -> int:
    k = j
    while k < len(tokens) and k < j + 5:
        token = tokens[k]
        if k > j and text[tokens[k - 1].end : token.start] in _APOSTROPHES:
            if token.key == "s":
                break  # the possessive: "O'Brien's visit"
            k += 1  # the rest of a name written with an apostrophe: "Matiang'i", "O'Brien"
            continue
        if k > j and not _joined(text, tokens[k - 1], token):
            break
        if not (token.text[:1].isupper() or (token.key in _PARTICLES and k > j)):
            break
        if token.key in STOPWORDS or weekday_of(token.key) is not None or month_of(token.key) is not None:
            break
        k += 1
    while k > j and tokens[k - 1].key in _PARTICLES:
        k -= 1
    return k


@lru_cache(maxsize=65536)
def find_persons(text: str) -> tuple[PersonMention, ...]:
    """People named with a role in a text: "وزير الدفاع الفرنسي جان إيف لو دريان", "نظيره الفرنسي جان إيف
    لوران", "French Defence Minister Jean-Yves Le Drian", "Ashton Carter, the US defence secretary"."""
    tokens = tokenize(text)
    return persons_in(text, tokens, [k for k, t in enumerate(tokens) if may_be_role[t.key]])


def persons_in(text: str, tokens: tuple[Token, ...], starts: list[int]) -> tuple[PersonMention, ...]:
    """`find_persons` of a text; `starts`: the tokens where `may_be_role`."""
    found: list[PersonMention] = []
    after = 0
    for k in starts:
        if k < after:
            continue  # inside the mention read last
        if tokens[k].key.isascii():
            step = _english_at(text, tokens, k, found)
        else:
            step = _arabic_at(text, tokens, k, found)
        after = max(step, k + 1)
    return tuple(found)


_ROLE_WORDS = _MINISTER | _PRESIDENT | _KING | _CHANCELLOR | _COUNTERPART | frozenset(
    {"minister", "secretary", "president", "king", "chancellor", "counterpart", "counterparts"}) | frozenset(_OCCUPATIONS)


@WordMemo
def may_be_role(key: str) -> bool:
    """Whether a word can begin a role (and a person named with it)."""
    return _key_in(key, _ROLE_WORDS)


def _arabic_at(text: str, tokens: list[Token], k: int, found: list[PersonMention]) -> int:
    read = _role_after(tokens, k)
    if read is None:
        return k + 1
    role, j = read
    name_start = j
    if name_start < len(tokens) and tokens[name_start].boundary and text[tokens[name_start - 1].end:
                                                                          tokens[name_start].start].strip() in "،,":
        pass  # "وزير الدفاع الفرنسي، جان إيف لو دريان،"
    elif name_start < len(tokens) and tokens[name_start].boundary:
        return j
    end = _arabic_name(text, tokens, name_start, _undiacritised(tokens[k].text).endswith("ة"))
    if end == name_start:
        return j
    role_text = text[tokens[k].start : tokens[j - 1].end]
    found.append(PersonMention(text[tokens[name_start].start : tokens[end - 1].end], role, role_text,
                               tokens[name_start].start, tokens[end - 1].end))
    # "وزيرا الدفاع الأميركي آشتون كارتر والفرنسي جان إيف لودريان": a second holder of the same office.
    if end < len(tokens) and tokens[end].key.startswith("و") and not tokens[end].boundary:
        country = country_of_adjective(tokens[end].key[1:])
        if country:
            second = _arabic_name(text, tokens, end + 1)
            if second > end + 1:
                found.append(PersonMention(text[tokens[end + 1].start : tokens[second - 1].end],
                                           Role(role.office, role.portfolio, country), tokens[end].text,
                                           tokens[end + 1].start, tokens[second - 1].end))
                return second
    return end


def _english_at(text: str, tokens: list[Token], k: int, found: list[PersonMention]) -> int:
    read = _english_role(text, tokens, k)
    if read is None:
        return k + 1
    role, start, j = read
    if _title_cased(text, tokens):
        return j
    role_text = text[tokens[start].start : tokens[j - 1].end]
    end = _english_name(text, tokens, j)
    if end > j and not tokens[j].boundary:
        found.append(PersonMention(text[tokens[j].start : tokens[end - 1].end], role, role_text,
                                   tokens[j].start, tokens[end - 1].end))
        return end
    # Apposition: "Jean-Yves Le Drian, the French defence minister".
    m = start - 1
    if m >= 0 and tokens[start].boundary:
        first = m
        while first > 0 and first > m - 4 and _joined(text, tokens[first - 1], tokens[first]) and (
            tokens[first - 1].text[:1].isupper() or tokens[first - 1].key in _PARTICLES
        ):
            first -= 1
        if tokens[m].text[:1].isupper() and tokens[first].text[:1].isupper():
            name = text[tokens[first].start : tokens[m].end]
            if not any(p.start == tokens[first].start for p in found):
                found.append(PersonMention(name, role, role_text, tokens[first].start, tokens[m].end))
    return j


@lru_cache(maxsize=16384)
def parse_role(text: str) -> Role | None:
    """The role a short text states: "وزير الدفاع الفرنسي", "French Defence Minister", "نظيره الفرنسي"."""
    tokens = tokenize(text)
    for k in range(len(tokens)):
        read = _english_role(text, tokens, k) if tokens[k].key.isascii() else _role_after(tokens, k)
        if read is not None:
            return read[0]
    return None


@lru_cache(maxsize=1 << 14)
def split_speaker(speaker: str) -> tuple[str | None, Role | None]:
    """A speaker field as (name, role): "وزير الدفاع الفرنسي جان إيف لو دريان" → the name and the role;
    "لودريان" → ("لودريان", None); "وزير الدفاع الفرنسي" → (None, role)."""
    persons = find_persons(speaker)
    if persons:
        return persons[0].name, persons[0].role
    role = parse_role(speaker)
    if role is not None:
        return None, role
    return (speaker.strip(), None) if looks_like_person(speaker) else (None, None)


@lru_cache(maxsize=4096)
def one_holder_post(role: str) -> frozenset[str] | None:
    """The words of a post one person holds at a time ("coach of Sporting Gijón", "winner of the Baltic
    Poetry Prize", "رئيس جامعة المنصورة"), told in two words at least; None for a post many hold at once
    ("member of parliament", "أستاذ العلوم السياسية")."""
    keys = [t.key for t in tokenize(role)]
    if not any(v in _ONE_HOLDER for key in keys for v in prefix_variants(key)):
        return None
    words = content_keys(keys) - _NEWLY
    return words if len(words) >= 2 else None


# Posts one person holds at a time: the head of a body, its coach, its director; the winner of a prize.
_ONE_HOLDER = frozenset(map(fold, "head chief director president chairman chairwoman chair coach manager governor "
                                  "mayor rector dean principal captain commander ceo winner champion رئيس رئيسة مدير "
                                  "مديرة محافظ محافظة عميد عميدة مدرب قائد عمدة بطل بطلة الفائز الفائزة".split()))
# Words that tell when a post was taken, not which post: "newly elected chairman", "الرئيس المنتخب الجديد".
_NEWLY = frozenset(map(fold, "new newly elected re-elected جديد الجديد جديدة الجديدة منتخب المنتخب منتخبة "
                             "المنتخبة".split()))
