"""A JSON report whose claims a worker rendered while they were compared is byte for byte the report
rendered in one go. The tests that fork run in a fresh interpreter (`tests/fresh.py`)."""

import errno
import json
import os
import subprocess
import tempfile

import pytest

from checker.cli import _write_report
from checker.models import Claim, Report
from checker.report.json import ClaimsAhead, Region, render_json_bytes
from tests.fresh import ROOT, fresh_python, run_python

SAMPLE = ROOT / "tests" / "data" / "reports" / "sample_ar.handmade.json"


def awkward_claims(count: int) -> list[Claim]:
    """Claims with what a serializer may trip on: line breaks, quotes and backslashes in text, Arabic,
    empty and missing fields, extra fields kept from a claims file."""
    claims = []
    for n in range(count):
        extra = {"outlet_note": {"kept": [n, None, "«نص»"]}} if n % 3 == 0 else {}
        claims.append(Claim(article=f"a{n % 4}", id=f"a{n % 4}-{n}", statement=f'قال "الوزير"\n{n}\\ ',
                            quote=None if n % 2 else f"«{n} وزيرا»\t", speaker="" if n % 5 == 0 else "لودريان",
                            sentence=n if n % 2 else None, **extra))
    return claims


def test_claims_rendered_by_a_worker_make_the_report_rendered_in_one_go_even_if_it_dies():
    out = fresh_python("""
        import json, os, signal, sys
        from checker import parallel
        from checker.models import Report
        from checker.report import json as report_json
        from tests.test_report_json_ahead import awkward_claims
        parallel.MIN_ITEMS = 1
        report_json._CHUNK = 4  # several chunks, the last one short
        report = Report.model_validate_json(open(sys.argv[1], encoding="utf-8").read())
        report.claims = report.claims + awkward_claims(23)
        whole = Report.__pydantic_serializer__.to_json(report, indent=2)
        results = []
        for dies in (False, True):
            ahead = report_json.ClaimsAhead()
            ahead.start(report.claims)
            worker = ahead._stream._worker
            if dies:
                os.kill(worker.pid, signal.SIGKILL)
            pieces = report_json.render_json_pieces(report, ahead)
            chunks = -(-len(report.claims) // 4)
            results.append({"forked": worker is not None, "pieces": len(pieces) == 2 + 2 * chunks + 1 and chunks > 2,
                            "same": b"".join(map(report_json.piece_bytes, pieces)) == whole,
                            "in a file": sum(isinstance(p, report_json.Region) for p in pieces) == chunks})
        print(json.dumps(results))
    """, str(SAMPLE))
    assert json.loads(out) == [{"forked": True, "pieces": True, "same": True, "in a file": True}] * 2


def test_claims_rendered_ahead_are_not_used_for_other_claims():
    out = fresh_python("""
        import json, sys
        from checker import parallel
        from checker.models import Report
        from checker.report import json as report_json
        from tests.test_report_json_ahead import awkward_claims
        parallel.MIN_ITEMS = 1
        claims = awkward_claims(9)
        ahead = report_json.ClaimsAhead()
        ahead.start(claims)
        forked = ahead._stream is not None and ahead._stream._worker is not None
        changed = [c.model_copy() for c in claims]
        changed[4].statement = "changed after it was rendered"
        report = Report(claims=changed)
        rendered = report_json.render_json_bytes(report, ahead)
        print(json.dumps({"forked": forked, "ok": rendered == Report.__pydantic_serializer__.to_json(report, indent=2),
                          "changed": "changed after it was rendered" in rendered.decode()}))
    """)
    assert json.loads(out) == {"forked": True, "ok": True, "changed": True}


def test_a_small_or_single_process_run_renders_in_one_go():
    claims = awkward_claims(30)
    report = Report(claims=claims)
    for ahead in (ClaimsAhead(), ClaimsAhead(workers=1)):
        ahead.start(claims)  # below parallel.MIN_ITEMS, and workers=1 forbids a worker
        assert ahead._stream is None
        assert render_json_bytes(report, ahead) == Report.__pydantic_serializer__.to_json(report, indent=2)


def sample_claims_file(folder):
    """The sample report's articles and claims as a claims file in `folder`, and the report."""
    claims_file = folder / "claims.json"
    report = Report.model_validate_json(SAMPLE.read_text(encoding="utf-8"))
    claims_file.write_text(json.dumps({"articles": [a.model_dump(mode="json") for a in report.articles],
                                       "claims": [c.model_dump(mode="json") for c in report.claims]}, ensure_ascii=False),
                           encoding="utf-8")
    return claims_file, report


