"""The same sentence with one thing swapped: "a giant Banksy mural in New York" against "a giant da
Vinci mural in New York", "اشتباكات عنيفة في طرابلس" against "اشتباكات عنيفة في بنغازي". Claims that
carry no fields of their own (no speaker, day or place given, as headlines) are otherwise compared on
nothing; here two accounts in the same words but one are compared on that one, and the finding is of
the kind the swapped words belong to: another place (location), another person, company or thing
named (name: "ديزني" / "سوني", `named.names_one`), another number (quantity), another month (date). A
swap of anything else ("ظبي" / "قط") is not read: which of two common words is right is not a
question of fact this tool can put; nor are two spellings of one name ("ترامب" / "ترمب")."""

from __future__ import annotations

from difflib import SequenceMatcher


from checker.compare.facts import ClaimFacts
from checker.compare.values import same_thing, values_conflict
from checker.compare.kinds.base import Context, finding, scopes, side
from checker.compare.kinds.polarity import MIN_SHARED_PARAPHRASED, Nearest, alike, common_words, oppositions
from checker.models import Claim, Contradiction
from checker.normalise.arabic import fold, prefix_variants, strip_article
from checker.normalise.dates import month_of
from checker.normalise.concepts import counted_concept, portfolio_concept, synonym_key
from checker.normalise.named import may_name_one, names_one, one_letter_apart, spelled_alike
from checker.normalise.names import find_persons, may_be_role, same_person, title_cased
from checker.normalise.opposites import Reading, read
from checker.normalise.places import country_of_adjective, find_places, lookup_place, same_place

KIND = "swapped"  # where these findings are collected; each is of the kind of what was swapped
MAX_SWAPPED = 3  # words on each side


def _bare(claim: Claim) -> bool:
    """A claim with no field of its own: the other kinds have nothing to compare it on."""
    return not (claim.speaker or claim.date or claim.location)


def find(ctx: Context) -> list[Contradiction]:
    found = []
    common: frozenset[str] | None = None
    proper: frozenset[str] = frozenset()
    for scope in scopes(ctx):
        facts = [(f, 0) for f in scope.facts if _bare(f.claim)] + \
            [(f, 1) for f in scope.other_facts or [] if _bare(f.claim)]
        pairs = [(f, g) for n, (f, side_f) in enumerate(facts) for g, side_g in facts[n + 1:]
                 if g.article != f.article and not (scope.weak and side_f == side_g) and alike(f, g)]
        if not pairs:
            continue
        nearest = Nearest(facts, scope.weak)
        if common is None:
            common = common_words(ctx.facts)
            proper = _proper_words(ctx.facts)
        for f, g in pairs:
            if not nearest.counterparts(f, g):
                continue
            swap = _swap(f.quote, g.quote, common, proper)
            if swap is None or _theirs(swap[0], f, g):
                continue
            kind, what, one, other, clean = swap
            severity, confidence = ("medium", 0.6) if clean else ("low", 0.45)
            found.append(finding(kind, severity, confidence, what, f"{one} ({f.article}) vs {other} ({g.article})",
                                 scope, [side(f, one), side(g, other)]))
    return found


def _theirs(kind: str, f: ClaimFacts, g: ClaimFacts) -> bool:
    """Whether the kind finds the swap itself: places where both tell of something happening, counts
    of one thing ("3 سنوات" alone is no thing it compares)."""
    if kind == "location":
        return bool(f.place and g.place and f.happening and g.happening)
    if kind == "quantity":
        # Found by the quantity kind, or told as agreeing there: "about 10 million" rounds 10.2 million.
        return any(same_thing(a, b) and (values_conflict(a, b) or not (a.exact and b.exact))
                   for a in f.quantities or () for b in g.quantities or ())
    return False


def _proper_words(facts: list[ClaimFacts]) -> frozenset[str]:
    """The Latin words the corpus writes capitalised inside a sentence (casefolded): "Disney" is a name
    where a claim says "... said Disney will ...", and is one at the start of a headline too."""
    found: set[str] = set()
    for f in facts:
        text = f.quote
        if not text.isascii() or title_cased(text):
            continue
        words = text.split()
        for before, word in zip(words, words[1:]):
            bare = word.strip(_PUNCTUATION)
            if bare[:1].isupper() and not bare.isupper() and bare.isalpha() and before[-1:] not in _SENTENCE_ENDS:
                found.add(bare.casefold())
    return frozenset(found)


