"""When each stage of one `check --claims` run begins and ends, in this process (a developer's tool).

    python bench/timeline.py claims-10000.json

Runs the command as `check` does, with the main process's stage functions wrapped by a clock, and
prints one line per stage (start, end, seconds since the interpreter started). Work done in worker
processes shows as the time this process waits for it. The report goes to a temporary file.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
import time

_STARTED = time.perf_counter()

import checker.cli as cli  # noqa: E402
import checker.load.claims_file as claims_file  # noqa: E402
import checker.compare.run as compare  # noqa: E402
import checker.pipeline as pipeline  # noqa: E402
from checker.compare.kinds import KINDS  # noqa: E402

_MAIN = os.getpid()


def _clocked(module, name: str, label: str | None = None) -> None:
    function = getattr(module, name)

    @functools.wraps(function)
    def clocked(*args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            if os.getpid() == _MAIN:  # not in a worker that happens to call it
                ended = time.perf_counter()
                print(f"  {label or name:<22} {began - _STARTED:6.2f} → {ended - _STARTED:6.2f}  "
                      f"{ended - began:5.2f} s", file=sys.stderr, flush=True)

    setattr(module, name, clocked)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for module, name, label in [
        (claims_file, "read_claims_file", "read the claims file"),
        (compare, "read_all", "facts, in one process"),
        (compare, "_facts_and_people", "facts (and people)"),
        (compare, "resolve_people", "people"),
        (compare, "group_events", "events, in one process"),
        (compare, "group_claims", "group claims"),
        (compare, "split_groups", "split groups"),
        (compare, "label_events", "label events"),
        (pipeline, "compare", "compare, all of it"),
        (cli, "_write_report", "write the report"),
    ]:
        _clocked(module, name, label)
    for kind in KINDS:
        _clocked(kind, "find", f"kind: {kind.KIND}")
    output = os.path.join(tempfile.mkdtemp(prefix="check-timeline-"), "report.json")
    print(f"  {'imports done':<22} {time.perf_counter() - _STARTED:6.2f}", file=sys.stderr)
    sys.argv = ["check", "--claims", sys.argv[1], "--format", "json", "--output", output, "--quiet"]
    leave = cli._leave

    def report_out(code: int) -> None:
        print(f"  {'report out, exit ' + str(code):<22} {time.perf_counter() - _STARTED:6.2f}", file=sys.stderr)
        leave(code)

    cli._leave = report_out
    cli.run()


if __name__ == "__main__":
    main()
