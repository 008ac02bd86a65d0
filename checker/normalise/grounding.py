"""Is a value really in the article? Compared after folding what differs between spellings of the same
text (`arabic.fold`): whitespace, quote marks, tatweel, diacritics, letter variants, digits, case."""

from __future__ import annotations

from checker.normalise.arabic import fold


def contains(haystack: str, needle: str) -> bool:
    needle_folded = fold(needle)
    return bool(needle_folded) and needle_folded in fold(haystack)


def longest_grounded_run(value: str, text: str) -> str | None:
    """The longest run of consecutive words of `value` found in `text` (the whole value when it is
    there); None when not even one word of it is. Words of one letter do not count alone.
    Among runs of the same length the rightmost wins, since a name follows its title."""
    if contains(text, value):
        return value.strip()
    words = value.split()
    for size in range(len(words) - 1, 0, -1):
        for start in reversed(range(len(words) - size + 1)):  # names follow titles: prefer the right
            run = " ".join(words[start : start + size])
            if len(run) > 1 and contains(text, run):
                return run
    return None