_PUNCTUATION = ".,;:!?\"'()[]“”‘’«»"
_SENTENCE_ENDS = ".!?:\"“”—-"


def _swap(a: str, b: str, common: frozenset[str],
          proper: frozenset[str] = frozenset()) -> tuple[str, str, str, str, bool] | None:
    """What two sentences in the same words but one swap differ on, if it is a place, a person or a
    number: its kind, the question, the two swapped spans as written, and whether nothing else
    differs (else it is a place swapped in otherwise reworded sentences: `_place_swapped`)."""
    ra, rb = read(a), read(b)
    if oppositions(ra, rb):
        return None  # one says something rises, the other that it falls: that is the question
    tokens_a, tokens_b = _content(ra), _content(rb)
    matcher = SequenceMatcher(None, [s for _, s in tokens_a], [s for _, s in tokens_b], autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if len(changes) != 1 or changes[0][0] != "replace":
        return _place_swapped(a, ra, b, rb, common) or _named_swapped(a, ra, b, rb, common)
    _, i1, i2, j1, j2 = changes[0]
    if i2 - i1 > MAX_SWAPPED or j2 - j1 > MAX_SWAPPED:
        return None
    same = [s for n, (_, s) in enumerate(tokens_a) if not i1 <= n < i2]
    if len(same) < MIN_SHARED_PARAPHRASED or all(s in common for s in same):
        return None  # not enough of one story around the swap
    one = _span(a, ra, tokens_a[i1][0], tokens_a[i2 - 1][0])
    other = _span(b, rb, tokens_b[j1][0], tokens_b[j2 - 1][0])
    kind = _kind_of(one, other, a, b, proper)
    if kind is None or (kind == "name" and (title_cased(a) or title_cased(b))):
        return None
    return kind, _QUESTIONS[kind], one, other, True


def _place_swapped(a: str, ra: Reading, b: str, rb: Reading,
                   common: frozenset[str]) -> tuple[str, str, str, str, bool] | None:
    """One place in each sentence that the other does not name, and no other place between them that
    is the same, in sentences that are mostly the same words otherwise: "بومبيو يتهم إيران بدعم
    الإرهاب" / "بومبيو يتهم العراق صراحة بدعم الإرهاب". Not a place one adds beside another that both
    name ("تحالف السعودية والإمارات" / "التحالف الذي تقوده السعودية في اليمن")."""
    places_a, places_b = _places(a, ra), _places(b, rb)
    if not places_a or not places_b:
        return None
    said_a = {s for s in ra.stems if s is not None}
    said_b = {s for s in rb.stems if s is not None}
    only_a = [(n, w, p) for n, w, p in places_a if ra.stems[n] not in said_b]
    only_b = [(n, w, p) for n, w, p in places_b if rb.stems[n] not in said_a]
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    (n_a, one, place_a), (n_b, other, place_b) = only_a[0], only_b[0]
    if any(not _other_place(place_a, p) for _, _, p in places_b) or \
            any(not _other_place(place_b, p) for _, _, p in places_a):
        return None  # "واشنطن" against "الولايات المتحدة", or a city of a country the other names
    if one_letter_apart(fold(one), fold(other)):
        return None  # "هوليوود" / "بوليوود": a slip of one letter, or two names too near to tell
    if _beside_a_shared_place(ra, n_a, places_a, said_b) or _beside_a_shared_place(rb, n_b, places_b, said_a):
        return None
    if not _in_one_replacement(ra, n_a, rb, n_b) and (_said_otherwise(place_b, a) or _said_otherwise(place_a, b)):
        return None  # a place one leaves out, and the other's said there in other words ("الولايات المتحدة" / "أمريكا")
    shared = said_a & said_b
    rest = len(said_a ^ said_b) - 2
    if not _mostly_shared(a, ra, shared, rest, common):
        return None
    return "location", _QUESTIONS["location"], one, other, False


def _mostly_shared(a: str, ra: Reading, shared: set[str], rest: int, common: frozenset[str],
                   names_tell: bool = True) -> bool:
    """Whether two reworded sentences tell one story besides what is swapped: at least three words in
    common, not all of them ones the corpus says all the time, and at least twice as many as differ
    besides; as many as differ, when a name is among them and `names_tell` ("نسيمة السادة وسمر بدوي":
    one story; not where the swapped words are themselves names, which a verb may be misread as)."""
    if len(shared) < MIN_SHARED_PARAPHRASED or all(w in common for w in shared):
        return False
    if 2 * rest <= len(shared):
        return True
    return names_tell and rest <= len(shared) and any(names_one(_span(a, ra, n, n)) for n, stem in enumerate(ra.stems)
                                       if stem in shared)


def _said_otherwise(place, sentence: str) -> bool:
    """Whether a sentence names the place in words of its own, as the gazetteer reads the whole text."""
    return any(not _other_place(place, mention.place) for mention in find_places(sentence))


def _named_swapped(a: str, ra: Reading, b: str, rb: Reading,
                   common: frozenset[str]) -> tuple[str, str, str, str, bool] | None:
    """One name in each sentence that the other does not say, in the same place of sentences that are
    mostly the same words otherwise: "أبل تبحث عن مخرج من حرب واشنطن وبكين" / "شركة سامسونغ تبحث من
    حرب واشنطن و بكين عن مخرج". As `_place_swapped`, of names (`names_one`) or places."""
    said_a = {s for s in ra.stems if s is not None}
    said_b = {s for s in rb.stems if s is not None}
    only_a = _named_words(a, ra, said_b)
    only_b = _named_words(b, rb, said_a)
    if len(only_a) != 1 or len(only_b) != 1:
        return None
    (n_a, one), (n_b, other) = only_a[0], only_b[0]
    if not _in_one_replacement(ra, n_a, rb, n_b):
        return None
    shared = said_a & said_b
    rest = len(said_a ^ said_b) - 2
    if not _mostly_shared(a, ra, shared, rest, common, names_tell=False) or _spelled_alike(one, other):
        return None
    if _month(one) and _month(other):
        kind = "date" if _month(one) != _month(other) else None  # "كذبة أبريل" / "كذبة نوفمبر"
    elif _place(one) is not None or _place(other) is not None or not (names_one(one) and names_one(other)):
        return None  # a place against another word: `_place_swapped` reads places
    else:
        kind = _named_kind(one, other, a, b, None, None)
    if kind is None:
        return None
    return kind, _QUESTIONS[kind], one, other, False


def _named_words(text: str, reading: Reading, said_there: set[str]) -> list[tuple[int, str]]:
    """The content words of a sentence that name someone, something or a place, and that the other
    sentence does not say, by token."""
    found = []
    for n, stem in enumerate(reading.stems):
        if stem is not None and stem not in said_there:
            word = _span(text, reading, n, n)
            if names_one(word) or _place(word) is not None or _region(word) or _month(word):
                found.append((n, word))
    return found


def _in_one_replacement(ra: Reading, token_a: int, rb: Reading, token_b: int) -> bool:
    """Whether the two words stand in one place of the two sentences' sequences of words: what one
    says instead of the other."""
    tokens_a, tokens_b = _content(ra), _content(rb)
    at_a = next(n for n, (token, _) in enumerate(tokens_a) if token == token_a)
    at_b = next(n for n, (token, _) in enumerate(tokens_b) if token == token_b)
    matcher = SequenceMatcher(None, [s for _, s in tokens_a], [s for _, s in tokens_b], autojunk=False)
    return any(op == "replace" and i1 <= at_a < i2 and j1 <= at_b < j2 for op, i1, i2, j1, j2 in matcher.get_opcodes())


def _places(text: str, reading: Reading) -> list[tuple[int, str, object]]:
    """The content words of a sentence that name a place or a country's people, by token."""
    found = []
    for n, stem in enumerate(reading.stems):
        if stem is not None:
            word = _span(text, reading, n, n)
            place = _place(word)
            if place is not None:
                found.append((n, word, place))
    return found


def _beside_a_shared_place(reading: Reading, token: int, places: list, said_there: set[str]) -> bool:
    """Whether the place is joined by "و" / "and" to a place the other sentence names too: a party
    added, not one swapped."""
    shared_places = {n for n, _, _ in places if reading.stems[n] in said_there}
    before = [n for n in range(token) if reading.stems[n] is not None]
    after = [n for n in range(token + 1, len(reading.stems)) if reading.stems[n] is not None]
    return bool(shared_places) and ((bool(before) and before[-1] in shared_places and reading.clauses[token])
                                    or (bool(after) and after[0] in shared_places and reading.clauses[after[0]]))


_QUESTIONS = {"location": "Which place", "name": "Who", "quantity": "How many", "date": "When"}


def _content(reading: Reading) -> list[tuple[int, str]]:
    return [(n, s) for n, s in enumerate(reading.stems) if s is not None]


def _span(text: str, reading: Reading, first: int, last: int) -> str:
    return text[reading.spans[first][0]:reading.spans[last][1]]


def _kind_of(one: str, other: str, a: str = "", b: str = "", proper: frozenset[str] = frozenset()) -> str | None:
    if _number(one) and _number(other):
        return "quantity"  # the number alone: "killed 12" against "injured 30" counts two things
    month_a, month_b = _month(one), _month(other)
    if month_a and month_b:
        return "date" if month_a != month_b else None
    side_a, side_b = _compass(one), _compass(other)
    if side_a and side_b:
        return "location" if side_a != side_b else None  # "الغوطة الشرقية" / "الغوطة الغربية"
    place_a, place_b = _place(one), _place(other)
    if place_a is not None and place_b is not None:
        return "location" if _other_place(place_a, place_b) else None
    if _spelled_alike(one, other):
        return None  # "Gaddafi" / "Qaddafi", "ترامب" / "ترمب": one name
    if not (_latin_name(one, a, proper) and _latin_name(other, b, proper)):
        return _named_kind(one, other, a, b, place_a, place_b)
    if _titles(one) or _titles(other) or _acronym(one, other) or _acronym(other, one):
        return None  # "Secretary Pompeo" / "Mr Pompeo", "UN" / "United Nations": one person, one body
    if place_a is None and place_b is None:
        return "location" if _after_a_place_word(one, a) and _after_a_place_word(other, b) else "name"
    # A person who shares a name with some village ("Mandela"): a place only where the sentence says so.
    return None if _named_as_place(one, a) or _named_as_place(other, b) else "name"


def _named_kind(one: str, other: str, a: str, b: str, place_a, place_b) -> str | None:
    """Two names of people or things swapped ("ديزني" / "سوني", "المغنية ريانا" / "المغنية لانا ديل
    راي"), or a place against a name the gazetteer does not know ("السعودية" / "فنزويلا"): not two
    spellings of one name, nor two words of the same meaning."""
    if _synonyms(one, other):
        return None
    hijri_a, hijri_b = _HIJRI.get(fold(one)), _HIJRI.get(fold(other))
    if hijri_a or hijri_b:
        return "date" if hijri_a and hijri_b and hijri_a != hijri_b else None
    group_a, group_b = _group(one), _group(other)
    if group_a and group_b:
        return "name" if group_a != group_b else None  # "وزير الداخلية" / "وزير الدفاع", women / children
    if _persons(one, a) and _persons(other, b):
        return "name" if not same_person(_persons(one, a)[0], _persons(other, b)[0]) else None
    place_a, place_b = place_a or _region(one), place_b or _region(other)
    if place_a is not None and place_b is not None:
        return "location" if place_a != place_b else None  # a region against a place
    if place_a is not None or place_b is not None:
        # A place against a name the gazetteer does not know ("فنزويلا"): a country or a region is
        # another place; a town that shares a company's name ("شركة تويوتا") is the company.
        place, name = (place_a, other) if place_b is None else (place_b, one)
        if not _named_span(name, names_one):
            return None
        return "location" if _country_or_region(place) or _after_in(name, b if name is other else a) else "name"
    named_a, named_b = _named_span(one, names_one), _named_span(other, names_one)
    if not (named_a or named_b) or not (named_a or _named_span(one, may_name_one)) \
            or not (named_b or _named_span(other, may_name_one)):
        return None
    return "location" if _after_in(one, a) and _after_in(other, b) else "name"


def _group(span: str) -> str | None:
    """Who one word names by the tables: the people a number counts (women, children, soldiers, doctors),
    or a minister's portfolio; not units (dollars, years)."""
    words = span.split()
    if len(words) != 1:
        return None
    key = fold(words[0])
    concept = counted_concept(key)
    if concept in _PEOPLE:
        return concept
    portfolio = portfolio_concept(key)
    return f"minister of {portfolio}" if portfolio else None


def _titles(span: str) -> bool:
    """Whether a span is only a title or role ("Secretary", "Mr", "President"): who is named is after it."""
    return all(may_be_role(fold(w)) or fold(w).rstrip(".") in _HONORIFICS for w in span.split())


_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady madam general gen senator sen rep prince princess "
                        "sheikh pope professor prof".split())


