"""`check --claims FILE`: comparison alone, from the command line, on the hand-made sets."""

import json
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
        print(sorted(m for m in ('checker.extract', 'checker.load', 'checker.llm.client', 'openai', 'instructor')
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
