"""The words of a side's quote that make its finding (`Side.marks`): what every report format marks.

A kind gives the spans where its readers found the value in the quote (`span`). A side it gives
none is looked for here, in one place for every kind (`with_marks`): the value's words in the
quote, in order or one by one, Arabic's attached prefixes (و، ف، ب، ل، ال) and its marks and
tatweel aside.
"""

from __future__ import annotations

from checker.models import Side, Span
from checker.normalise.arabic import Token, prefix_variants, tokenize
from checker.normalise.words import STOPWORDS


def span(quote: str, start: int, end: int, written: str | None = None) -> list[Span]:
    """[start, end) of `quote`, less the small words at its edges ("on Tuesday": "Tuesday"); none
    when the quote does not hold `written` there (a value read from another text)."""
    if not 0 <= start < end <= len(quote) or (written is not None and quote[start:end] != written):
        return []
    inside = [t for t in tokenize(quote) if start <= t.start and t.end <= end]
    while len(inside) > 1 and inside[0].key in STOPWORDS:
        inside.pop(0)
    while len(inside) > 1 and inside[-1].key in STOPWORDS:
        inside.pop()
    if not inside:
        return [(start, end)]
    return [(max(start, inside[0].start), min(end, inside[-1].end))]


def located(value: str, quote: str) -> list[Span]:
    """Where the quote writes `value`: its words in a row ("العاصمة الفرنسية" in "بالعاصمة
    الفرنسية"), or else each of its words that is no small word, where it first appears."""
    tokens = tokenize(quote)
    wanted = [t.key for t in tokenize(value)]
    if not tokens or not wanted:
        return []
    n = len(wanted)
    for i in range(len(tokens) - n + 1):
        if all(_same_word(tokens[i + k], wanted[k]) for k in range(n)):
            return span(quote, tokens[i].start, tokens[i + n - 1].end)
    found = []
    for key in dict.fromkeys(wanted):
        if key not in STOPWORDS:
            token = next((t for t in tokens if _same_word(t, key)), None)
            if token is not None:
                found.append((token.start, token.end))
    return merged(found)


def _same_word(token: Token, key: str) -> bool:
    """The same word, written with or without its attached prefixes: بباريس is باريس."""
    return token.key == key or not set(prefix_variants(token.key)).isdisjoint(prefix_variants(key))


def merged(spans: list[Span]) -> list[Span]:
    """In order, those that overlap or touch made one."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def with_marks(sides: list[Side]) -> list[Side]:
    """The sides, each with its marks: where the kind gave none, its value located in its quote."""
    return [s if s.marks or not s.quote else s.model_copy(update={"marks": located(s.value, s.quote)})
            for s in sides]