def _acronym(short: str, long: str) -> bool:
    """Whether one span is the initials of the other: "UN" / "United Nations", "IMF" / "International
    Monetary Fund"."""
    letters = short.replace(".", "")
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    return len(short.split()) == 1 and len(letters) >= 2 and letters.isupper() and letters == initials


def _country_or_region(place) -> bool:
    """A country (by its adjective, a code) or a region (`_REGIONS`, a name), or a country of the
    gazetteer."""
    return isinstance(place, str) or place.country == place.id


# The people the tables count: one of them swapped for another is who the sentence is about.
_PEOPLE = frozenset({"civilian", "soldier", "fighter", "child", "woman", "worker", "student", "teacher", "doctor",
                     "patient", "fisherman", "pilgrim", "migrant", "refugee", "prisoner", "protester", "athlete",
                     "passenger", "voter", "employee", "journalist"})
# Continents and regions, which the gazetteer does not list: a swapped one is another place.
_REGIONS = {strip_article(fold(word)): region for region, words in {
    "europe": "أوروبا أوربا Europe", "africa": "أفريقيا إفريقيا افريقيا Africa", "asia": "آسيا اسيا Asia",
    "gulf": "الخليج Gulf", "sinai": "سيناء Sinai", "balkans": "البلقان Balkans", "caucasus": "القوقاز Caucasus",
}.items() for word in words.split()}


