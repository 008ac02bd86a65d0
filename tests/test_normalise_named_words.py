"""Which single words may be names (`named.names_one`): Arabic has no capitals, so a name is a word the
language writes without the article; verbs and common words' forms are not names. And which two words
may be one name spelt twice (`named.spelled_alike`)."""

import pytest

from checker.normalise.named import may_name_one, names_one, one_letter_apart, spelled_alike


@pytest.mark.parametrize("word", ["ديزني", "سوني", "أوبر", "فنزويلا", "كليوباترا", "بومبيو", "ترامب", "بوتين",
                                  "نتنياهو", "كيلي", "وديزني", "لترامب", "Disney", "Sony", "Pompeo"])
def test_names(word):
    assert names_one(word)


@pytest.mark.parametrize("word", [
    "القرود", "الذهب", "النساء",  # written with the article
    "تدعم", "يعترض", "نزع", "تتفادى", "يتمسكون", "ستتدخل",  # a verb's forms
    "اختيارا", "بلاده", "نشرت",  # a common word with an ending
    "إهدار", "انسحاب",  # the verbal noun of a derived verb
    "بسبب", "إثر", "لماذا",  # words of the sentence's frame
    "انخفةض",  # a slip of one letter
    "gold", "the",
])
def test_not_names(word):
    assert not names_one(word)


def test_a_word_written_with_the_article_too_may_be_a_name_beside_one():
    assert may_name_one("أمازون") and not names_one("أمازون")
    assert not may_name_one("الذهب")


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("ترامب", "ترمب", True), ("العفران", "الغفران", True), ("Gaddafi", "Qaddafi", True),
    ("هوليوود", "بوليوود", True), ("ديزني", "سوني", False), ("أوبر", "أمازون", False), ("Disney", "Sony", False),
])
def test_one_name_spelt_twice(a, b, alike):
    assert spelled_alike(a, b) is alike


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("العفران", "الغفران", True), ("هوليوود", "بوليوود", True), ("ترامب", "تارامب", True), ("سامسونغ", "سامسنوغ", True),
    ("ترامب", "ترامب", False), ("ديزني", "سوني", False), ("نادي", "ناد", False), ("Disney", "Sony", False),
])
def test_one_letter_apart_is_one_letter_missing_added_changed_or_two_swapped(a, b, apart):
    assert one_letter_apart(a, b) is apart
