"""Progress of a run on stderr: a rich progress bar on a terminal, with a line above it per article
(in a large run, per article with a problem); one plain line per article otherwise (CI logs); nothing
with --quiet. Never writes to stdout, where the report goes."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn
from rich.text import Text

STATUS_MARK = {"ok": "✓", "failed": "✗", "skipped": "–"}
# Above this many articles the bar lists only the articles with a problem: a line above a live bar
# costs a redraw, and ten thousand of them made a rerun of 10,000 articles on a terminal take 22 s
# instead of 12 s, for a list nobody reads. Logs (no bar) keep a line per article.
LISTED_UP_TO = 100


class Progress:
    """Use as a context manager around the pipeline; call `article_done` after each article, and
    `requests` as requests to the model start and end. `concurrency` and `per_minute`: the limits
    they run under, shown once the first one starts."""

    def __init__(self, total: int, quiet: bool = False, stream: TextIO | None = None,
                 concurrency: int | None = None, per_minute: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = self.claims = self.llm_calls = self.replayed = 0
        self.statuses: dict[str, int] = {}
        self.mode = "quiet" if quiet else "bar" if _is_terminal(self.stream) else "lines"
        self.concurrency, self.per_minute = concurrency, per_minute
        self.in_flight = self.started = 0
        self._bar: RichProgress | None = None
        self._bar_done = False  # drawn and stopped: the articles are all done
        self._console: Console | None = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.mode == "bar":
            self._console = Console(file=self.stream, force_terminal=True, highlight=False, markup=False)
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        self._stop_bar()
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            self.message(f"interrupted after {self.done} of {self.total} article{'s' * (self.total != 1)} "
                         f"({self.counts()}): every answer received is recorded, and the same command "
                         "goes on from there")
        elif self.mode == "lines" and self.done:
            self._write(f"check: done: {self.done} article{'s' * (self.done != 1)} ({self.status_counts()}), {self.counts()}")

    # The bar is drawn by a thread of rich's, and a process with a second thread never forks its
    # workers (`parallel.can_fork`): so the bar runs only while articles are extracted, not while
    # they are loaded (it starts with `set_total`) nor while they are compared (it stops with the
    # last article), and on a terminal those stages get every core too.
    def _start_bar(self) -> None:
        if self.mode != "bar" or self._bar is not None or self._bar_done:
            return
        self._bar = RichProgress(
            TextColumn("Extracting"),
            BarColumn(bar_width=12),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=self._console,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("extract", total=self.total, completed=self.done, counts=self.bar_counts())

    def _stop_bar(self) -> None:
        if self._bar is None:
            return
        thread = getattr(self._bar.live, "_refresh_thread", None)
        self._bar.stop()
        if thread is not None:
            thread.join(timeout=2)
        self._bar, self._bar_done = None, True

    def set_total(self, total: int) -> None:
        self.total = total
        self._start_bar()
        if self._bar is not None:
            self._bar.update(self._task, total=total)
            if not self._lists_every_article():
                self.message(f"{total} articles: only those with a problem are listed; the bar counts them all")

    def _lists_every_article(self) -> bool:
        return self.mode != "bar" or self.total <= LISTED_UP_TO

    def article_done(
        self, article_id: str, status: str, claims: int, llm_calls: int, replayed: int, error: str | None = None
    ) -> None:
        self._start_bar()
        self.done += 1
        self.claims += claims
        self.llm_calls += llm_calls
        self.replayed += replayed
        self.statuses[status] = self.statuses.get(status, 0) + 1
        line = (
            f"[{self.done}/{self.total}] {article_id} {status}: {claims} claim{'s' * (claims != 1)}, "
            f"{llm_calls} LLM call{'s' * (llm_calls != 1)}, {replayed} from recordings"
        )
        if error:
            line += f" ({error})"
        if self.mode == "bar":
            if status != "ok" or error or self._lists_every_article():
                self.message(f"{STATUS_MARK.get(status, '?')} {line}")
            if self._bar is not None:
                self._bar.update(self._task, completed=self.done, counts=self.bar_counts())
                if self.done >= self.total:
                    self._stop_bar()
        elif self.mode == "lines":
            self._write(f"check: {line}")

    def requests(self, in_flight: int, started: int) -> None:
        """Requests to the model: how many are in flight, how many have started."""
        first = self.started == 0 and started > 0
        self.in_flight, self.started = in_flight, started
        if first:
            self._start_bar()
            self.message(f"asking the model: {self.limits()}")
        if self._bar is not None:
            self._bar.update(self._task, counts=self.bar_counts())

    def limits(self) -> str:
        at_once = f"up to {self.concurrency} request{'s' * (self.concurrency != 1)} at once" if self.concurrency else ""
        per_minute = f"at most {self.per_minute} a minute" if self.per_minute else ""
        return ", ".join(filter(None, (at_once, per_minute))) or "no limit set"

    def bar_counts(self) -> str:
        """`counts` as short as the bar's line needs them (80 columns): what is zero is left out, and
        the requests in flight are shown once some have started."""
        parts = [f"{self.claims} claim{'s' * (self.claims != 1)}"]
        if self.llm_calls:
            parts.append(f"{self.llm_calls} call{'s' * (self.llm_calls != 1)}")
        if self.replayed:
            parts.append(f"{self.replayed} replayed")
        text = ", ".join(parts)
        if self.started:
            text += f" · {self.in_flight}{f'/{self.concurrency}' if self.concurrency else ''} in flight"
        return text

    def message(self, text: str) -> None:
        if self.mode == "bar":  # the bar's console: above the bar while it is drawn
            self._console.print(Text(text), soft_wrap=True)
        elif self.mode == "lines":
            self._write(f"check: {text}")

    def counts(self) -> str:
        return (
            f"{self.claims} claim{'s' * (self.claims != 1)}, {self.llm_calls} LLM call{'s' * (self.llm_calls != 1)}, "
            f"{self.replayed} from recordings"
        )

    def status_counts(self) -> str:
        return ", ".join(f"{n} {status}" for status, n in sorted(self.statuses.items()))

    def _write(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False