def _region(span: str) -> str | None:
    """The continent or region a word names, perhaps with its clitics ("للخليج", "بأوروبا")."""
    bare = (strip_article(v) for v in prefix_variants(fold(span)))
    return next((_REGIONS[v] for v in bare if v in _REGIONS), None)


# The months of the Hijri calendar named in one word ("رمضان" / "شوال").
_HIJRI = {fold(word): n for n, word in enumerate("محرم رجب شعبان رمضان شوال".split(), 1)}


def _named_span(span: str, names) -> bool:
    """A span of words naming someone or something: a name, perhaps with a people ("بيجو الفرنسية")."""
    words = span.split()
    if span.isascii():
        return False  # Latin names are told by their capitals (`_latin_name`)
    return any(names(w) for w in words) and all(names(w) or country_of_adjective(fold(w)) for w in words)


def _persons(span: str, sentence: str) -> list[str]:
    """The people a sentence names in the span (found by their role: "المغني الأمريكي آر كيلي")."""
    at = sentence.find(span)
    return [p.name for p in find_persons(sentence) if p.start < at + len(span) and at < p.end]


def _spelled_alike(one: str, other: str) -> bool:
    return any(spelled_alike(x, y) for x in one.split() for y in other.split())


def _synonyms(one: str, other: str) -> bool:
    """Words of one meaning in the tables: the concepts, or one side of the lexicon of opposites."""
    for x in one.split():
        for y in other.split():
            kx, ky = fold(x), fold(y)
            meaning = synonym_key(kx) or counted_concept(kx)
            if meaning is not None and meaning == (synonym_key(ky) or counted_concept(ky)):
                return True
            if read(x).polar or read(y).polar:
                return True  # a word of the lexicon: the polarity kind reads it
    return False