def test_the_cli_writes_the_same_json_report_with_and_without_a_worker(tmp_path):
    claims_file, report = sample_claims_file(tmp_path)
    out = fresh_python("""
        import json, os, sys
        from typer.testing import CliRunner
        from checker import parallel
        from checker.cli import app
        from checker.report import json as report_json
        parallel.MIN_ITEMS = 1
        report_json._CHUNK = 2
        forked = []
        start = report_json.ClaimsAhead.start
        def start_and_note(self, claims):
            start(self, claims)
            forked.append(self._stream is not None and self._stream._worker is not None)
        report_json.ClaimsAhead.start = start_and_note
        claims, folder = sys.argv[1], sys.argv[2]
        runner = CliRunner()
        for name, workers in (("ahead.json", "2"), ("one.json", "1")):
            done = runner.invoke(app, ["--claims", claims, "--format", "json", "--output", os.path.join(folder, name), "-q"],
                                 env={"CHECKER_WORKERS": workers})
            assert done.exit_code == 0, done.output
        shown = runner.invoke(app, ["--claims", claims, "--format", "json"], env={"CHECKER_WORKERS": "2"})
        with open(os.path.join(folder, "shown.json"), "w", encoding="utf-8") as file:
            file.write(shown.stdout)
        print(json.dumps(forked))
    """, str(claims_file), str(tmp_path))
    assert json.loads(out) == [True, False, True]
    ahead, one, shown = ((tmp_path / name).read_bytes() for name in ("ahead.json", "one.json", "shown.json"))
    assert ahead == one == shown
    assert len(Report.model_validate_json(ahead).claims) == len(report.claims)


@pytest.mark.parametrize("system_copy", [True, False])
def test_a_report_written_with_rendered_regions_holds_their_bytes_and_ends_a_line(tmp_path, monkeypatch, system_copy):
    if not system_copy:  # as where copy_file_range is missing or refuses the two files
        def refuse(*args):
            raise OSError(errno.EXDEV, "cross-device")
        monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    one, two = "«نص» first\n".encode() + b"x" * 70_000, b"\nsecond"
    rendered = tempfile.TemporaryFile()
    rendered.write(one + two)
    rendered.flush()
    first, second = Region(rendered, 0, len(one)), Region(rendered, len(one), len(two))
    for pieces, expected in (([b"head\n", first, b"--", second, b"tail"], b"head\n" + one + b"--" + two + b"tail\n"),
                             ([b"head\n", first, b"", second], b"head\n" + one + two + b"\n"),
                             ([b"head\n", second, first], b"head\n" + two + one + b"\n")):
        output = tmp_path / "report.json"
        _write_report(output, pieces)
        assert output.read_bytes() == expected.replace(b"\n", os.linesep.encode())
    rendered.close()


def test_claims_that_cannot_be_rendered_into_a_file_are_rendered_with_the_report():
    out = fresh_python("""
        import errno, json, os
        from checker import parallel
        from checker.models import Report
        from checker.report import json as report_json
        from tests.test_report_json_ahead import awkward_claims
        parallel.MIN_ITEMS = 1
        def full(*args):
            raise OSError(errno.ENOSPC, "No space left on device")
        os.pwrite = full  # in the worker, and here once the worker has failed
        report = Report(claims=awkward_claims(9))
        ahead = report_json.ClaimsAhead()
        ahead.start(report.claims)
        rendered = report_json.render_json_bytes(report, ahead)
        print(json.dumps(rendered == Report.__pydantic_serializer__.to_json(report, indent=2)))
    """)
    assert json.loads(out) is True


_RUN_CHECK = """
import sys
from checker import parallel
from checker.report import json as report_json
parallel.MIN_ITEMS = 1
report_json._CHUNK = 2
take = report_json.ClaimsAhead.take
def take_and_tell(self, claims):
    pieces = take(self, claims)
    print("claims in a file" if pieces else "claims rendered here", file=sys.stderr)
    return pieces
report_json.ClaimsAhead.take = take_and_tell
sys.argv = ["check", "--claims", *sys.argv[1:], "--format", "json", "--quiet"]
from checker.cli import run
run()
"""


def test_the_json_report_on_standard_output_is_the_report_file_whether_a_file_or_a_pipe(tmp_path):
    claims_file, report = sample_claims_file(tmp_path)
    def check(*args, stdout=subprocess.PIPE):  # on an ASCII terminal: JSON goes out as UTF-8 anyway
        done = run_python(["-c", _RUN_CHECK, str(claims_file), *args], {"PYTHONIOENCODING": "ascii"}, stdout)
        assert done.returncode == 0 and "claims in a file" in done.stderr.decode(), done.stderr.decode()
        return done.stdout

    check("--output", str(tmp_path / "report.json"))
    written = (tmp_path / "report.json").read_bytes()
    with open(tmp_path / "shown.json", "wb") as shown:  # copied from file to file
        check(stdout=shown)
    piped = check()  # read and written: a pipe is no file to copy into
    assert written == (tmp_path / "shown.json").read_bytes() == piped
    assert any("\u0600" <= ch <= "\u06ff" for ch in piped.decode("utf-8")), "Arabic, as UTF-8, on an ASCII terminal"
    assert len(Report.model_validate_json(piped).claims) == len(report.claims)
