"""Split a paragraph into sentences that read on their own; every sentence is a verbatim slice."""

from __future__ import annotations

import re

MAX_SENTENCE_CHARS = 320
MIN_PIECE_CHARS = 20  # a clause split never leaves a shorter piece
QUOTE_LOOKAHEAD = 320  # a quotation closing within this many characters is not cut

_TERMINALS = ".!?؟…"
_CLOSERS = "\"'”’»)]›"
_TOGGLE_QUOTES = "\"“”„‟"  # scraped text mixes these freely, so each one opens or closes
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "etc", "inc", "ltd", "co", "jr", "sr", "approx", "fig", "e.g", "i.e", "u.s", "u.k", "u.n",
}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_CLAUSE = re.compile(r"[،,؛;]\s+")


def _quote_states(text: str) -> list[tuple[bool, int]]:
    """For each offset, (inside a toggling quotation, «» depth) just before that character."""
    toggled, depth = False, 0
    states = [(toggled, depth)]
    for char in text:
        if char in _TOGGLE_QUOTES:
            toggled = not toggled
        elif char == "«":
            depth += 1
        elif char == "»" and depth:
            depth -= 1
        states.append((toggled, depth))
    return states


_QUOTE_MARK = re.compile(f"[{re.escape(_TOGGLE_QUOTES)}«»]")


def _states_at(text: str, positions: list[int]) -> list[tuple[bool, int]]:
    """`_quote_states` at these positions (in order) alone, from the quotation marks alone: a table of
    numbers pasted as one sentence is cut at thousands of commas, and has no quotation marks."""
    states, toggled, depth = [], False, 0
    marks = _QUOTE_MARK.finditer(text)
    mark = next(marks, None)
    for position in positions:
        while mark is not None and mark.start() < position:
            char = mark.group()
            if char in _TOGGLE_QUOTES:
                toggled = not toggled
            elif char == "«":
                depth += 1
            elif depth:
                depth -= 1
            mark = next(marks, None)
        states.append((toggled, depth))
    return states


def _closes_soon(text: str, position: int, toggled: bool, depth: int) -> bool:
    ahead = text[position : position + QUOTE_LOOKAHEAD]
    return (toggled and any(q in ahead for q in _TOGGLE_QUOTES)) or (depth > 0 and "»" in ahead)


def _is_abbreviation(text: str, dot: int) -> bool:
    token = re.search(r"[\w.]*$", text[max(0, dot - 20) : dot]).group(0)
    if not token:
        return False
    if len(token) == 1 and token.isupper():
        return True  # an initial: "J. Smith"
    return token.lower() in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token))


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end (its punctuation and closing quotes)."""
    ends = []
    states = _quote_states(text)
    i, size = 0, len(text)
    while i < size:
        if text[i] not in _TERMINALS:
            i += 1
            continue
        start = i
        while i < size and text[i] in _TERMINALS:
            i += 1
        while i < size and text[i] in _CLOSERS:
            i += 1
        if i < size:
            following = text[i]
            glued_arabic = _ARABIC_LETTER.match(following) and _ARABIC_LETTER.match(text[start - 1 : start] or " ")
            if not (following.isspace() or glued_arabic):
                continue  # 39.9, libyatoday.net, "U.S."
        if text[start:i].startswith(".") and i - start == 1 and _is_abbreviation(text, start):
            continue
        toggled, depth = states[i]
        if (toggled or depth) and _closes_soon(text, i, toggled, depth):
            continue
        ends.append(i)
    return ends


def _split_long(sentence: str) -> list[str]:
    """Cut an over-long sentence at the clause boundary nearest its middle, recursively."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    tiers: list[list[re.Match[str]]] = [[], [], []]
    matches = [m for m in _CLAUSE.finditer(sentence)
               if m.start() + 1 >= MIN_PIECE_CHARS and len(sentence) - m.end() >= MIN_PIECE_CHARS]
    for match, (toggled, depth) in zip(matches, _states_at(sentence, [m.start() + 1 for m in matches])):
        rest = match.end()
        outside = not (toggled or depth)
        tier = 0 if outside and sentence[rest] == "و" else 1 if outside else 2
        tiers[tier].append(match)
    candidates = next((tier for tier in tiers if tier), None)
    if not candidates:
        return [sentence]
    middle = len(sentence) / 2
    best = min(candidates, key=lambda m: abs(m.start() - middle))
    left, right = sentence[: best.start() + 1].strip(), sentence[best.end() :].strip()
    return _split_long(left) + _split_long(right)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, in order, each a verbatim substring of it.

    Splits after . ! ? ؟ (with any closing quotes), not inside numbers, after common abbreviations
    or inside a quotation that closes soon. A sentence longer than MAX_SENTENCE_CHARS (Arabic
    paragraphs glued with commas) is cut further at "، و" or comma clause boundaries.
    """
    pieces, start = [], 0
    for end in [*_sentence_ends(paragraph), len(paragraph)]:
        piece = paragraph[start:end].strip()
        if piece:
            pieces.extend(_split_long(piece))
        start = end
    return pieces
