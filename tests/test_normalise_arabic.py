"""Orthography folding, tokens and clitic prefixes, in Arabic and English."""

import pytest

from checker.normalise.arabic import fold, fold_digits, has_article, is_arabic, prefix_variants, strip_article, tokenize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("أحمد", "احمد"),  # hamza above
        ("إيطاليا", "ايطاليا"),  # hamza below
        ("آشتون", "أشتون"),  # madda
        ("العاصمة", "العاصمه"),  # taa marbuta / haa
        ("مصطفى", "مصطفي"),  # alef maqsura / yaa
        ("وَزِيرُ الدِّفَاعِ", "وزير الدفاع"),  # diacritics
        ("وزيـــر", "وزير"),  # tatweel
        ("“داعش”", "داعش"),
        ("«داعش»", "داعش"),
        ('"داعش"', "داعش"),
        ("‹Daesh›", "daesh"),
        ("جان   إيف\nلو دريان", "جان ايف لو دريان"),
        ("Jean-Yves LE DRIAN", "jean-yves le drian"),
        ("Élysée", "elysee"),
        ("١٣ دولة", "13 دوله"),
        ("۱۳", "13"),
    ],
)
def test_fold_makes_variant_spellings_equal(a, b):
    assert fold(a) == fold(b)


def test_fold_keeps_different_words_apart():
    assert fold("لوران") != fold("لودريان")
    assert fold("killed") != fold("wounded")


def test_fold_digits_converts_every_script_and_the_arabic_decimal_mark():
    assert fold_digits("٣٩٫٩ و۱۲۳ و42") == "39.9 و123 و42"


def test_tokens_keep_their_spans_as_written():
    text = "قال وزيرُ الدفاع، “جان-إيف” 13 دولة"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["قال", "وزيرُ", "الدفاع", "جان", "إيف", "13", "دولة"]
    for t in tokens:
        assert text[t.start : t.end] == t.text
    assert tokens[1].key == "وزير"
    # punctuation between two words is a boundary, a space alone is not
    assert [t.boundary for t in tokens] == [True, False, False, True, True, True, False]


def test_tokens_split_letters_from_digits():
    assert [t.text for t in tokenize("13 قتيلا و20 جريحا")] == ["13", "قتيلا", "و", "20", "جريحا"]
    assert [t.key for t in tokenize("in 2016, 1,200 people")] == ["in", "2016", "1,200", "people"]


@pytest.mark.parametrize(
    ("word", "bare"),
    [("الدول", "دول"), ("والدول", "دول"), ("بالعاصمة", "عاصمة"), ("للدفاع", "دفاع"), ("وللدفاع", "دفاع"),
     ("دول", "دول"), ("ال", "ال")],
)
def test_strip_article(word, bare):
    assert strip_article(word) == bare


def test_prefix_variants_try_the_word_itself_first():
    assert prefix_variants("باريس")[0] == "باريس"
    assert "باريس" in prefix_variants("بباريس")
    assert "لودريان" in prefix_variants("ولودريان")
    assert "عاصمه" in prefix_variants(fold("بالعاصمة"))
    assert prefix_variants("Paris") == ("Paris",)


def test_has_article_and_is_arabic():
    assert has_article("الدفاع") and not has_article("دفاع") and not has_article("الف")
    assert is_arabic("قال كارتر") and not is_arabic("Carter said")
    # Most letters decide: one language for pages, lines and statements alike.
    assert not is_arabic("Secretary Carter قال") and is_arabic("قال الوزير كارتر Carter")
    assert is_arabic("گفت") and not is_arabic("")