def _after_in(span: str, sentence: str) -> bool:
    """Whether a name stands after "في" / "in": a place."""
    before = sentence[:sentence.find(span)].split()
    return bool(before) and before[-1].casefold() in ("في", "بمدينة", "in", "at")


def _month(span: str) -> int | None:
    """The month one word names ("أغسطس", "August"; not "may")."""
    words = span.split()
    if len(words) != 1 or (words[0].isascii() and not words[0][:1].isupper()):
        return None
    return month_of(fold(words[0])) or None


_COMPASS = {"شرق": "east", "غرب": "west", "شمال": "north", "جنوب": "south", "east": "east", "west": "west",
            "north": "north", "south": "south", "eastern": "east", "western": "west", "northern": "north",
            "southern": "south"}


def _compass(span: str) -> str | None:
    """The side of the compass one word names: "شرقي", "الشرقية", "بجنوب", "eastern"."""
    words = span.split()
    if len(words) != 1:
        return None
    key = fold(words[0])
    for variant in prefix_variants(key):
        for ending in ("", "ي", "يه", "ه", "ا"):
            if variant.endswith(ending) and (side := _COMPASS.get(variant[: len(variant) - len(ending)])):
                return side
    return None


def _after_a_place_word(span: str, sentence: str) -> bool:
    """Whether a name the gazetteer does not know stands where a place does: "off the coast of Lesbos",
    "in Tórshavn", "near Kherson", "on Samos island"."""
    at = sentence.find(span)
    before = sentence[:at].casefold().split()
    after = sentence[at + len(span):].casefold().split()
    if after and after[0].strip(",.;:") in _PLACE_NOUNS:
        return True
    return bool(before) and (before[-1] in _LOCATIVE or (len(before) >= 2 and before[-1] == "of"
                                                         and before[-2] in _PLACE_NOUNS))


