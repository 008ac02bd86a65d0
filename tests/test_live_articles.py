"""End to end against a real model, on hand-made pages (tests/data/live/README.md): three events, two
outlets each, in Arabic and English, page junk and all. Runs only when OPENAI_BASE_URL is set; against
a small local llama.cpp-style server, as the seeds are recorded:

    OPENAI_BASE_URL=http://127.0.0.1:8088/v1 OPENAI_API_KEY=local CHECKER_MODEL=qwen2.5-coder-1.5b-instruct \
    CHECKER_RESPONSE_FORMAT=json_object_schema CHECKER_SENTENCES_PER_REQUEST=1 pytest tests/test_live_articles.py

(with the default plain JSON mode that model names no institution as a speaker).

Every sentence with a figure is a claim quoting it, each planted disagreement is found from the raw
pages and no other, institutions are speakers, and a person's name is whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.load import load_paths
from checker.pipeline import check
from checker.settings import Settings
from checker.extract.units import has_figure, sentences_of

pytestmark = pytest.mark.live

LIVE = Path(__file__).resolve().parent / "data" / "live"
EVENTS = {  # the two outlets of each event, and the two tolls they give
    "beirut": ({"ar_beirut_a.human", "ar_beirut_b.human"}, {23, 31}),
    "alexandria": ({"en_alexandria_a.human", "en_alexandria_b.human"}, {9, 14}),
    "mosul": ({"ar_mosul_a.human", "ar_mosul_b.human"}, {7, 12}),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    report = check([LIVE], Settings(CHECKER_FIXTURES_DIR=str(tmp_path_factory.mktemp("recordings"))))
    for article in report.articles:
        print(f"{article.id}: {article.claims} claims, {article.llm_calls} calls, {article.attempts} attempts, "
              f"{article.salvaged} salvaged")
    print(f"{report.stats['seconds']} s for {len(report.articles)} articles")
    return report


def claims_of(report, article: str) -> list:
    return [c for c in report.claims if c.article == article]


def test_every_sentence_with_a_figure_is_a_claim_quoting_it(report):
    assert all(a.status == "ok" for a in report.articles), [a.error for a in report.articles]
    for article in load_paths([LIVE]):
        quoted = {c.quote for c in claims_of(report, article.id)}
        for sentence in sentences_of(article):
            if has_figure(sentence.text):
                assert sentence.text in quoted, (article.id, sentence.text)


def test_each_planted_disagreement_is_found_and_nothing_else(report):
    for name, (articles, tolls) in EVENTS.items():
        found = [c for c in report.contradictions if c.kind == "quantity" and {s.article for s in c.sides} == articles]
        values = [{int(re.search(r"\d+", side.value).group()) for side in c.sides} for c in found]
        assert tolls in values, f"{name}: the tolls {tolls} were not found to disagree ({values})"
    for contradiction in report.contradictions:
        if contradiction.severity != "low":
            sides = {s.article for s in contradiction.sides}
            assert any(sides <= articles for articles, _ in EVENTS.values()), contradiction.summary


def test_institutions_are_speakers_and_names_are_whole(report):
    toll = next(c for c in claims_of(report, "ar_beirut_a.human") if "23" in c.quote)
    assert toll.speaker and "وزارة الصحة" in toll.speaker
    ministry = next(c for c in claims_of(report, "en_alexandria_b.human") if "14" in c.quote)
    assert ministry.speaker and "Interior Ministry" in ministry.speaker
    for article, surname, whole in [("ar_beirut_a.human", "حمدان", "فراس حمدان"), ("en_alexandria_a.human", "Saleh", "Mahmoud Saleh")]:
        named = [c.speaker for c in claims_of(report, article) if c.speaker and surname in c.speaker]
        assert named and all(speaker.endswith(whole) for speaker in named), named
