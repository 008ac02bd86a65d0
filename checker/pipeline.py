"""The pipeline end to end: load → extract → compare → Report. The CLI is a thin shell over this."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from checker.compare import compare
from checker.compare.long_quotes import MAX_QUOTE_CHARS, compare_cut
from checker.memory import cyclic_gc_paused
from checker.models import Article, ArticleReport, Claim, ClaimsFile, ExtractionResult, Report
from checker.extract.recordings import Mode, RecordingStore
from checker.report.stats import run_stats
from checker.settings import Settings

OnArticle = Callable[[ArticleReport], None]
OnClaims = Callable[[list[Claim]], None]


def build_batch(settings: Settings, llm):
    if llm is None:
        return None
    from checker.extract.llm.batch import BatchRunner

    return BatchRunner(settings, settings.recordings_dir / ".batches")


def build_llm(settings: Settings, mode: Mode):
    """The model client, or None when no model is configured or the run is offline."""
    if mode is Mode.OFFLINE or not settings.model_configured:
        return None
    from checker.extract.llm.client import LLM  # imported lazily: a replay-only run never loads openai

    return LLM(settings)


def article_report(article: Article, result: ExtractionResult | None) -> ArticleReport:
    # Article and ArticleReport share their descriptive fields; the paragraphs stay out of the report.
    report = ArticleReport(**article.model_dump(include=set(ArticleReport.model_fields) - {"claims"}))
    if result is not None:
        report.claims = len(result.claims)
        report.model = result.model
        report.llm_calls = result.llm_calls
        report.replayed = result.replayed
        report.attempts = result.attempts
        report.salvaged = result.salvaged
        report.tokens = result.usage
        report.recorded_tokens = result.recorded_usage
        report.warnings = list(result.warnings)
        if not result.claims and result.warnings:  # the first warning says why: the error, said once
            report.status, report.error = "failed", report.warnings.pop(0)
    return report


def check(
    paths: list[Path],
    settings: Settings,
    mode: Mode = Mode.DEFAULT,
    on_article: OnArticle | None = None,
    on_total: Callable[[int], None] | None = None,
    batch: bool = False,
    on_claims: OnClaims | None = None,
    on_requests: Callable[[int, int], None] | None = None,
) -> Report:
    # Loading and extraction are imported here: comparing a claims file needs neither.
    from checker.extract import Extractor
    from checker.load import load_paths

    started = time.monotonic()
    articles = load_paths(paths, max_chars=settings.max_article_chars, workers=settings.workers)
    if on_total:
        on_total(len(articles))
    llm = build_llm(settings, mode)
    runner = build_batch(settings, llm) if batch else None
    extractor = Extractor(settings, RecordingStore(settings.recordings_dir), llm, mode, batch=runner)
    reports: dict[str, ArticleReport] = {}

    def finished(article: Article, result: ExtractionResult | None) -> None:
        reports[article.id] = article_report(article, result)
        if on_article:
            on_article(reports[article.id])

    for article in articles:
        if article.status != "ok":
            finished(article, None)
    readable = [a for a in articles if a.status == "ok"]
    results = asyncio.run(extractor.extract_many(readable, finished, on_requests)) if readable else []
    claims = [claim for result in results for claim in result.claims]
    published = {a.id: a.published for a in articles}
    report = assemble([reports[a.id] for a in articles], claims, published, settings.workers, on_claims,
                      settings.max_quote_chars)
    report.stats["seconds"] = round(time.monotonic() - started, 3)
    if extractor.fatal:
        report.stats["stopped"] = extractor.fatal
    return report


def compare_claims(claims_file: ClaimsFile, workers: int | None = None, on_claims: OnClaims | None = None,
                   max_quote_chars: int = MAX_QUOTE_CHARS) -> Report:
    """Comparison alone, from a claims file or an earlier report: no model, no network."""
    with cyclic_gc_paused(long_lived=True):
        return _compare_claims(claims_file, workers, on_claims, max_quote_chars)


def _compare_claims(claims_file: ClaimsFile, workers: int | None, on_claims: OnClaims | None,
                    max_quote_chars: int) -> Report:
    articles = {a.id: a for a in claims_file.articles}
    counts = Counter(claim.article for claim in claims_file.claims)
    for article_id in counts:
        articles.setdefault(article_id, None)
    reports = []
    for article_id, entry in articles.items():
        count = counts.get(article_id, 0)
        extra = entry.model_dump() if entry is not None else {}
        reports.append(
            ArticleReport(
                id=article_id,
                path=str(extra.get("path") or ""),
                title=extra.get("title"),
                published=extra.get("published"),
                language=extra.get("language"),
                claims=count,
            )
        )
    published = {r.id: r.published for r in reports}
    return assemble(reports, list(claims_file.claims), published, workers, on_claims, max_quote_chars)


def assemble(articles: list[ArticleReport], claims: list[Claim], published: dict[str, date | None],
             workers: int | None = None, on_claims: OnClaims | None = None,
             max_quote_chars: int = MAX_QUOTE_CHARS) -> Report:
    """The report of a run. `on_claims` is given the report's claims before they are compared; a quote
    longer than `max_quote_chars` is compared up to there (`long_quotes`) and kept whole in the report."""
    if on_claims is not None:
        on_claims(claims)
    ungrounded: dict[str, int] = {}
    contradictions, cut = compare_cut(claims, max_quote_chars, partial(compare, published=published, workers=workers,
                                                                       ungrounded=ungrounded))
    stats = run_stats(articles, len(claims), contradictions, ungrounded)
    if cut:  # claims whose quote was too long to compare whole (`long_quotes`)
        stats["quotes_cut"] = cut
    return Report(articles=articles, claims=claims, contradictions=contradictions, stats=stats)
