"""`check`: a thin Typer shell over the pipeline. Reports go to stdout or --output; progress and
errors go to stderr; the exit code says what happened."""

from __future__ import annotations

import os
import sys
import traceback
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from pydantic import ValidationError

from checker import memory
from checker.extract.recordings import Mode
from checker.report import EXIT_CODES_HELP, EXIT_INTERNAL, exit_code, render, render_pieces, shown_from, write_pieces
from checker.settings import Settings

EXIT_USAGE = 2

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help=(
        "Find where news articles about the same events contradict each other: a different count, day or "
        "place, the same words in another mouth, a wrong name. Each finding quotes both sides word for word.\n\n"
        "Examples:  check seeds/    check articles/ --format html --output report.html    "
        "check --claims report.json --fail-on high"
    ),
)


class Format(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    html = "html"


class Severity(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


def fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"check: {message}", err=True)
    raise typer.Exit(code)


@app.command(epilog=EXIT_CODES_HELP)
def main(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Article files or folders (.txt, .md, .html).", show_default=False)] = None,
    claims: Annotated[Optional[Path], typer.Option("--claims", help="Compare the claims of this JSON file (a claims file or an earlier report) instead of extracting.", show_default=False)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.terminal,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of stdout.", show_default=False)] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Never touch the network: use recorded responses only.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Ask the model again and overwrite the recordings.")] = False,
    fail_on: Annotated[Optional[Severity], typer.Option("--fail-on", help="Exit 1 when a finding has this severity or higher.", show_default=False)] = None,
    min_severity: Annotated[Severity, typer.Option("--min-severity", help="Show only findings of this severity or higher; the summary counts the others (--fail-on still weighs them all).")] = Severity.low,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress on stderr.")] = False,
    concurrency: Annotated[Optional[int], typer.Option("--concurrency", min=1, max=256, help="Requests in flight at once [default: 4, or CHECKER_CONCURRENCY].", show_default=False)] = None,
    batch: Annotated[bool, typer.Option("--batch", help="Send the extractions through the OpenAI Batch API (cheaper, slower; resumable).")] = False,
    rpm: Annotated[Optional[int], typer.Option("--rpm", min=1, help="At most this many requests started per minute [or CHECKER_REQUESTS_PER_MINUTE].", show_default=False)] = None,
) -> None:
    """Check articles for contradictions between sources."""
    if claims is not None and paths:
        fail("give article paths or --claims FILE, not both")
    if claims is None and not paths:
        fail("give article files or folders to check (e.g. `check seeds/`), or --claims FILE; see --help")
    if offline and refresh:
        fail("--offline and --refresh cannot be used together")
    if paths and not any(path.exists() or path.is_symlink() for path in paths):
        # A typo in the only path is a usage error; among others, a missing file is a failed article.
        fail(f"no such file or folder: {', '.join(map(str, paths))}")
    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        fail(f"invalid setting in the environment or .env: {problems}")
    overrides = {"concurrency": concurrency, "requests_per_minute": rpm}
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})
    if settings.places_file is not None:
        _add_places(settings.places_file)
    if settings.opposites_file is not None:
        _add_opposites(settings.opposites_file)

    if batch and offline and claims is None:
        fail("--batch needs a model; it cannot be used with --offline")
    # A JSON report lists every claim: in a large corpus a worker renders them while they are compared.
    claims_ahead = _claims_ahead(settings.workers) if format is Format.json else None
    on_claims = claims_ahead.start if claims_ahead is not None else None
    try:
        if claims is not None:
            with _interruption_said("while comparing", quiet):
                report = _compare_only(claims, settings, on_claims)
        else:
            mode = Mode.OFFLINE if offline else Mode.REFRESH if refresh else Mode.DEFAULT
            report = _check(paths, settings, mode, quiet, batch, on_claims)  # progress says where it stopped
        code = exit_code(report, fail_on.value if fail_on else None)  # on every finding, shown or not
        report = shown_from(report, min_severity.value)
        with _interruption_said("while writing the report", quiet):
            _deliver(report, format, output, quiet, claims_ahead)
    finally:
        if claims_ahead is not None:
            claims_ahead.close()
    if memory.ends_at_once():
        _leave(code)
    raise typer.Exit(code)


@contextmanager
def _interruption_said(doing: str, quiet: bool):
    """Ctrl-C (exit 130, by typer) says what it stopped: typer itself says nothing."""
    try:
        yield
    except KeyboardInterrupt:
        if not quiet:
            typer.echo(f"\ncheck: interrupted {doing}: no report written", err=True)
        raise


def _deliver(report, format: Format, output: Path | None, quiet: bool, claims_ahead) -> None:
    """The report to --output or stdout."""
    if output is not None:
        pieces = render_pieces(report, format.value, claims_ahead=claims_ahead)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            _write_report(output, pieces)
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}", 3)
        if not quiet:
            typer.echo(f"check: report written to {output}", err=True)
    elif format is Format.json:
        _write_out(render_pieces(report, format.value, claims_ahead=claims_ahead))
    else:
        _write_text(render(report, format.value, color=sys.stdout.isatty()))


