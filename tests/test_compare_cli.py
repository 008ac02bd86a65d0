"""`check --claims FILE`: comparison alone, from the command line, on the hand-made sets."""

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from tests.fresh import fresh_python, run_python

DATA = Path(__file__).parent / "data"


def check_claims(tmp_path, name):
    output = tmp_path / "r.json"
    result = CliRunner().invoke(app, ["--claims", str(DATA / name), "--format", "json", "--output", str(output),
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    return json.loads(output.read_text(encoding="utf-8"))


def test_seeds_report_has_both_conflicts_with_both_quotes(tmp_path):
    report = check_claims(tmp_path, "seeds_claims.human.json")
    serious = [c for c in report["contradictions"] if c["severity"] != "low"]
    assert sorted(c["kind"] for c in serious) == ["name", "quantity"]
    for finding in serious:
        assert all(side["quote"] and side["value"] for side in finding["sides"])
    assert report["stats"]["claims"] == 46 and report["stats"]["llm_calls"] == 0
    assert {c["id"] for c in report["claims"]} >= {"001-2", "004-5", "004-2"}


@pytest.mark.parametrize("name", ["en_cases.human.json", "ar_cases.human.json"])
def test_case_sets_give_their_expected_findings(tmp_path, name):
    report = check_claims(tmp_path, name)
    expected = json.loads((DATA / name).read_text(encoding="utf-8"))["expected"]
    assert sorted((c["kind"], sorted({s["article"] for s in c["sides"]})) for c in report["contradictions"]) == \
        sorted((e["kind"], sorted(e["articles"])) for e in expected)


def test_fail_on_high_exits_one_on_the_seeds(tmp_path):
    result = CliRunner().invoke(app, ["--claims", str(DATA / "seeds_claims.human.json"), "--format", "json",
                                      "--fail-on", "high", "--quiet"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["stats"]["by_severity"]["high"] == 2


def test_a_bad_claims_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"claims": [{"article": "a", "statement": "x"}, {"article": "b"}]}', encoding="utf-8")
    result = CliRunner().invoke(app, ["--claims", str(bad)])
    assert result.exit_code == 2
    assert "claims[1]: missing 'statement'" in result.output


@pytest.mark.parametrize("fmt", ["json", "markdown", "terminal", "html"])
def test_report_file_is_the_rendered_report_with_a_final_newline(tmp_path, fmt):
    """The file holds what stdout would show, byte for byte, whichever way it is encoded."""
    output = tmp_path / f"r.{fmt}"
    args = ["--claims", str(DATA / "seeds_claims.human.json"), "--format", fmt]
    written = CliRunner().invoke(app, [*args, "--output", str(output), "--quiet"])
    shown = CliRunner().invoke(app, args)
    assert written.exit_code == shown.exit_code == 0, written.output
    assert output.read_bytes() == shown.stdout_bytes
    assert output.read_bytes().endswith(b"}\n" if fmt == "json" else b"\n")


def test_comparing_a_claims_file_loads_no_extraction_code(tmp_path):
    """Starting is part of the time a CI job waits for: comparison alone never imports the loading,
    extraction and model-client code."""
    out = fresh_python(f"""
        import sys
        from checker.cli import app
        try:
            app(['--claims', {str(DATA / 'seeds_claims.human.json')!r}, '--format', 'json', '--output',
                 {str(tmp_path / 'r.json')!r}, '--quiet'])
        except SystemExit:
            pass
        print(sorted(m for m in ('checker.extract.extractor', 'checker.load.articles', 'checker.extract.llm.client', 'openai', 'instructor')
                     if m in sys.modules))
    """)
    assert out.strip() == "[]"
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["stats"]["claims"] == 46


@pytest.mark.parametrize("fmt, fail_on, expected", [("terminal", None, 0), ("json", "low", 1)])
def test_the_command_ends_at_once_with_its_exit_code_and_all_of_its_report(tmp_path, fmt, fail_on, expected):
    """`python -m checker.cli` is the `check` command: it leaves the process at once when the report is
    out, and what it wrote to stdout still reaches the reader in full."""
    args = ["--claims", str(DATA / "seeds_claims.human.json"), "--format", fmt, *(["--fail-on", fail_on] if fail_on else [])]
    done = run_python(["-m", "checker.cli", *args], {"PYTHONUNBUFFERED": None})  # buffered, as a pipe normally is
    shown = CliRunner().invoke(app, args)
    assert done.returncode == shown.exit_code == expected, done.stderr
    assert done.stdout == shown.stdout_bytes and done.stdout.endswith(b"\n") and len(done.stdout) > 1000


def test_a_report_stopped_while_written_leaves_the_earlier_one_whole(tmp_path, monkeypatch):
    import checker.cli

    output = tmp_path / "report.json"
    output.write_text("the earlier report\n", encoding="utf-8")

    def disk_full(file, pieces):
        file.write(b'{"version": 1, "articles": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(checker.cli, "write_pieces", disk_full)
    result = CliRunner().invoke(app, ["--claims", str(DATA / "en_cases.human.json"), "-f", "json", "-o", str(output)])
    assert result.exit_code == 3
    assert "cannot write" in result.output and "No space left on device" in result.output
    assert output.read_text(encoding="utf-8") == "the earlier report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # nothing half-written beside it


@pytest.mark.parametrize(("stage", "said"), [("compare", "interrupted while comparing"),
                                             ("write", "interrupted while writing the report")])
def test_ctrl_c_says_what_it_stopped_and_leaves_no_report(tmp_path, monkeypatch, stage, said):
    import checker.cli
    import checker.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(*(checker.pipeline, "compare_claims") if stage == "compare" else (checker.cli, "write_pieces"),
                        interrupted)
    output = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["--claims", str(DATA / "en_cases.human.json"), "-f", "json", "-o", str(output)])
    assert result.exit_code == 130
    assert f"check: {said}: no report written" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_report_written_through_a_link_or_into_a_pipe(tmp_path):
    import threading

    (tmp_path / "reports").mkdir()
    link = tmp_path / "latest.json"
    link.symlink_to(tmp_path / "reports" / "today.json")
    result = CliRunner().invoke(app, ["--claims", str(DATA / "en_cases.human.json"), "-f", "json", "-o", str(link), "-q"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and json.loads((tmp_path / "reports" / "today.json").read_text(encoding="utf-8"))["claims"]

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = CliRunner().invoke(app, ["--claims", str(DATA / "en_cases.human.json"), "-f", "json", "-o", str(pipe), "-q"])
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and json.loads(received[0])["claims"]


def test_min_severity_hides_findings_but_fail_on_still_weighs_them(tmp_path):
    output = tmp_path / "r.json"
    args = ["--claims", str(DATA / "seeds_claims.human.json"), "-f", "json", "-o", str(output), "-q"]
    result = CliRunner().invoke(app, [*args, "--min-severity", "high", "--fail-on", "low"])
    assert result.exit_code == 1  # the low findings are not shown, yet --fail-on low sees them
    report = json.loads(output.read_text(encoding="utf-8"))
    assert {c["severity"] for c in report["contradictions"]} == {"high"}
    assert report["stats"]["not_shown"] == {"low": 2}
    assert CliRunner().invoke(app, [*args, "--min-severity", "high"]).exit_code == 0
