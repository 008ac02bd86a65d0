"""Names of the things a report tells of that the tables know nothing of: a ship ("the Aurora Star"),
a volcano (Kanlaon, كانلاون), a museum ("the Green Vault"), a company (Volkswagen), a glacier
(مارمولادا), a camp (زمزم). Two reports naming the same one likely tell of one event, as two reports
naming one person do.

A name is a word rare in its language (wordfreq's Zipf scale): in Latin script a capitalised one, in
Arabic one that is rare even with its clitics taken off. Words of the people and places a text names
are theirs, not names of things."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter

from rapidfuzz.distance import OSA

from checker.normalise.arabic import Token, fold, strip_article
from checker.normalise.calendar_words import month_of, weekday_of
from checker.normalise.frequency import common_words, undiacritised, zipf_as_written, zipf_frequency
from checker.normalise.memo import WordMemo
from checker.normalise.numbers import may_start_number
from checker.normalise.places import country_of_adjective
from checker.normalise.sounds import may_sound_alike
from checker.normalise.words import STOPWORDS, content_key

# Rarer than this in its language (Zipf: 4 is once in 100,000 words): "Vault" 3.9, "Volkswagen" 3.5, not
# "Stadium" 4.6 or "Police" 5.3. Arabic has no capitals to tell a name by: only a word rarer still,
# in every form its clitics leave ("الدعيلج" 1.1, "مارمولادا" 0; not "بالمستشفيات", which is "المستشفيات" 4.5).
_RARE_LATIN = 4.0
_RARE_ARABIC = 2.5
_SHORTEST = 3


def named_things(text: str, tokens: Sequence[Token], keys: Sequence[str],
                 taken: Iterable[tuple[int, int]] = ()) -> frozenset[str]:
    """The keys of the words of a text that name a thing (`keys`: its tokens'); `taken`: the spans of
    its people and places. A capitalised word beginning a sentence may be any word: only a rarer one
    is a name there. A thing named in common words is named with what it is: "حزب التجمع الوطني
    للأحرار" is "حزب تجمع", "the Super Cup final" "super cup"."""
    found = set()
    taken = list(taken)
    rarities = list(map(_name_rarity.__getitem__, map(_TEXT, tokens)))
    if rarities.count(None) < len(rarities):  # most texts name nothing: told without a loop here
        spans = taken
        for n in [n for n, rarity in enumerate(rarities) if rarity is not None]:
            token = tokens[n]
            if token.text.isascii() and rarities[n] >= _RARE_FIRST and _begins_sentence(text, token.start):
                continue
            if not any(start <= token.start < end for start, end in spans):
                found.add(token.key)
    found.update(_quoted_names(text, tokens, keys))
    found.update(_capitalised_names(text, tokens, keys, taken))
    if not _KIND_WORDS.isdisjoint(keys):
        for n in range(len(tokens) - 1):
            if keys[n] in _KIND_WORDS or keys[n + 1] in _KIND_WORDS:
                kind_and_name = _kind_and_name(tokens[n], tokens[n + 1])
                if kind_and_name:
                    found.add(kind_and_name)
    return frozenset(found) if found else _NOTHING


_NOTHING: frozenset[str] = frozenset()
_TEXT = itemgetter(0)  # a token's text as written

# A short phrase in quotation marks names a thing as often as it quotes words: an exercise ("درع الجزيرة
# المشترك 13"), an operation, a campaign, a book. Longer, it is what somebody said.
_QUOTED = re.compile(r'[“"«„]([^“”"«»„\n]{2,80})[”"»“]')
_QUOTED_WORDS = 6


def _quoted_names(text: str, tokens: Sequence[Token], keys: Sequence[str]) -> list[str]:
    """The names a text gives in quotation marks, each as its words' keys: "Eager Lion", «مرجان 2026».
    One common word alone ("a 'disaster'") names nothing, nor do lower-case English words."""
    if not any(mark in text for mark in '“"«„'):
        return []
    found = []
    for quoted in _QUOTED.finditer(text):
        inside = [n for n, t in enumerate(tokens) if quoted.start(1) <= t.start and t.end <= quoted.end(1)]
        if not inside or len(inside) > _QUOTED_WORDS:
            continue
        first = tokens[inside[0]].text
        if first.isascii() and not first[:1].isupper() and not first[:1].isdigit():
            continue
        words = [keys[n] if keys[n][:1].isdigit() else content_key(keys[n]) for n in inside
                 if keys[n] not in STOPWORDS and len(keys[n]) > 1 or keys[n][:1].isdigit()]
        if len(words) >= 2 or (len(words) == 1 and _name_rarity[tokens[inside[0]].text] is not None):
            found.append(" ".join(words))
    return found


_CONNECTORS = frozenset("of and de du la le al el del der von van".split())
# Capitalised words of an office speak for one, at many events: "Interior Ministry", "Civil Protection".
_INSTITUTIONS = frozenset(
    "ministry ministries department agency office council court police government army forces force service "
    "services authority authorities committee commission parliament assembly guard protection defence defense "
    "party".split())
_TWO_CAPITALS = re.compile(r"[A-Z]\S*\s+(?:[a-z]+\s+)?[A-Z]")  # two capitalised words, a connector between
_COMMON_PHRASE = 4.5  # a name of capitalised words has one rarer than this: "Eager Lion", not "White House"


def _capitalised_names(text: str, tokens: Sequence[Token], keys: Sequence[str],
                       taken: Sequence[tuple[int, int]]) -> list[str]:
    """Names of several capitalised English words that are no person or place: "Formula E", "Eager Lion",
    "World Rapid and Blitz Championships". Each as its words' keys, connectors left out."""
    found: list[str] = []
    if _TWO_CAPITALS.search(text) is None:
        return found  # most texts: Arabic, or no two capitalised words near each other
    capitals = [t.text[:1].isupper() and t.text.isascii() for t in tokens]
    in_taken = [False] * len(tokens)
    if taken:
        starts = [t.start for t in tokens]
        for start, end in taken:
            for n in range(bisect_left(starts, start), bisect_left(starts, end)):
                in_taken[n] = True
    run: list[int] = []
    touching = [False]  # whether the run touches a person or place: "Interior Minister [Ahmed Hassan]"

    def close() -> None:
        while run and keys[run[-1]] in _CONNECTORS:
            run.pop()
        words = [content_key(keys[n]) for n in run if keys[n] not in _CONNECTORS]
        if len(words) >= 2 and not touching[0] and not _INSTITUTIONS.intersection(keys[n] for n in run) and min(
                (zipf_frequency(keys[n], "en") for n in run if keys[n] not in _CONNECTORS and len(keys[n]) > 1),
                default=_COMMON_PHRASE) < _COMMON_PHRASE:
            found.append(" ".join(words))
        run.clear()
        touching[0] = False

    for n, token in enumerate(tokens):
        if run and token.boundary:
            close()
        if in_taken[n]:
            # A person's title or a name a place begins ("the Bahrain International Circuit") is told
            # by the person or place; what is left of it ("International Circuit") names nothing.
            touching[0] = bool(run)
            if run:
                close()
            touching[0] = not (n + 1 < len(tokens) and tokens[n + 1].boundary)
            continue
        if not capitals[n]:
            if run and keys[n] in _CONNECTORS:
                run.append(n)  # "World Rapid and Blitz Championships"
            elif run:
                close()
            touching[0] = False
            continue
        if not run and (keys[n] in STOPWORDS or (
                _begins_sentence(text, token.start) and zipf_frequency(keys[n], "en") >= _RARE_LATIN
                and not (n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper() and not tokens[n + 1].boundary))):
            continue  # "The", or a common word capitalised for beginning the sentence ("Rescuers found")
        run.append(n)
    if run:
        close()
    return found


@WordMemo
def _name_rarity(written: str) -> float | None:
    """How rare a word as written is in its language, if it may name a thing and is rare enough to: a
    capitalised Latin word, an Arabic word, of letters alone, no number, people, month or day."""
    bare = undiacritised(written)
    if len(bare) < _SHORTEST or not bare.isalpha():
        return None
    first = bare[0]
    if first.isascii() and not first.isupper():
        return None
    if _other_kind(fold(bare)):
        return None
    rarity = zipf_as_written[bare]
    return rarity if rarity < (_RARE_LATIN if first.isascii() else _RARE_ARABIC) else None


def _kind_and_name(first: Token, second: Token) -> str | None:
    """A kind of thing and the first word of its name: Arabic puts the kind first ("كأس السوبر", "سد
    النهضة"), English last, both capitalised ("Super Cup", "Renaissance Dam")."""
    if second.boundary:
        return None
    if not first.key.isascii():
        kind = strip_article(first.key)
        name = content_key(second.key)
        if kind in _ARABIC_KINDS and name and not second.key.isascii() and second.key not in STOPWORDS \
                and country_of_adjective(second.key) is None and name not in _ARABIC_KINDS:
            return f"{kind} {name}"
    elif second.key in _ENGLISH_KINDS and first.text[:1].isupper() and second.text[:1].isupper() \
            and first.key not in STOPWORDS and country_of_adjective(first.key) is None:
        return f"{first.key} {second.key}"
    return None


# Kinds of things named in common words: not the offices every story names (وزارة, Ministry).
_ARABIC_KINDS = frozenset(map(fold, (
    "حزب كأس بطولة مهرجان ملعب استاد شركة نادي جامعة مستشفى متحف فندق سد مطار ميناء منجم مخيم مصنع "
    "سفينة ناقلة بركان جسر برج مسرح").split()))
_ENGLISH_KINDS = frozenset(
    "party cup championship festival stadium arena club university hospital museum hotel dam airport port mine "
    "camp plant factory ship tanker volcano bridge tower theatre theater prize award".split())
_KIND_WORDS = _ENGLISH_KINDS | _ARABIC_KINDS | frozenset("ال" + kind for kind in _ARABIC_KINDS)


def _begins_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _SENTENCE_ENDS


_SENTENCE_ENDS = ".!?:\"“”«»'‘’—-"
_RARE_FIRST = 2.5  # "Rescuers", "Dockworkers" begin sentences; "Kanlaon" and "Optus" are rarer still


@WordMemo
def _other_kind(key: str) -> bool:
    """A word of another finder: a number ("Nineteen"), a people ("Kenyan", "اليمني"), a month or a day."""
    return (may_start_number[key] or country_of_adjective(key) is not None or month_of(key) is not None
            or weekday_of(key) is not None)


# A name of someone or something, one word as written, in a sentence read word by word (the swapped
# word of two headlines): "ديزني" / "سوني", "فنزويلا", "بومبيو". Arabic writes no capitals; a name is
# told by the article it does not take: the language writes "ديزني" and hardly "الديزني", as it writes
# "القرود" and "الذهب". Verbs take no article either: a word that is the form of a verb ("يدعم",
# "تدعم"; "نشرت", "نشر") or of a common word with an ending ("اختيارا", "بلاده") is not read as a name,
# nor a function word or a verbal noun of the derived verbs ("إنهاء", "انسحاب", "استئناف").
_NO_ARTICLE = 1.4  # how much rarer (Zipf) the word is with the article than without: "ديزني" 2.7, "أوبر" 1.5
_COMMON_FORM = 3.5  # a form this common is a word of the language: "نشر" of "نشرت"
_VERB_FORM = 3.0  # "يدعم" of "تدعم", "ينزع" of "نزع"
_RARE_NAME = 2.0  # rarer than this, a word no common word is a letter away from ("ايمنيم")
_PERSON_PREFIXES = "يتن"
_DERIVED_PRESENT = ("يت", "تت", "يست", "تست", "ينت", "تنت")
_ENDINGS = ("ا", "ه", "ها", "هم", "هما", "ته", "تها", "تهم", "ين", "ون", "وا", "ات", "ان", "نا", "ت", "تا", "ن", "تم")
_CLITIC_LETTERS = "وفبل"  # not ك, which begins names ("كيلي") more often than it is "as"
# Words of the sentence's frame that take no article either, beside the stopwords: "بسبب", "إثر", "لماذا".
_FRAME = frozenset(map(fold, """
بسبب إثر اثر جراء بفضل بخصوص بشان طيلة طوال عدة تجاه لدى مما بأنه بانه بأن كيف لماذا ماذا متى أين اين هناك هنا
مجددا مجدداً تماما فقط أيضا حاليا غدا امس أمس اليوم رسميا نحو وسط عقب قبيل بعيد إزاء ازاء لأجل بدلا بدل ضمن
""".split()))
_ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةأإآىئؤء"


def names_one(written: str) -> bool:
    """Whether a word as written may be the name of someone or something: in Latin script a
    capitalised word (`names_one` says nothing of a sentence's first word, which any word may be);
    in Arabic one written without the article that the language writes without it, no verb's or
    common word's form (see above)."""
    return _names_one[written] == _NAME


def may_name_one(written: str) -> bool:
    """Whether a word may be a name, though the language also writes it with the article ("أمازون",
    "أوسكار"): beside a word that `names_one`, in the same place of the same sentence, it is one."""
    return _names_one[written] is not None


_NAME, _MAYBE = "name", "maybe"


@WordMemo
def _names_one(written: str) -> str | None:
    word = undiacritised(written).strip(".,:;!?\"'«»“”()")
    if len(word) < _SHORTEST or not word.isalpha():
        return None
    if word.isascii():
        return _NAME if word[0].isupper() and not _other_kind(fold(word)) and fold(word) not in STOPWORDS else None
    key = fold(word)
    if strip_article(word) != word or key in STOPWORDS or key in _FRAME or _other_kind(key):
        return None
    bare = word
    if word[0] in _CLITIC_LETTERS and len(word) > _SHORTEST and _zipf(word[1:]) > _zipf(word):
        bare = word[1:]  # "وديزني", "لترامب"
    if fold(bare) in STOPWORDS or fold(bare) in _FRAME or _verb_or_inflected(bare) or _verbal_noun(bare):
        return None
    if _zipf(bare) - _zipf("ال" + bare) >= _NO_ARTICLE:
        return _NAME
    if zipf_as_written[word] < _RARE_NAME and not _misspelt(bare):
        return _NAME
    return _MAYBE if not _misspelt(bare) or _zipf(bare) >= _VERB_FORM else None


def _zipf(word: str) -> float:
    return _zipf_exact[word]


@WordMemo
def _zipf_exact(word: str) -> float:
    return zipf_frequency(word, "ar")


def _verb_or_inflected(word: str) -> bool:
    if len(word) >= 5 and word.startswith(_DERIVED_PRESENT):
        return True  # "يتفادى", "تستثني", "ينتظر": the present of a derived verb, hardly ever a name
    if len(word) >= 5 and word[0] in "يت" and word.endswith(("ون", "ان", "وا", "ين")):
        return True  # "يخشون", "يتمسكون": a verb's person
    if len(word) >= _SHORTEST and word[0] in _PERSON_PREFIXES:
        if any(_zipf(p + word[1:]) >= _VERB_FORM for p in _PERSON_PREFIXES if p != word[0]):
            return True  # "تدعم": "يدعم"
    if len(word) > _SHORTEST and word[0] == "س" and word[1] in _PERSON_PREFIXES and _zipf(word[1:]) >= _VERB_FORM:
        return True  # "ستتدخل"
    if len(word) == _SHORTEST and (_zipf("ي" + word) >= _VERB_FORM or _zipf(word + "ت") >= _VERB_FORM):
        return True  # "نزع": "ينزع"
    return any(word.endswith(ending) and len(word) - len(ending) >= _SHORTEST
               and max(_zipf(word[: -len(ending)]), _zipf(word[: -len(ending)] + "ة")) >= max(_COMMON_FORM, _zipf(word))
               for ending in _ENDINGS)


# The verbal nouns of the derived verbs, told by their verb: إفعال ("إهدار": "أهدر"), انفعال ("انسحاب":
# "انسحب"), افتعال ("اجتماع": "اجتمع"), استفعال, تفعيل ("تدعيم": "يدعم"), تفاعل ("تراجع": "يتراجع").
_DERIVED = re.compile("^(?:[إا].{2}ا.|ان.{2}ا.|ا.ت.ا.|است.{2}ا.)$")


def _verbal_noun(word: str) -> bool:
    if _DERIVED.match(word):
        verb = ("أ" if word[0] == "إ" else word[0]) + word[1:-2] + word[-1]
        return _zipf(verb) >= _VERB_FORM
    if len(word) == 5 and word[0] == "ت" and word[3] == "ي":
        return _zipf("ي" + word[1:3] + word[4]) >= _VERB_FORM
    if len(word) == 5 and word[0] == "ت" and word[2] == "ا":
        return _zipf("ي" + word) >= _VERB_FORM
    return False


def _misspelt(word: str) -> bool:
    """Whether a common word is one letter away (one missing, added, changed, or two swapped): a rare
    word is more often a slip than a name ("انخفةض", "إسرائليون")."""
    common = _common_arabic()
    near = {word[:i] + word[i + 1:] for i in range(len(word))}
    near |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    near |= {word[:i] + c + word[j:] for i in range(len(word) + 1) for j in (i, i + 1) if j <= len(word)
             for c in _ARABIC_LETTERS}
    near.discard(word)
    return not near.isdisjoint(common)


_common: frozenset[str] | None = None


def _common_arabic() -> frozenset[str]:
    """The Arabic words as common as a verb's form (`_VERB_FORM`), as wordfreq writes them."""
    global _common
    if _common is None:
        bound = 10 ** (_VERB_FORM - 9)  # Zipf is log10 of a word's frequency per billion words
        _common = common_words("ar", bound)
    return _common


def spelled_alike(a: str, b: str) -> bool:
    """Whether two words as written may be spellings of one name: the same consonants ("ترامب" /
    "ترمب", "Gaddafi" / "Qaddafi"), one inside the other, or one letter apart ("العفران" / "الغفران")."""
    key_a, key_b = fold(undiacritised(a)), fold(undiacritised(b))
    if key_a == key_b or may_sound_alike(key_a, key_b):
        return True
    return one_letter_apart(key_a, key_b)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two words (folded) of four letters or more are one letter apart: one missing, added,
    changed, or two letters swapped ("العفران" / "الغفران", "هوليوود" / "بوليوود")."""
    return min(len(a), len(b)) >= 4 and OSA.distance(a, b, score_cutoff=1) == 1
