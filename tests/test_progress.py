"""Progress goes to stderr only: a bar on a terminal, plain lines in logs, nothing when quiet."""

import io
import re

from checker.report.progress import Progress

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
RUN = [("001", "ok", 5, 1, 0), ("002", "failed", 0, 3, 0), ("003", "ok", 2, 0, 1), ("004", "skipped", 0, 0, 0)]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(stream, quiet=False):
    with Progress(total=1, quiet=quiet, stream=stream) as progress:
        progress.set_total(len(RUN))
        for article in RUN:
            progress.article_done(*article)
        progress.message("stopped calling the model")
    return stream.getvalue()


def totals() -> tuple[int, int, int]:
    return sum(a[2] for a in RUN), sum(a[3] for a in RUN), sum(a[4] for a in RUN)


def test_plain_lines_when_not_a_terminal(capsys):
    lines = run(io.StringIO()).splitlines()
    assert len(lines) == len(RUN) + 2
    for n, (article_id, status, claims, calls, replayed) in enumerate(RUN, 1):
        line = lines[n - 1]
        assert line.startswith(f"check: [{n}/{len(RUN)}] {article_id} {status}:")
        assert f"{claims} claim" in line and f"{calls} LLM call" in line and f"{replayed} from recordings" in line
    assert lines[-2] == "check: stopped calling the model"
    claims, calls, replayed = totals()
    assert lines[-1].startswith(f"check: done: {len(RUN)} articles")
    assert f"{claims} claims, {calls} LLM calls, {replayed} from recordings" in lines[-1]
    assert not any(ANSI.search(line) for line in lines)
    assert capsys.readouterr().out == ""


def test_progress_bar_on_a_terminal(capsys):
    shown = ANSI.sub("", run(Terminal()))
    claims, calls, replayed = totals()
    assert f"{len(RUN)}/{len(RUN)}" in shown
    assert f"{claims} claims, {calls} calls, {replayed} replayed" in shown  # the bar's short form
    for article_id, status, *_ in RUN:
        assert f"{article_id} {status}" in shown
    assert "stopped calling the model" in shown
    assert capsys.readouterr().out == ""


def test_quiet_writes_nothing(capsys):
    assert run(Terminal(), quiet=True) == ""
    assert run(io.StringIO(), quiet=True) == ""
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_default_stream_is_stderr(capsys):
    with Progress(total=1) as progress:
        progress.article_done("001", "ok", 1, 0, 1)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "001 ok" in captured.err


def test_failed_article_line_carries_its_error():
    stream = io.StringIO()
    with Progress(total=1, stream=stream) as progress:
        progress.article_done("002", "failed", 0, 3, 0, error="answer did not validate")
    assert "002 failed" in stream.getvalue() and "(answer did not validate)" in stream.getvalue()


def test_requests_in_flight_and_the_limits_are_shown():
    lines = io.StringIO()
    with Progress(total=1, stream=lines, concurrency=4, per_minute=600) as progress:
        for in_flight, started in [(1, 1), (2, 2), (1, 2), (0, 2)]:
            progress.requests(in_flight, started)
        progress.article_done("001", "ok", 1, 2, 0)
    shown = lines.getvalue().splitlines()
    assert shown[0] == "check: asking the model: up to 4 requests at once, at most 600 a minute"  # once
    assert len(shown) == 3 and shown[1].startswith("check: [1/1] 001 ok")

    terminal = Terminal()
    with Progress(total=1, stream=terminal, concurrency=4) as progress:
        progress.requests(3, 7)
    bar = ANSI.sub("", terminal.getvalue())
    assert "asking the model: up to 4 requests at once" in bar and "3/4 in flight" in bar


def test_the_bar_draws_only_while_articles_are_extracted():
    # Its drawing thread would keep loading and comparing from forking workers (parallel.can_fork).
    import threading

    terminal = Terminal()
    before = threading.active_count()
    with Progress(total=1, stream=terminal) as progress:
        assert threading.active_count() == before  # loading
        progress.set_total(2)
        assert threading.active_count() == before + 1
        progress.article_done("001", "ok", 1, 1, 0)
        assert threading.active_count() == before + 1
        progress.article_done("002", "ok", 2, 1, 0)
        assert threading.active_count() == before  # comparing
        progress.message("stopped calling the model")
    shown = ANSI.sub("", terminal.getvalue())
    assert "002 ok" in shown and "2/2" in shown and "3 claims, 2 calls" in shown
    assert "stopped calling the model" in shown


def test_a_large_run_on_a_terminal_lists_only_the_articles_with_a_problem():
    from checker.report.progress import LISTED_UP_TO

    total = LISTED_UP_TO + 50
    run_of = [(f"{n:04d}", "failed" if n in (7, 120) else "ok", 1, 1, 0) for n in range(total)]
    terminal, log = Terminal(), io.StringIO()
    for stream in (terminal, log):
        with Progress(total=1, stream=stream) as progress:
            progress.set_total(total)
            for article in run_of:
                progress.article_done(*article, error="answer did not validate" if article[1] == "failed" else None)
    shown = ANSI.sub("", terminal.getvalue())
    listed = re.findall(r"\] (\d{4}) (\w+)", shown)
    assert listed == [("0007", "failed"), ("0120", "failed")]
    assert f"{total} articles: only those with a problem are listed" in shown
    assert f"{total}/{total}" in shown and f"{total} claims" in shown  # the bar counts them all
    assert len(re.findall(r"\] \d{4} ", log.getvalue())) == total  # logs keep a line per article


def test_an_interrupted_run_says_what_was_kept_not_done():
    import pytest

    for stream in (io.StringIO(), Terminal()):
        with pytest.raises(KeyboardInterrupt), Progress(total=1, stream=stream) as progress:
            progress.set_total(3)
            progress.article_done("001", "ok", 2, 1, 0)
            raise KeyboardInterrupt
        shown = ANSI.sub("", stream.getvalue())
        assert "interrupted after 1 of 3 articles (2 claims, 1 LLM call, 0 from recordings)" in shown
        assert "every answer received is recorded" in shown and "done:" not in shown
