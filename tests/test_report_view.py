"""The shared view every report format is drawn from."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.models import ArticleReport, Contradiction, Report, Side
from checker.report.view import (ARABIC_SCRIPT, LATIN_SCRIPT, LTR, NO_EVENT, RTL, SEVERITIES, build_view, letter_counts,
                                 locate_quote, text_direction)

SAMPLES = Path(__file__).parent / "data" / "reports"


def sample(name: str) -> Report:
    return Report.model_validate_json((SAMPLES / f"sample_{name}.handmade.json").read_text(encoding="utf-8"))


def finding(id, severity, event, confidence=0.5):
    return Contradiction(
        id=id, kind="quantity", severity=severity, confidence=confidence, summary=id, event=event,
        sides=[Side(article="a", claim="c1", value="1"), Side(article="b", claim="c1", value="2")],
    )


def test_samples_are_labelled_hand_made():
    for path in SAMPLES.glob("*.json"):
        assert ".handmade." in path.name
        assert "hand-made" in Report.model_validate_json(path.read_text(encoding="utf-8")).stats["source"]


def test_direction_follows_the_text_of_the_report():
    assert text_direction(sample("ar")) == RTL
    assert text_direction(sample("en")) == LTR


# Every range the two patterns cover, their edges, and what lies next to them.
_NEAR_THE_RANGES = st.characters(codec="utf-8") | st.sampled_from(
    [chr(c) for lo, hi in ((0x40, 0x7B), (0xBF, 0x250), (0x5FF, 0x700), (0x73F, 0x780), (0x87F, 0x900),
                           (0xFB4F, 0xFE00), (0xFE6F, 0xFF00)) for c in range(lo, hi + 1)])


@given(st.text(_NEAR_THE_RANGES, max_size=60))
def test_letters_are_counted_as_the_patterns_count_them(text):
    assert letter_counts(text) == (len(ARABIC_SCRIPT.findall(text)), len(LATIN_SCRIPT.findall(text)))


def test_only_the_page_asks_for_the_direction():
    # Deciding it reads every claim's text (seconds at 200,000 claims): the terminal and Markdown
    # reports never need it.
    view = build_view(sample("ar"))
    assert "direction" not in vars(view)
    assert view.direction == RTL and "direction" in vars(view)


def test_direction_counts_letters_not_the_declared_language():
    report = sample("en")
    for article in report.articles:
        article.language = "ar"
    assert text_direction(report) == LTR
    arabic = sample("ar")
    for article in arabic.articles:
        article.language = "en"
    assert text_direction(arabic) == RTL


def test_direction_without_text_falls_back_to_article_languages():
    articles = [ArticleReport(id="a", path="a.txt", language="ar"), ArticleReport(id="b", path="b.txt", language="ar")]
    assert text_direction(Report(articles=articles)) == RTL
    assert text_direction(Report(articles=[ArticleReport(id="a", path="a.txt")])) == LTR


def test_findings_grouped_by_event_most_severe_first():
    report = Report(
        contradictions=[
            finding("low-1", "low", "meeting"),
            finding("med-1", "medium", None),
            finding("high-1", "high", "meeting", 0.6),
            finding("high-2", "high", "storm", 0.9),
            finding("med-2", "medium", "storm"),
        ]
    )
    groups = build_view(report).groups
    assert [g.label for g in groups] == ["storm", "meeting", NO_EVENT]
    for group in groups:
        ranks = [SEVERITIES.index(f.severity) for f in group.findings]
        assert ranks == sorted(ranks)
    assert [f.id for f in groups[0].findings] == ["high-2", "med-2"]
    assert sorted(f.id for f in build_view(report).findings) == sorted(c.id for c in report.contradictions)


def test_summary_counts_come_from_the_report():
    report = sample("failed")
    summary = build_view(report).summary
    assert (summary.articles, summary.checked, summary.failed, summary.skipped) == (3, 1, 1, 1)
    assert summary.llm_calls == sum(a.llm_calls for a in report.articles)
    assert summary.tokens == sum(a.tokens.total_tokens for a in report.articles)
    ar = build_view(sample("ar")).summary
    assert ar.by_severity == {"high": 1, "medium": 1, "low": 1}
    assert ar.by_kind["quantity"] == {"high": 1, "medium": 0, "low": 1}


def test_sides_are_joined_to_their_claims_and_articles():
    report = sample("ar")
    view = build_view(report)
    claims = {(c.article, c.id): c for c in report.claims}
    titles = {a.id: a.title for a in report.articles}
    for f in view.findings:
        for side in f.sides:
            claim = claims[(side.article, side.claim)]
            assert side.title == titles[side.article]
            assert side.quote.before + side.quote.text + side.quote.after == claim.paragraph
            assert side.quote.text == claim.quote


def test_side_without_quote_takes_the_claim_quote_or_none():
    report = sample("en")
    side = report.contradictions[2].sides[1]
    assert side.quote is None
    view_side = next(f for f in build_view(report).findings if f.id == "x3").sides[1]
    claim = next(c for c in report.claims if (c.article, c.id) == (side.article, side.claim))
    assert view_side.quote.text == claim.quote and claim.paragraph is None
    assert not view_side.quote.in_paragraph
    claim.quote = None
    assert next(f for f in build_view(report).findings if f.id == "x3").sides[1].quote is None


@pytest.mark.parametrize(
    "quote, paragraph, expected",
    [
        ("11 دولة", "اجتماع لوزراء دفاع 11 دولة من التحالف", ("اجتماع لوزراء دفاع ", "11 دولة", " من التحالف")),
        ("dozens   more\nwere", "and dozens more were injured", ("and ", "dozens more were", " injured")),
        ("quote", "quote", ("", "quote", "")),
    ],
)
def test_locate_quote_splits_the_paragraph(quote, paragraph, expected):
    located = locate_quote(quote, paragraph)
    assert (located.before, located.text, located.after) == expected
    assert located.context is None


def test_quote_not_in_paragraph_is_shown_alone_with_the_paragraph_apart():
    located = locate_quote("not there", "some other paragraph")
    assert (located.text, located.before, located.after, located.context) == ("not there", "", "", "some other paragraph")
    assert locate_quote("alone", None) == locate_quote("alone", "")
    assert locate_quote("alone", None).context is None


def test_token_counts_say_what_was_spent_and_what_was_recorded():
    from checker.report.stats import tokens_text

    assert tokens_text(240, 0, (200, 40)) == "240 tokens (200 prompt, 40 completion)"
    assert tokens_text(0, 13_800, None, (12_441, 1_359)) == "13,800 recorded tokens (12,441 prompt, 1,359 completion)"
    assert tokens_text(240, 100) == "240 tokens and 100 recorded"
    assert [tokens_text(240, 0, word=""), tokens_text(0, 1_968, word=""), tokens_text(240, 100, word="")] == \
        ["240", "1,968 recorded", "240 and 100 recorded"]
