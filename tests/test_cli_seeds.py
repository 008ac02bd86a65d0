"""The newcomer's first run: `check seeds/` from the shipped recordings, offline, through the CLI."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.load import load_paths
from tests.fresh import run_python

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NEWS = ["000_b2b79003c325ce42", "001_f0748d1ffc1ae275", "003_dece337876a978ef", "004_e5e8996a57b39473"]
# Page junk of the seeds: none of it may become a claim.
JUNK = ["الشوكولاتة", "صادرات تركيا", "ملفات تعريف الارتباط", "View on", "بايدن", "كورونا", "إنستجرام", "التعليقات", "yeslibya", "هيلاري"]


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("run") / "r.json"
    env = {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "CHECKER_MODEL": ""}
    result = CliRunner().invoke(app, [str(SEEDS), "--offline", "--quiet", "--format", "json", "--output", str(out)], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_every_seed_is_checked_from_recordings(seeds_report):
    articles = {a["id"]: a for a in seeds_report["articles"]}
    assert sorted(articles) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for article in articles.values():
        assert article["status"] == "ok", article
        assert article["llm_calls"] == 0 and article["replayed"] > 0
        assert article["model"]
    assert seeds_report["version"] == 1
    assert articles["004_e5e8996a57b39473"]["published"] == "2016-10-25"


def test_news_seeds_have_verbatim_claims_and_none_from_junk(seeds_report):
    texts = {a.id: a.text for a in load_paths([SEEDS])}
    raw = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    by_article: dict[str, list[dict]] = {}
    for claim in seeds_report["claims"]:
        by_article.setdefault(claim["article"], []).append(claim)
        assert claim["quote"] in texts[claim["article"]]
        assert claim["quote"] in raw[claim["article"]].replace("&", "\n")
        assert not any(junk in claim["quote"] for junk in JUNK), claim["quote"]
        for field in ("date", "location"):
            if claim[field]:
                assert claim[field].replace("ـ", "") in claim["quote"].replace("ـ", "") or claim[field] in texts[claim["article"]]
    for news in NEWS:
        assert len(by_article.get(news, [])) >= 5, news
    assert by_article.get("002_e7dfd1d52d19179a"), "the unrelated story is extracted like any other"


def test_offline_run_opens_no_connection(monkeypatch, tmp_path):
    def no_network(*args, **kwargs):
        raise AssertionError("an offline run tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    env = {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "OPENAI_API_KEY": "sk-test-offline-0000", "OPENAI_BASE_URL": ""}
    out = tmp_path / "r.json"
    result = CliRunner().invoke(app, [str(SEEDS), "--offline", "-q", "-f", "json", "-o", str(out)], env=env)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert all(a["status"] == "ok" for a in report["articles"])


def test_offline_article_without_recording_says_how_to_configure(tmp_path):
    article = tmp_path / "new.txt"
    article.write_text("قال وزير الخارجية إن الاجتماع سيعقد غدا في القاهرة لبحث الأوضاع في المنطقة وسبل التعاون.\n", encoding="utf-8")
    out = tmp_path / "r.json"
    env = {"CHECKER_FIXTURES_DIR": str(tmp_path / "none"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    result = CliRunner().invoke(app, [str(article), "--offline", "-q", "-f", "json", "-o", str(out)], env=env)
    assert result.exit_code == 3
    (entry,) = json.loads(out.read_text(encoding="utf-8"))["articles"]
    assert entry["status"] == "failed" and "OPENAI_API_KEY" in entry["error"]


@pytest.mark.parametrize("offline", [False, True])
def test_a_failed_article_is_one_line_of_the_terminal_report_naming_offline_only_when_given(tmp_path, offline):
    article = tmp_path / "new.txt"
    article.write_text("قال وزير الخارجية إن الاجتماع سيعقد غدا في القاهرة لبحث الأوضاع في المنطقة وسبل التعاون.\n", encoding="utf-8")
    env = {"CHECKER_FIXTURES_DIR": str(tmp_path / "none"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    out = tmp_path / "r.txt"
    result = CliRunner().invoke(app, [str(article), "-q", "-o", str(out)] + ["--offline"] * offline, env=env)
    assert result.exit_code == 3
    report = out.read_text(encoding="utf-8")
    assert report.count("OPENAI_API_KEY") == 1 and "warning" not in report
    assert ("--offline" in report) is offline


@pytest.mark.parametrize(
    "args, message",
    [([], "give article files"), (["seeds", "--claims", "x.json"], "not both"), (["seeds", "--offline", "--refresh"], "cannot be used together"),
     (["no-such-folder/", "no-such.txt"], "no such file or folder: no-such-folder, no-such.txt")],
)
def test_usage_errors_exit_2_with_a_clear_message(args, message):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_a_missing_path_beside_others_is_a_failed_article_not_a_usage_error(tmp_path):
    env = {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "CHECKER_MODEL": ""}
    out = tmp_path / "r.json"
    missing = tmp_path / "typo.txt"
    result = CliRunner().invoke(app, [str(ROOT / "seeds"), str(missing), "-q", "-f", "json", "-o", str(out)], env=env)
    assert result.exit_code == 3
    by_id = {a["id"]: a for a in json.loads(out.read_text(encoding="utf-8"))["articles"]}
    assert by_id["typo"]["status"] == "failed" and len(by_id) == 6


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json"])
def test_a_report_reaches_a_standard_output_that_cannot_encode_arabic_as_utf8(fmt):
    # A file redirected on Windows, or PYTHONIOENCODING=ascii: the report goes out as UTF-8, whole.
    def shown(encoding: str) -> bytes:
        env = {"PYTHONIOENCODING": encoding, "CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"),
               "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "CHECKER_MODEL": ""}
        done = run_python(["-m", "checker.cli", str(SEEDS), "--offline", "--quiet", "--format", fmt], env)
        assert done.returncode == 0, done.stderr.decode()
        return done.stdout

    ascii_out, utf8_out = shown("ascii"), shown("utf-8")
    if fmt == "json":  # the same report but for how long the run took
        ascii_report, utf8_report = json.loads(ascii_out), json.loads(utf8_out)
        for report in (ascii_report, utf8_report):
            del report["stats"]["seconds"]
        assert ascii_report == utf8_report and "لودريان".encode() in ascii_out
    else:
        assert ascii_out == utf8_out and "لودريان" in ascii_out.decode("utf-8")
