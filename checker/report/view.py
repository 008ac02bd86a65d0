"""What every report format shows, computed once from a `Report`.

Renderers only lay this out; anything several formats need (grouping by event, severity order,
counts, text direction, the quote located in its paragraph, the words marked in it) lives here so
that the terminal, Markdown and HTML reports cannot disagree.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date

from checker.models import ArticleReport, Claim, Contradiction, Report, Side, Span
from checker.report.stats import SEVERITIES, by_kind_and_severity, run_stats, tokens_text

NO_EVENT = "Other findings"

# The whole blocks of each script (with marks, digits and presentation forms): how a page reads,
# for its direction; not `normalise.arabic.ARABIC_LETTER`, which counts letters to tell a language.
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
LATIN_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True)
class Direction:
    dir: str  # "rtl" or "ltr"
    lang: str  # "ar" or "en"


RTL = Direction("rtl", "ar")
LTR = Direction("ltr", "en")


@dataclass(frozen=True)
class Quote:
    """A side's quote placed in its paragraph: `before + quote + after` is the shown text.

    When the paragraph is unknown or does not contain the quote, `before`/`after` are empty and the
    paragraph, if any, is kept in `context` so it can still be shown apart. `marks` are the spans of
    `text` that make the finding (`Side.marks`), in order, apart.
    """

    text: str
    before: str = ""
    after: str = ""
    context: str | None = None
    marks: tuple[Span, ...] = ()

    @property
    def in_paragraph(self) -> bool:
        return bool(self.before or self.after)

    @property
    def pieces(self) -> list[tuple[str, bool]]:
        """`text` cut at its marks, in order: each piece, and whether it is marked."""
        pieces, at = [], 0
        for start, end in self.marks:
            if start > at:
                pieces.append((self.text[at:start], False))
            pieces.append((self.text[start:end], True))
            at = end
        if at < len(self.text) or not pieces:
            pieces.append((self.text[at:], False))
        return pieces


@dataclass(frozen=True)
class SideView:
    article: str
    claim: str
    value: str
    title: str | None
    published: date | None
    speaker: str | None
    quote: Quote | None


@dataclass(frozen=True)
class FindingView:
    id: str
    kind: str
    severity: str
    confidence: float
    summary: str
    event: str | None
    sides: list[SideView]


@dataclass(frozen=True)
class EventGroup:
    label: str
    findings: list[FindingView]


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str | None
    published: date | None
    language: str | None
    status: str
    claims: int
    llm_calls: int
    replayed: int
    tokens: int  # spent in this run
    recorded_tokens: int  # of the answers replayed from recordings
    error: str | None
    warnings: list[str]

    @property
    def tokens_text(self) -> str:
        return tokens_text(self.tokens, self.recorded_tokens, word="")


@dataclass(frozen=True)
class Summary:
    articles: int
    checked: int
    failed: int
    skipped: int
    claims: int
    contradictions: int
    by_severity: dict[str, int]  # every severity, most severe first, zero counts included
    by_kind: dict[str, dict[str, int]]  # kind -> severity -> count, only kinds that occur
    llm_calls: int
    replayed: int
    prompt_tokens: int  # spent in this run
    completion_tokens: int
    recorded_prompt_tokens: int = 0  # of the answers replayed from recordings
    recorded_completion_tokens: int = 0
    not_shown: dict[str, int] = field(default_factory=dict)  # findings left out by --min-severity

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @property
    def recorded_tokens(self) -> int:
        return self.recorded_prompt_tokens + self.recorded_completion_tokens

    def tokens_text(self) -> str:
        return tokens_text(self.tokens, self.recorded_tokens, (self.prompt_tokens, self.completion_tokens),
                           (self.recorded_prompt_tokens, self.recorded_completion_tokens))

    def severity_text(self) -> str:
        found = [f"{n} {s}" for s, n in self.by_severity.items() if n]
        text = ", ".join(found) if found else "none"
        hidden = self._not_shown()
        return f"{text}; {hidden} not shown" if hidden else text

    def nothing_found(self) -> str:
        """What every format says when it lists no finding."""
        hidden = self._not_shown()
        if hidden:
            return f"No contradictions of the severities shown ({hidden} not shown)."
        return "No contradictions found in the articles checked."

    def _not_shown(self) -> str:
        return ", ".join(f"{n} {s}" for s, n in self.not_shown.items() if n)

    def line(self) -> str:
        """The one-line summary every format starts with."""
        articles = f"{self.articles} article{'s' * (self.articles != 1)}: {self.checked} checked"
        if self.failed:
            articles += f", {self.failed} failed"
        if self.skipped:
            articles += f", {self.skipped} skipped"
        return (
            f"{articles} · {self.claims} claim{'s' * (self.claims != 1)} · "
            f"{self.contradictions} contradiction{'s' * (self.contradictions != 1)} ({self.severity_text()}) · "
            f"{self.llm_calls} LLM call{'s' * (self.llm_calls != 1)}, {self.replayed} from recordings, "
            f"{self.tokens_text()}"
        )


@dataclass(frozen=True)
class ReportView:
    summary: Summary
    groups: list[EventGroup]
    articles: list[ArticleRow]
    report: Report = field(repr=False, compare=False)
    stopped: str | None = None

    @cached_property
    def direction(self) -> Direction:
        """Made when asked (by the HTML page only): it reads the text of every claim."""
        return text_direction(self.report)

    @property
    def findings(self) -> list[FindingView]:
        return [f for g in self.groups for f in g.findings]


def build_view(report: Report) -> ReportView:
    claims = {(c.article, c.id): c for c in report.claims}
    articles = {a.id: a for a in report.articles}
    findings = [_finding(c, claims, articles) for c in report.contradictions]
    return ReportView(
        summary=_summary(report),
        groups=group_by_event(findings),
        articles=[_article_row(a) for a in report.articles],
        report=report,
        stopped=report.stats.get("stopped") or None,
    )


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def group_by_event(findings: list[FindingView]) -> list[EventGroup]:
    """Findings grouped by event; groups and findings most severe first, the unlabelled group last."""
    ordered = sorted(findings, key=lambda f: (severity_rank(f.severity), -f.confidence, f.id))
    groups: dict[str | None, list[FindingView]] = {}
    for finding in ordered:
        groups.setdefault((finding.event or "").strip() or None, []).append(finding)
    keys = sorted(groups, key=lambda k: (k is None, severity_rank(groups[k][0].severity), -len(groups[k])))
    return [EventGroup(label=k or NO_EVENT, findings=groups[k]) for k in keys]


def text_direction(report: Report) -> Direction:
    """Right-to-left Arabic when the report's text is mostly Arabic letters, else left-to-right English.

    Decided from the words shown (quotes, values, statements, titles); the articles' detected
    languages only break the tie when there is no text at all.
    """
    texts: list[str] = []
    for contradiction in report.contradictions:
        texts += [contradiction.event or ""] + [s.quote or s.value for s in contradiction.sides]
    for claim in report.claims:
        texts += [claim.quote or "", claim.statement]
    texts += [a.title or "" for a in report.articles]
    arabic, latin = letter_counts(" ".join(texts))
    if arabic or latin:
        return RTL if arabic > latin else LTR
    languages = Counter(a.language for a in report.articles if a.language)
    return RTL if languages and languages.most_common(1)[0][0] == "ar" else LTR


def letter_counts(text: str) -> tuple[int, int]:
    """How many characters of `text` match ARABIC_SCRIPT and LATIN_SCRIPT. Counted in its UTF-8 bytes,
    where most of them are one byte value each, a hundred times faster than by the patterns: a
    report of 200,000 claims has 30 million characters."""
    data = text.encode("utf-8", "surrogatepass")
    arabic = len(data.translate(None, _NOT_ARABIC_LEAD)) + len(_OTHER_ARABIC.findall(data))
    latin = (len(data.translate(None, _NOT_ASCII_LETTER)) + len(data.translate(None, _NOT_LATIN_LEAD))
             + len(_OTHER_LATIN.findall(data)))
    return arabic, latin


def _all_bytes_but(keep) -> bytes:
    return bytes(b for b in range(256) if b not in keep)


_NOT_ARABIC_LEAD = _all_bytes_but(range(0xD8, 0xDC))  # U+0600–U+06FF begin with D8–DB
_NOT_ASCII_LETTER = _all_bytes_but([*range(0x41, 0x5B), *range(0x61, 0x7B)])
_NOT_LATIN_LEAD = _all_bytes_but(range(0xC3, 0xC9))  # U+00C0–U+023F begin with C3–C8
# The rest of the two ranges: U+0750–077F, U+08A0–08FF, U+FB50–FDFF, U+FE70–FEFF; U+0240–024F.
_OTHER_ARABIC = re.compile(rb"\xdd[\x90-\xbf]|\xe0(?:\xa2[\xa0-\xbf]|\xa3)"
                           rb"|\xef(?:\xad[\x90-\xbf]|[\xae-\xb6]|\xb7[\x80-\xbf]|\xb9[\xb0-\xbf]|[\xba\xbb])")
_OTHER_LATIN = re.compile(rb"\xc9[\x80-\x8f]")


def locate_quote(quote: str, paragraph: str | None, marks: list[Span] | tuple[Span, ...] = ()) -> Quote:
    """Find `quote` in `paragraph`, tolerating differences in whitespace only; `marks`: spans of
    `quote`, carried over to the text shown."""
    marks = _valid(marks, quote)
    if not paragraph:
        return Quote(text=quote, marks=marks)
    start = paragraph.find(quote)
    if start >= 0:
        end = start + len(quote)
    else:
        words = quote.split()
        match = re.search(r"\s+".join(map(re.escape, words)), paragraph) if words else None
        if match is None:
            return Quote(text=quote, context=paragraph, marks=marks)
        start, end = match.span()
        marks = _moved(marks, quote, paragraph[start:end])
    return Quote(text=paragraph[start:end], before=paragraph[:start], after=paragraph[end:], marks=marks)


def _valid(marks, text: str) -> tuple[Span, ...]:
    """The marks that are spans of `text`, in order, those that overlap made one: a report read
    back from a file may say anything."""
    out: list[Span] = []
    for start, end in sorted((s, e) for s, e in marks if 0 <= s < e <= len(text)):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def _moved(marks: tuple[Span, ...], source: str, target: str) -> tuple[Span, ...]:
    """Spans of `source` as spans of `target`, the same text spaced differently: found by counting
    the characters that are not whitespace before each end."""
    written = [n for n, ch in enumerate(target) if not ch.isspace()]
    moved = []
    for start, end in marks:
        first = len(source[:start]) - _spaces(source[:start])
        last = len(source[:end]) - _spaces(source[:end])
        if first < last <= len(written):
            moved.append((written[first], written[last - 1] + 1))
    return tuple(moved)


def _spaces(text: str) -> int:
    return sum(ch.isspace() for ch in text)


def _finding(
    contradiction: Contradiction,
    claims: dict[tuple[str, str], Claim],
    articles: dict[str, ArticleReport],
) -> FindingView:
    return FindingView(
        id=contradiction.id,
        kind=contradiction.kind,
        severity=contradiction.severity,
        confidence=contradiction.confidence,
        summary=contradiction.summary,
        event=contradiction.event,
        sides=[_side(s, claims.get((s.article, s.claim)), articles.get(s.article)) for s in contradiction.sides],
    )


def _side(side: Side, claim: Claim | None, article: ArticleReport | None) -> SideView:
    quote_text = side.quote or (claim.quote if claim else None)
    paragraph = claim.paragraph if claim else None
    return SideView(
        article=side.article,
        claim=side.claim,
        value=side.value,
        title=article.title if article else None,
        published=article.published if article else None,
        speaker=claim.speaker if claim else None,
        # The marks are spans of the side's own quote.
        quote=locate_quote(quote_text, paragraph, side.marks if side.quote else ()) if quote_text else None,
    )


def _summary(report: Report) -> Summary:
    claims = len(report.claims) or sum(a.claims for a in report.articles)
    stats = run_stats(report.articles, claims, report.contradictions)
    recorded = stats.get("recorded_tokens", {})
    return Summary(
        articles=stats["articles"],
        checked=stats["ok"],
        failed=stats["failed"],
        skipped=stats["skipped"],
        claims=claims,
        contradictions=stats["contradictions"],
        by_severity={s: stats["by_severity"].get(s, 0) for s in SEVERITIES},
        by_kind=by_kind_and_severity(report.contradictions),
        llm_calls=stats["llm_calls"],
        replayed=stats["replayed"],
        prompt_tokens=stats["tokens"]["prompt"],
        completion_tokens=stats["tokens"]["completion"],
        recorded_prompt_tokens=recorded.get("prompt", 0),
        recorded_completion_tokens=recorded.get("completion", 0),
        not_shown={s: n for s in SEVERITIES if (n := (report.stats.get("not_shown") or {}).get(s, 0))},
    )


def _article_row(article: ArticleReport) -> ArticleRow:
    return ArticleRow(
        id=article.id,
        title=article.title,
        published=article.published,
        language=article.language,
        status=article.status,
        claims=article.claims,
        llm_calls=article.llm_calls,
        replayed=article.replayed,
        tokens=article.tokens.total_tokens,
        recorded_tokens=article.recorded_tokens.total_tokens,
        error=article.error,
        warnings=list(article.warnings),
    )