_LOCATIVE = frozenset("in at near off outside inside across".split())
_PLACE_NOUNS = frozenset("coast island islands city town village province region port capital".split())


def _named_as_place(span: str, sentence: str) -> bool:
    return any(m.text == span or span in m.text for m in find_places(sentence))


def _place(span: str):
    """The place a span names, or the country its adjective names ("الأردنية", "French")."""
    place = lookup_place(span)
    if place is not None:
        return place
    words = span.split()
    if len(words) != 1:
        return None
    return country_of_adjective(words[-1]) or _city_adjective(words[0])


def _city_adjective(word: str):
    """The city an Arabic adjective names, as "باريسي" names Paris: a city of the gazetteer's own list,
    not any village that a word's letters spell."""
    key = strip_article(fold(word))
    for ending in ("يه", "ي"):
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            for stem in (key[: -len(ending)], key[: -len(ending)] + "ه"):  # "القاهرية": "القاهرة"
                place = lookup_place(stem)
                if place is not None and not place.id.startswith("gn:") and place.country != place.id:
                    return place
    return None


def _other_place(a, b) -> bool:
    """Two places of which one is not the other, nor in it. In one sentence with one word swapped, a
    city and a country hold the same role: "في باريس" against "في إسبانيا" is another place, unless
    the city is in that country."""
    country_a = a if isinstance(a, str) else a.country
    country_b = b if isinstance(b, str) else b.country
    if isinstance(a, str) or isinstance(b, str):
        return country_a != country_b
    same = same_place(a, b)
    return same is False or (same is None and bool(country_a) and bool(country_b) and country_a != country_b)


def _number(span: str) -> bool:
    """A number written in figures, and nothing else: "3", "4,400", "٤٤٠٠"."""
    return all(any(c.isdigit() for c in word) for word in span.split())


def _latin_name(span: str, sentence: str = "", proper: frozenset[str] = frozenset()) -> bool:
    """Capitalised Latin words, perhaps with a particle: a name ("Banksy", "da Vinci"); not "Lieberman
    called". A sentence's first word is capitalised whatever it is ("Gold prices fall", "Silver prices
    fall"): alone there it tells no name, unless the corpus writes it capitalised inside a sentence
    (`proper`: "Disney plans ..." where another claim says "... said Disney")."""
    words = span.split()
    if len(words) == 1 and sentence.lstrip().startswith(span) and span.casefold() not in proper:
        return False
    return (any(w[:1].isupper() for w in words) and all(w.isascii() and w.isalpha() for w in words)
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words))


_NAME_PARTICLES = frozenset("da de di del della der van von al el bin ibn le la du dos das".split())
