"""Find the main story of a scraped page: which lines are the article, its title and its date.

Deterministic rules, no model. A page is a list of lines; each line is classified (the signals
are in `load_lines`) as
- junk: page furniture (cookie and copyright notices, comment forms, subscription prompts, section
  headings of link lists, breadcrumbs, teaser headlines cut off with an ellipsis, Latin-only lines
  in an Arabic page). Junk ends a story.
- noise: stamps that may sit inside a story (update times, datelines with a clock, source credits,
  repeated lines). Never kept, but a story continues across them.
- content: a paragraph of prose (8+ words ending like a sentence, or a long punctuated block).
- sentence: a short line that ends like a sentence; kept inside a story, never starts one.
- short: anything else (subtitles, captions, headlines). Never kept; a story continues across a
  few of them.
The main story is the largest run of content; edge paragraphs that share almost no words with the
rest of the run (an unrelated item glued under the story) are then peeled off.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import lru_cache

from checker.load.lines import (
    CLOSERS,
    DATELINE,
    ENDS_LIKE_SENTENCE,
    ENDS_WITH_ELLIPSIS,
    is_junk,
    is_noise,
    letters_key,
    looks_like_prose,
    word_count,
)
from checker.normalise.arabic import fold, is_arabic

MIN_CONTENT_WORDS = 8
MAX_BRIDGE = 3  # consecutive non-content lines a story may continue across
HEADER_LINES = 12  # lines above the story searched for its title and date
TOPIC_OVERLAP_MIN = 0.15  # an edge paragraph sharing less of its words with the story is off-topic

# "&" left where a page joined paragraphs: "...الإسلامية.&وبالإضافة" (an HTML escape artefact).
_GLUED_PARAGRAPH = re.compile(rf"([.!?؟][{CLOSERS}]*)[ \t]*&(?!#?\w+;)[ \t]*(?=[^\W\d_])")
_BLANK_LINE = re.compile(r"\n\s*\n")

_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Levantine month names written before their international name: "تشرين الأول / أكتوبر".
_LEVANTINE_MONTH = re.compile(
    r"(كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول)"
    r"\s*/\s*"
)


class Kind(Enum):
    JUNK = "junk"
    NOISE = "noise"
    CONTENT = "content"
    SENTENCE = "sentence"
    SHORT = "short"


@dataclass
class Story:
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    published: date | None = None


def split_glued_paragraphs(text: str) -> str:
    """Turn a lone "&" between a sentence end and a letter into a paragraph break."""
    return _GLUED_PARAGRAPH.sub(lambda m: m.group(1) + "\n\n", text)


def page_lines(text: str) -> list[str]:
    """Non-empty lines of a page, stripped; glued paragraphs separated, hard-wrapped ones joined."""
    text = split_glued_paragraphs(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines: list[str] = []
    for block in _BLANK_LINE.split(text):
        block_lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _looks_wrapped(block_lines):
            lines.append(" ".join(block_lines))
        else:
            lines.extend(block_lines)
    return lines


def _looks_wrapped(block: list[str]) -> bool:
    """A paragraph broken into lines of similar length that end mid-sentence (hard-wrapped text)."""
    if len(block) < 2 or not ENDS_LIKE_SENTENCE.search(block[-1]):
        return False
    longest = max(map(len, block))
    inner = block[:-1]
    if longest < 40 or any(len(line) < 0.6 * longest or word_count(line) < 4 for line in inner):
        return False
    ended = sum(1 for line in inner if ENDS_LIKE_SENTENCE.search(line) or ENDS_WITH_ELLIPSIS.search(line))
    return 2 * ended < len(inner) and not any(is_junk(line, word_count(line), False) for line in block)


def classify(lines: list[str]) -> list[Kind]:
    arabic_page = is_arabic("\n".join(lines))
    seen: set[str] = set()
    kinds = []
    for line in lines:
        words = word_count(line)
        key = letters_key(line)
        if is_junk(line, words, arabic_page):
            kind = Kind.JUNK
        elif is_noise(line, words) or (key and key in seen):
            kind = Kind.NOISE
        elif words >= MIN_CONTENT_WORDS and looks_like_prose(line, words):
            kind = Kind.CONTENT
        elif words >= 2 and ENDS_LIKE_SENTENCE.search(line):
            kind = Kind.SENTENCE
        else:
            kind = Kind.SHORT
        seen.add(key)
        kinds.append(kind)
    return kinds


def _content_runs(kinds: list[Kind]) -> list[tuple[int, int]]:
    """(first, last) line indexes of runs that start and end with content."""
    runs: list[tuple[int, int]] = []
    start = last = None
    gap = 0
    for i, kind in enumerate(kinds):
        if kind is Kind.CONTENT:
            if start is None:
                start = i
            last, gap = i, 0
        elif start is not None and kind is not Kind.SENTENCE:
            gap += 1
            if kind is Kind.JUNK or gap > MAX_BRIDGE:
                runs.append((start, last))
                start = None
    if start is not None:
        runs.append((start, last))
    return runs


# Light stemming for topic overlap: Arabic clitics and the article, common function words.
_STOP_WORDS = {
    fold(w)
    for w in (
        "في من على إلى الى عن أن إن ان مع هذا هذه ذلك تلك التي الذي الذين كان كانت قد لا ما لم لن "
        "بين بعد قبل حتى أو ثم كما يمكن أيضا هو هي هم نحن إنه أنه عند منذ كل غير بعض وقال قال "
        "وأضاف أضاف وأشار أشار وأوضح أوضح اليوم أمس الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
        "الاثنين الإثنين "
        "the a an of to in on at for and or but is are was were be been by with from as that this "
        "it its he she they we said says also has have had not will would can could after before"
    ).split()
}


def _stem(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 4 and word[0] in "بلك" and word[1:3] == "ال":
        word = word[1:]
    if len(word) > 4 and (word.startswith("ال") or word.startswith("لل")):
        word = word[2:]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # English plural
    return word.rstrip("ه") if len(word) > 3 else word


@lru_cache(maxsize=1024)  # each paragraph is compared with the rest once per edge peeled
def topic_words(text: str) -> frozenset[str]:
    words = (w for w in re.findall(r"[^\W\d_]+", fold(text)) if w not in _STOP_WORDS)
    return frozenset(s for s in map(_stem, words) if len(s) >= 3 and s not in _STOP_WORDS)


def _off_topic(paragraph: str, rest: list[str]) -> bool:
    """At most one of its words, and under TOPIC_OVERLAP_MIN of them, occur in the rest."""
    own = topic_words(paragraph)
    shared = own & set().union(*(topic_words(p) for p in rest))
    return len(shared) <= 1 and len(shared) < TOPIC_OVERLAP_MIN * max(len(own), 1)


# A paragraph that opens by continuing someone's words ("وأضاف", "He added") belongs to the story
# even when it shares no words with it. Matched on fold()ed text (bare alef).
_CONTINUATION = re.compile(
    r"^[وف](اضاف|قال|تابع|اوضح|اكد|اشار|لفت|اعتبر|ذكر|شدد|اردف|استطرد|ختم|حذر|دعا|راي|بين|مضي)|"
    r"^(he|she|they|it) (also )?(added|said|continued|noted|warned|stressed)\b",
    re.IGNORECASE,
)


def _peel_off_topic(lines: list[str], kinds: list[Kind], first: int, last: int) -> tuple[int, int]:
    """Drop edge content paragraphs that share (almost) no words with the rest of the run, the last
    one first: unrelated items are glued under a story far more often than above it."""
    while True:
        content = [i for i in range(first, last + 1) if kinds[i] is Kind.CONTENT]
        if len(content) < 3:
            return first, last
        off_topic = [
            edge
            for edge in (content[-1], content[0])
            if not _CONTINUATION.search(fold(lines[edge]))
            and _off_topic(lines[edge], [lines[i] for i in content if i != edge])
        ]
        if not off_topic:
            return first, last
        if off_topic[0] == content[0]:
            first = content[1]
        else:
            last = content[-2]


def _title(lines: list[str], kinds: list[Kind], header: range) -> tuple[int, str] | None:
    """(index, text) of a short header line: the first one shown more than once, else the first."""
    candidates = []
    for index in header:
        line, kind = lines[index], kinds[index]
        text = line.lstrip("#").strip()
        if line.startswith("# ") and text:
            return index, text  # a Markdown title says so itself
        if kind is Kind.JUNK or (kind is Kind.NOISE and not letters_key(text)):
            continue
        if is_noise(text, word_count(text)) or DATELINE.search(text):
            continue
        if not 4 <= word_count(text) <= 25 or text.endswith((".", "-", "ـ", ":")):
            continue
        candidates.append((index, text))
    if not candidates:
        return None
    keys = Counter(letters_key(line) for line in lines)
    repeated = [c for c in candidates if keys[letters_key(c[1])] > 1]
    return (repeated or candidates)[0]


def _published(lines: list[str], kinds: list[Kind], header: range) -> date | None:
    """The first date in a short header line; never from lines above the title (other articles)."""
    for index in header:
        if kinds[index] is not Kind.JUNK and word_count(lines[index]) <= 15:
            found = find_date(lines[index])
            if found:
                return found
    return None


def find_date(text: str) -> date | None:
    """A calendar date written in one header line: ISO, or words that dateparser reads."""
    match = _ISO_DATE.search(text)
    if match:
        try:
            return _plausible(date(*map(int, match.groups())))
        except ValueError:
            return None
    if not _YEAR.search(text):
        return None
    from dateparser.search import search_dates  # slow import, only needed for header lines

    found = search_dates(
        _LEVANTINE_MONTH.sub("", text),
        languages=["ar", "en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    for _, when in found or []:
        if _plausible(when.date()):
            return when.date()
    return None


def _plausible(day: date) -> date | None:
    return day if 1990 <= day.year <= date.today().year + 1 else None


def main_story(lines: list[str]) -> Story:
    """The main story of a page given as lines; an empty Story when no prose was found."""
    kinds = classify(lines)
    runs = _content_runs(kinds)
    if not runs:
        return Story()

    def content_chars(run: tuple[int, int]) -> int:
        return sum(len(lines[i]) for i in range(run[0], run[1] + 1) if kinds[i] is Kind.CONTENT)

    first, last = max(runs, key=content_chars)  # max() keeps the earliest of equal runs
    if any(kind in (Kind.JUNK, Kind.NOISE) for kind in kinds):
        # Unrelated items are glued under stories on scraped pages; a file of prose alone is the article.
        first, last = _peel_off_topic(lines, kinds, first, last)
    paragraphs = [lines[i] for i in range(first, last + 1) if kinds[i] in (Kind.CONTENT, Kind.SENTENCE)]
    header = range(max(0, first - HEADER_LINES), first)
    title = _title(lines, kinds, header)
    date_lines = range(title[0], first) if title else range(max(0, first - HEADER_LINES // 2), first)
    return Story(
        paragraphs=paragraphs,
        title=title[1] if title else None,
        published=_published(lines, kinds, date_lines),
    )