def run() -> None:
    """The `check` command: `app`, and once the report is out the process ends at once. Freeing a
    large corpus object by object would take the better part of a second (200,000 claims) for
    nothing; every file is written and closed, and the workers are gone. Not so when `app` is called
    from Python (tests, other programs): there the objects are freed as usual."""
    memory.end_at_once()
    try:
        app()
    except Exception:  # a bug: Python would exit 1, which a CI job reads as "findings"
        traceback.print_exc()
        typer.echo("check: internal error: this is a bug in check, not in the articles; the traceback "
                   "above says where", err=True)
        sys.exit(EXIT_INTERNAL)


def _leave(code: int) -> None:
    if "logging" in sys.modules:  # what its handlers hold is written out, as at a normal exit
        sys.modules["logging"].shutdown()
    try:
        sys.stdout.flush()
    except OSError:  # a closed pipe (`check … | head`): nothing more can reach it
        pass
    sys.stderr.flush()
    os._exit(code)


def _claims_ahead(workers: int | None):
    from checker.report.json import ClaimsAhead

    return ClaimsAhead(workers)


def _write_report(output: Path, pieces: list) -> None:
    """The report as a text file: in the platform's line endings, ending with a newline. Written
    beside it under another name, then put in its place: a run stopped while writing (Ctrl-C, a full
    disk) leaves the earlier report as it was, not half of a new one."""
    target = output.resolve() if output.is_symlink() else output  # the file a link points to is replaced, not the link
    if target.exists() and not target.is_file():  # a pipe or a device (/dev/stdout): nothing to replace
        with output.open("wb") as file:
            write_pieces(file, pieces)
        return
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with partial.open("xb") as file:  # made as any new file (the umask), not private as a temporary one
            write_pieces(file, pieces)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _write_out(pieces: list) -> None:
    """The JSON report on standard output, as UTF-8 whatever the terminal's encoding, written under
    the text layer (so that 100 MB of claims are not decoded only to be encoded again)."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a standard output that takes text only
        from checker.report.json import joined

        _write_text(joined(pieces).decode("utf-8"))
        return
    sys.stdout.flush()
    try:
        write_pieces(out, pieces)
        out.flush()
    except BrokenPipeError:  # `check … | head`: the reader has all it wants
        pass


def _write_text(text: str) -> None:
    """A report on standard output, in its encoding; in UTF-8 where that encoding cannot write it (a
    file redirected on Windows, PYTHONIOENCODING=ascii), rather than fail on the first Arabic letter."""
    text = text if text.endswith("\n") else text + "\n"
    try:
        sys.stdout.write(text)  # the whole text is encoded before anything is written
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.replace("\n", os.linesep).encode("utf-8"))
        sys.stdout.buffer.flush()


def _compare_only(path: Path, settings: Settings, on_claims=None):
    from checker.load.claims_file import ClaimsFileError, read_claims_file
    from checker.pipeline import compare_claims

    try:
        claims_file = read_claims_file(path)
    except ClaimsFileError as exc:
        fail(f"{path}: {exc}")
    return compare_claims(claims_file, settings.workers, on_claims, settings.max_quote_chars)


def _add_places(path: Path) -> None:
    from checker.normalise.places_file import PlacesFileError, add_places_file

    try:
        add_places_file(path)
    except PlacesFileError as exc:
        fail(f"CHECKER_PLACES: {path}: {exc}")


def _add_opposites(path: Path) -> None:
    from checker.normalise.opposites import LexiconError, add_opposites_file

    try:
        add_opposites_file(path)
    except LexiconError as exc:
        fail(f"CHECKER_OPPOSITES: {path}: {exc}")


def _short(error: str | None) -> str | None:
    """Progress names a run-stopping error once, at the end, not once per article."""
    return "not extracted: the run stopped calling the model" if error and error.startswith("not extracted:") else error


def _check(paths: list[Path], settings: Settings, mode: Mode, quiet: bool, batch: bool = False, on_claims=None):
    from checker.pipeline import check
    from checker.report.progress import Progress

    with Progress(total=len(paths), quiet=quiet, concurrency=settings.concurrency,
                  per_minute=settings.requests_per_minute) as progress:
        report = check(
            paths,
            settings,
            mode,
            on_article=lambda a: progress.article_done(a.id, a.status, a.claims, a.llm_calls, a.replayed, error=_short(a.error)),
            on_total=progress.set_total,
            batch=batch,
            on_claims=on_claims,
            on_requests=progress.requests,
        )
    if report.stats.get("stopped"):
        typer.echo(f"check: stopped calling the model: {report.stats['stopped']}", err=True)
    return report


if __name__ == "__main__":
    run()
