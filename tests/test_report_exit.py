"""Exit codes, like a linter's."""

import subprocess
import sys
from pathlib import Path

import click
import pytest

from checker.models import Report
from checker.report import EXIT_CODES_HELP, exit_code

SAMPLES = Path(__file__).parent / "data" / "reports"


def sample(name: str) -> Report:
    return Report.model_validate_json((SAMPLES / f"sample_{name}.handmade.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "kept, fail_on, expected",
    [
        (("high", "medium", "low"), None, 0),
        (("high", "medium", "low"), "low", 1),
        (("high",), "high", 1),
        (("medium",), "high", 0),
        (("medium",), "medium", 1),
        (("medium",), "low", 1),
        (("low",), "medium", 0),
        ((), "low", 0),
    ],
)
def test_findings_fail_the_run_from_the_chosen_severity(kept, fail_on, expected):
    report = sample("ar")
    report.contradictions = [c for c in report.contradictions if c.severity in kept]
    assert exit_code(report, fail_on) == expected


def test_failed_article_exits_3_even_when_findings_also_fail():
    report = sample("failed")
    assert exit_code(report, None) == 3
    report.contradictions = sample("ar").contradictions
    assert exit_code(report, "low") == 3


def test_skipped_empty_file_is_not_a_failure():
    report = sample("failed")
    report.articles = [a for a in report.articles if a.status != "failed"]
    assert [a.status for a in report.articles] == ["ok", "skipped"]
    assert exit_code(report, "low") == 0


def test_unknown_severity_is_refused():
    with pytest.raises(ValueError):
        exit_code(sample("ar"), "critical")


def test_help_text_keeps_one_line_per_code_when_click_wraps_it():
    wrapped = click.formatting.wrap_text(EXIT_CODES_HELP, width=60, preserve_paragraphs=True)
    starts = [line.split()[0] for line in wrapped.splitlines() if line.strip()[:1].isdigit()]
    assert starts == ["0", "1", "2", "3", "4", "130"]


def test_a_bug_exits_4_not_1_which_ci_reads_as_findings(tmp_path):
    # A bug made to happen in the comparison of a run through the command's entry point.
    claims = tmp_path / "claims.json"
    claims.write_text('{"claims": [{"article": "a", "statement": "12 people were killed"}]}', encoding="utf-8")
    program = ("import sys, checker.cli, checker.compare\n"
               "def broken(*args, **kwargs): raise RuntimeError('made-up bug')\n"
               "checker.compare.compare = broken\n"
               "import checker.pipeline; checker.pipeline.compare = broken\n"
               f"sys.argv = ['check', '--claims', {str(claims)!r}, '--fail-on', 'low']\n"
               "checker.cli.run()\n")
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert done.returncode == 4, done.stderr
    assert "RuntimeError: made-up bug" in done.stderr and "internal error" in done.stderr
    assert done.stdout == ""
