"""Sentence splitting: verbatim pieces that read on their own."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.load.articles import article_sentences, load_paths, split_sentences
from checker.load.sentences import MAX_SENTENCE_CHARS
from checker.models import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def assert_in_order(paragraph: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        assert piece and piece == piece.strip()
        found = paragraph.find(piece, position)
        assert found >= 0, piece
        position = found + len(piece)


def test_english_sentences_keep_their_punctuation():
    text = "The ministers met on Tuesday. Did they agree? Yes! They will meet again."
    assert split_sentences(text) == ["The ministers met on Tuesday.", "Did they agree?", "Yes!", "They will meet again."]


def test_no_split_inside_numbers_or_after_abbreviations():
    text = "Exports reached 39.9 billion dollars in 2024. The U.S. envoy and Dr. Smith agreed. Prices rose 2.5 percent."
    assert split_sentences(text) == [
        "Exports reached 39.9 billion dollars in 2024.",
        "The U.S. envoy and Dr. Smith agreed.",
        "Prices rose 2.5 percent.",
    ]


def test_arabic_question_mark_and_glued_sentences():
    text = "هل تشارك روسيا؟ قال الوزير إنها لا تشارك.وأضاف أن الحوار مستمر."
    assert split_sentences(text) == ["هل تشارك روسيا؟", "قال الوزير إنها لا تشارك.", "وأضاف أن الحوار مستمر."]


def test_quotation_closing_soon_is_not_cut():
    text = 'وتابع كارتر "هذا الأمر لا يمكن أن يقوم به سوى أناس يعيشون هناك. لأننا نسعى إلى هزيمة دائمة". ثم غادر القاعة.'
    assert split_sentences(text) == [
        'وتابع كارتر "هذا الأمر لا يمكن أن يقوم به سوى أناس يعيشون هناك. لأننا نسعى إلى هزيمة دائمة".',
        "ثم غادر القاعة.",
    ]
    guillemets = "قال الوزير «نحن مستعدون. المعركة صعبة» ثم صمت. انتهى المؤتمر."
    assert split_sentences(guillemets) == ["قال الوزير «نحن مستعدون. المعركة صعبة» ثم صمت.", "انتهى المؤتمر."]


def test_period_before_closing_quote_stays_with_the_sentence():
    text = "وأشار الوزير: “نحن نسعى إلى هزيمة دائمة.” وأضاف أن روسيا لا تشارك."
    assert split_sentences(text) == ["وأشار الوزير: “نحن نسعى إلى هزيمة دائمة.”", "وأضاف أن روسيا لا تشارك."]


def test_unclosed_quotation_does_not_swallow_the_paragraph():
    text = 'He said "we will win. ' + "The campaign goes on. " * 30
    pieces = split_sentences(text)
    assert len(pieces) > 20
    assert_in_order(text, pieces)


def test_long_comma_glued_arabic_paragraph_is_cut_at_clause_boundaries():
    (seed,) = SEEDS.glob("002_*.txt")
    paragraph = next(p for p in load_paths([seed])[0].paragraphs if p.startswith("دعت تركيا"))
    assert len(paragraph) > 3 * MAX_SENTENCE_CHARS // 2
    pieces = split_sentences(paragraph)
    assert len(pieces) >= 3
    assert all(len(piece) <= MAX_SENTENCE_CHARS for piece in pieces)
    assert_in_order(paragraph, pieces)
    assert "".join(pieces).replace(" ", "") == paragraph.replace(" ", "")  # nothing lost
    assert all(piece.endswith(("،", ".")) for piece in pieces)
    assert pieces[1].startswith("و")  # cut before "، و", a new clause


def test_long_sentence_without_boundaries_is_left_whole():
    text = "كلمة " * 100
    assert split_sentences(text) == [text.strip()]


def test_article_sentences_are_numbered_by_paragraph():
    article = Article(id="a", path="a.txt", paragraphs=["One. Two.", "Three."])
    assert article_sentences(article) == [(0, "One."), (0, "Two."), (1, "Three.")]


def test_seed_sentences_are_readable_and_verbatim():
    for article in load_paths([SEEDS]):
        sentences = article_sentences(article)
        assert sentences
        for index, sentence in sentences:
            assert sentence in article.paragraphs[index]
            assert len(sentence) <= MAX_SENTENCE_CHARS
        assert [i for i, _ in sentences] == sorted(i for i, _ in sentences)


sentence_text = st.lists(
    st.sampled_from([*"ab وقالنعم 39.,،؟?!…\"“”«»'()&\n\t", "U.S.", "، و", "39.9", "كلمة " * 20]),
    max_size=120,
).map("".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(sentence_text)
def test_split_sentences_never_raises_and_returns_verbatim_pieces(text):
    pieces = split_sentences(text)
    assert_in_order(text, pieces)
    if text.strip():
        assert pieces
