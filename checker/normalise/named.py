"""Names of the things a report tells of that the tables know nothing of: a ship ("the Aurora Star"),
a volcano (Kanlaon, كانلاون), a museum ("the Green Vault"), a company (Volkswagen), a glacier
(مارمولادا), a camp (زمزم). Two reports naming the same one likely tell of one event, as two reports
naming one person do.

A name is a word rare in its language (wordfreq's Zipf scale): in Latin script a capitalised one, in
Arabic one that is rare even with its clitics taken off. Words of the people and places a text names
are theirs, not names of things."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter

from checker.normalise.arabic import Token, fold, strip_article
from checker.normalise.calendar_words import month_of, weekday_of
from checker.normalise.frequency import undiacritised, zipf_as_written
from checker.normalise.memo import WordMemo
from checker.normalise.numbers import may_start_number
from checker.normalise.places import country_of_adjective
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
    rarities = list(map(_name_rarity.__getitem__, map(_TEXT, tokens)))
    if rarities.count(None) < len(rarities):  # most texts name nothing: told without a loop here
        spans = list(taken)
        for n in [n for n, rarity in enumerate(rarities) if rarity is not None]:
            token = tokens[n]
            if token.text.isascii() and rarities[n] >= _RARE_FIRST and _begins_sentence(text, token.start):
                continue
            if not any(start <= token.start < end for start, end in spans):
                found.add(token.key)
    if not _KIND_WORDS.isdisjoint(keys):
        for n in range(len(tokens) - 1):
            if keys[n] in _KIND_WORDS or keys[n + 1] in _KIND_WORDS:
                kind_and_name = _kind_and_name(tokens[n], tokens[n + 1])
                if kind_and_name:
                    found.add(kind_and_name)
    return frozenset(found) if found else _NOTHING


_NOTHING: frozenset[str] = frozenset()
_TEXT = itemgetter(0)  # a token's text as written


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
