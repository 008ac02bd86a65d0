"""Attribution: the same words in two mouths are a finding; words that differ in a number are not the same words."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.compare import compare
from checker.compare.facts import read_all
from checker.compare.kinds.attribution import MAX_POSTINGS, _FoldedWords, _fold_by_word, words_said
from checker.models import Claim
from checker.normalise.arabic import fold


def claims(second_quote: str) -> list[Claim]:
    first = 'Foreign Minister Anna Berg said in Vienna on Tuesday: "We will send 12 observers to the border next week."'
    return [
        Claim(article="a", id="a-1", speaker="Anna Berg", statement=first, quote=first, location="Vienna", date="Tuesday"),
        Claim(article="b", id="b-1", speaker="Karl Moser", statement=second_quote, quote=second_quote, location="Vienna", date="Tuesday"),
    ]


PUBLISHED = {"a": date(2024, 3, 5), "b": date(2024, 3, 5)}


def test_same_words_in_another_mouth_is_an_attribution_finding():
    same = 'Foreign Minister Karl Moser said in Vienna on Tuesday: "We will send 12 observers to the border next week."'
    kinds = [c.kind for c in compare(claims(same), PUBLISHED)]
    assert "attribution" in kinds


def test_words_said_are_the_quotes_direct_speech_or_else_the_statement():
    quoted = Claim(article="a", statement="Berg said the observers would go.", speaker="Anna Berg",
                   quote='Berg said: "We will send observers next week." She left.')
    short = Claim(article="a", statement="«Berg called for calm.»", speaker="Anna Berg", quote='Berg said: "Calm down."')
    unquoted = Claim(article="a", statement="Berg called for calm.", speaker="Anna Berg")
    facts = read_all([quoted, short, unquoted], {"a": None})
    assert words_said(facts[0]) == (("We will send observers next week.",), True)
    assert words_said(facts[1]) == (("Berg called for calm.",), False), "fewer than four words quoted: the statement"
    assert words_said(facts[2]) == (("Berg called for calm.",), False)


def test_direct_speech_in_another_mouth_is_high_and_a_paraphrase_medium():
    said = 'Foreign Minister Karl Moser said in Vienna on Tuesday: "We will send 12 observers to the border next week."'
    (direct,) = [c for c in compare(claims(said), PUBLISHED) if c.kind == "attribution"]
    first = "Anna Berg called for calm after the clashes in Vienna on Tuesday."
    second = "Karl Moser called for calm after the clashes in Vienna on Tuesday."
    paraphrased = [Claim(article="a", id="a-1", speaker="Anna Berg", statement=first, quote=first, location="Vienna", date="Tuesday"),
                   Claim(article="b", id="b-1", speaker="Karl Moser", statement=second, quote=second, location="Vienna", date="Tuesday")]
    (paraphrase,) = [c for c in compare(paraphrased, PUBLISHED) if c.kind == "attribution"]
    assert (direct.severity, paraphrase.severity) == ("high", "medium")


def test_words_that_differ_in_a_number_are_not_put_in_another_mouth():
    other = 'Foreign Minister Karl Moser said in Vienna on Tuesday: "We will send 40 observers to the border next week."'
    kinds = [c.kind for c in compare(claims(other), PUBLISHED)]
    assert "attribution" not in kinds


TRICKY = list("  \t\n\u00a0\u2009\u3000\u2028\u0085\"'“”«»ـ\u064e\u0651\u0670ﬁ´¨ßİÅ") + ["وزير", "الْعَرَبِيّةُ", "Le Drian", "١٣"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=5)), max_size=20).map("".join))
def test_folding_a_word_at_a_time_is_folding_the_text(text):
    assert _fold_by_word(text, _FoldedWords()) == fold(text)


def test_words_shared_by_more_claims_than_a_quote_has_are_boilerplate_not_a_mix_up():
    # The same words in two mouths, then in as many as a wire's sign-off: no longer a quote to trace.
    words = 'The talks were "constructive and frank, and will go on next month in Geneva."'
    two = [Claim(article=f"a{n}", id=f"a{n}-1", speaker=name, statement=words, quote=words)
           for n, name in enumerate(["Anna Berg", "Karl Moser"])]
    published = {claim.article: date(2024, 3, 5) for claim in two}
    assert [c.kind for c in compare(two, published)] == ["attribution"]
    many = [Claim(article=f"a{n}", id=f"a{n}-1", speaker=f"Speaker Number{n}", statement=words, quote=words)
            for n in range(MAX_POSTINGS + 1)]
    published = {claim.article: date(2024, 3, 5) for claim in many}
    assert "attribution" not in [c.kind for c in compare(many, published)]
