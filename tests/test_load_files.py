"""Reading files and folders: encodings, HTML, ids, and every kind of bad input."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.load import load_paths

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DATA = Path(__file__).resolve().parent / "data" / "load"

ENGLISH = [
    "The defence ministers of eleven coalition countries met in Paris on Tuesday to review the Mosul offensive.",
    "The French defence minister said the Mosul offensive was going according to plan so far.",
    "He said the coalition would now prepare to isolate Raqqa, the other city held by the group.",
]


def seed_story(prefix: str) -> list[str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return load_paths([path])[0].paragraphs


def load_one(path: Path, **kwargs):
    (article,) = load_paths([path], **kwargs)
    return article


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- encodings and line ends ---------------------------------------------------------------


def test_bom_and_crlf_give_the_same_story_as_plain_utf8(tmp_path):
    plain = write(tmp_path / "plain.txt", "\n\n".join(ENGLISH))
    windows = write(tmp_path / "windows.txt", b"\xef\xbb\xbf" + "\r\n\r\n".join(ENGLISH).encode())
    old_mac = write(tmp_path / "old_mac.txt", "\r".join(ENGLISH).encode())
    stories = [load_one(path).paragraphs for path in (plain, windows, old_mac)]
    assert stories[0] == ENGLISH
    assert stories[1] == stories[0] == stories[2]
    assert load_one(windows).raw_chars == len("\r\n\r\n".join(ENGLISH))  # BOM is not text


def test_windows_arabic_cp1256_is_decoded(tmp_path):
    story = seed_story("001")[:4]
    article = load_one(write(tmp_path / "arabic.txt", "\n\n".join(story).encode("cp1256")))
    assert article.status == "ok"
    assert article.paragraphs == story
    assert article.language == "ar"


def test_latin1_is_decoded(tmp_path):
    french = [
        "Le ministre français de la Défense a déclaré mardi à Paris que l'offensive sur Mossoul se déroulait comme prévu.",
        "Selon lui, la coalition prépare déjà l'étape suivante à Raqqa, où l'organisation garde ses bastions.",
        "Le ministre a ajouté que la coopération des services de renseignement était plus nécessaire que jamais.",
    ]
    article = load_one(write(tmp_path / "french.txt", "\n".join(french).encode("latin-1")))
    assert article.paragraphs == french
    assert article.language == "en"  # not Arabic


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    article = load_one(write(tmp_path / "utf16.txt", "\n".join(ENGLISH).encode("utf-16")))
    assert article.status == "ok" and article.paragraphs == ENGLISH


# --- HTML -----------------------------------------------------------------------------------


def test_html_page_keeps_the_article_and_its_metadata():
    article = load_one(DATA / "page.human.html")
    text = "\n".join(article.paragraphs)
    assert article.status == "ok"
    assert article.title == "Ministers plan the next phase against the group"  # og:title wins
    assert article.published == date(2016, 10, 25)  # article:published_time, not the aside's <time>
    assert 'The French minister said the offensive was "going to plan" & on schedule.' in article.paragraphs
    assert "isolate Raqqa, the other city held by the group" in text  # a <br> inside a sentence
    for junk in ("var tracking", "color:", "Home", "Subscribe", "Most read", "Copyright", "Storm hits"):
        assert junk not in text
    assert article.dropped_chars > 0 and article.raw_chars == len((DATA / "page.human.html").read_text("utf-8"))


def test_html_without_meta_uses_h1_and_time(tmp_path):
    html = (
        "<html><head><title>Site | Paris meeting</title></head><body><article>"
        "<h1>Paris meeting of defence ministers</h1><time datetime='2016-10-25T10:00:00Z'>Tuesday</time>"
        + "".join(f"<p>{p}</p>" for p in ENGLISH)
        + "</article></body></html>"
    )
    article = load_one(write(tmp_path / "page.htm", html))
    assert article.title == "Paris meeting of defence ministers"
    assert article.published == date(2016, 10, 25)
    assert article.paragraphs == ENGLISH


def test_text_file_that_is_html_is_parsed_as_html(tmp_path):
    html = "<!DOCTYPE html><html><body><nav>Home News Sport</nav>" + "".join(f"<p>{p}</p>" for p in ENGLISH) + "</body></html>"
    article = load_one(write(tmp_path / "saved.txt", html))
    assert article.paragraphs == ENGLISH


# --- folders and ids ------------------------------------------------------------------------


def test_folder_is_searched_recursively_in_sorted_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = "\n".join(ENGLISH)
    for name in ("news/b.txt", "news/a.md", "news/sub/c.html", "news/sub/deeper/d.htm", "news/photo.jpg",
                 "news/notes.csv", "news/README.md", "news/.hidden.txt", "news/.git/e.txt"):
        write(tmp_path / name, body if not name.endswith(".html") else f"<p>{body}</p>")
    articles = load_paths([Path("news")])
    assert [a.path for a in articles] == [
        str(Path("news/a.md")), str(Path("news/b.txt")), str(Path("news/sub/c.html")), str(Path("news/sub/deeper/d.htm")),
    ]
    assert [a.id for a in articles] == ["a", "b", "c", "d"]
    assert all(a.status == "ok" for a in articles)


def test_same_stem_in_two_folders_gives_two_distinct_ids(tmp_path):
    body = "\n".join(ENGLISH)
    write(tmp_path / "agency/report.txt", body)
    write(tmp_path / "paper/report.txt", body)
    write(tmp_path / "paper/report.html", f"<p>{body}</p>")
    articles = load_paths([tmp_path])
    ids = [a.id for a in articles]
    assert len(articles) == 3 and len(set(ids)) == 3
    assert ids[0] == "agency-report"
    assert load_paths([tmp_path])[1].id == ids[1]  # deterministic


def test_same_file_named_twice_is_loaded_once(tmp_path):
    path = write(tmp_path / "one.txt", "\n".join(ENGLISH))
    assert len(load_paths([path, tmp_path, path])) == 1


def test_explicit_file_with_other_extension_is_read_as_text(tmp_path):
    assert load_one(write(tmp_path / "story.text", "\n".join(ENGLISH))).paragraphs == ENGLISH
    binary = load_one(write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"))
    assert binary.status == "failed" and "binary" in binary.error


def test_path_is_kept_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "x.txt", "\n".join(ENGLISH))
    assert load_one(Path("x.txt")).path == "x.txt"


# --- bad input: never raises, says why ------------------------------------------------------


def test_missing_path_fails(tmp_path):
    article = load_one(tmp_path / "nowhere.txt")
    assert article.status == "failed" and "does not exist" in article.error
    assert article.id == "nowhere" and article.paragraphs == []


@pytest.mark.parametrize(("content", "word"), [("", "empty"), (" \n\t\r\n  \u00a0", "whitespace")])
def test_empty_or_blank_file_is_skipped(tmp_path, content, word):
    article = load_one(write(tmp_path / "blank.txt", content))
    assert article.status == "skipped" and word in article.error


def test_binary_file_fails(tmp_path):
    article = load_one(write(tmp_path / "blob.txt", bytes(range(256)) * 4))
    assert article.status == "failed" and "binary" in article.error


def test_undecodable_file_without_nul_fails(tmp_path):
    article = load_one(write(tmp_path / "noise.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 50))
    assert article.status == "failed"
    assert "binary" in article.error or "encoding" in article.error


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_fails(tmp_path):
    path = write(tmp_path / "secret.txt", "\n".join(ENGLISH))
    path.chmod(0)
    try:
        article = load_one(path)
    finally:
        path.chmod(0o644)
    assert article.status == "failed" and "permission" in article.error


def test_permission_error_is_reported_even_when_running_as_root(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "\n".join(ENGLISH))

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    article = load_one(path)
    assert article.status == "failed" and "no permission to read" in article.error


@pytest.mark.parametrize("extra", [None, "photo.jpg"])
def test_folder_without_articles_is_one_skipped_entry(tmp_path, extra):
    folder = tmp_path / "empty"
    folder.mkdir()
    if extra:
        write(folder / extra, b"\xff\xd8")
    (article,) = load_paths([folder])
    assert article.status == "skipped" and "no articles" in article.error and article.id == "empty"


def test_too_long_article_fails_and_names_the_setting(tmp_path):
    text = "\n".join(ENGLISH)
    article = load_one(write(tmp_path / "long.txt", text), max_chars=len(text) - 1)
    assert article.status == "failed"
    assert f"{len(text) - 1:,}" in article.error and "CHECKER_MAX_ARTICLE_CHARS" in article.error
    assert load_one(tmp_path / "long.txt", max_chars=len(text)).status == "ok"


def test_huge_file_fails_without_being_decoded(tmp_path):
    article = load_one(write(tmp_path / "huge.txt", "word " * 50_000), max_chars=1_000)
    assert article.status == "failed" and "bytes" in article.error and "CHECKER_MAX_ARTICLE_CHARS" in article.error


def test_page_without_a_story_fails(tmp_path):
    article = load_one(write(tmp_path / "menu.txt", "Home\nNews\nSport\nContact us\n"))
    assert article.status == "failed" and "no main story" in article.error
    assert article.raw_chars > 0


def test_bad_entries_do_not_hide_good_ones(tmp_path):
    good = write(tmp_path / "good.txt", "\n".join(ENGLISH))
    blank = write(tmp_path / "blank.txt", "")
    articles = load_paths([tmp_path / "missing.txt", good, blank])
    assert [(a.id, a.status) for a in articles] == [("missing", "failed"), ("good", "ok"), ("blank", "skipped")]


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000) | st.binary(max_size=2000))
def test_any_content_gives_exactly_one_article_and_never_raises(content):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "any.txt", content)
        (article,) = load_paths([path], max_chars=1500)
    assert article.id == "any" and article.status in ("ok", "failed", "skipped")
    assert (article.status == "ok") == (article.error is None)
    assert article.status != "ok" or article.paragraphs
    assert sum(map(len, article.paragraphs)) + article.dropped_chars == article.raw_chars


def test_html_source_line_breaks_are_spaces(tmp_path):
    html = "<html><body><p>" + ENGLISH[0].replace(" met ", "\n   met ") + "</p><p>" + "</p><p>".join(ENGLISH[1:]) + "</p></body></html>"
    assert load_one(write(tmp_path / "wrapped.html", html)).paragraphs == ENGLISH


def test_arabic_html_page_gives_the_same_story_as_the_scraped_text(tmp_path):
    story = seed_story("004")
    stamp = "<p>تحديث: 18:07 تغ</p>"
    html = (
        '<html dir="rtl"><head><meta property="og:title" content="كارتر: بدأنا الاستعدادات لعزل الرقة">'
        "<title>اخبار العراق الان</title></head><body>"
        "<header><a>الرئيسية</a> » <a>أخبار عالمية</a></header>"
        "<div class='story'><h1>كارتر: بدأنا الاستعدادات لعزل الرقة</h1>"
        "<time datetime='2016-10-25'>25 أكتوبر 2016</time>"
        + "".join(f"<p>{p}</p>" for p in story[:8])
        + stamp
        + "".join(f"<p>{p}</p>" for p in story[8:])
        + "<p>المصدر: وكالات</p></div>"
        "<aside><h3>أخبار ذات صلة</h3><ul><li>مقتل 4 عسكريين سودانيين باشتباكات مع ميليشيات إثيوبية على…</li></ul></aside>"
        "<footer>جميع الحقوق محفوظة &copy; 2016</footer></body></html>"
    )
    article = load_one(write(tmp_path / "page.html", html))
    assert article.paragraphs == story
    assert article.title == "كارتر: بدأنا الاستعدادات لعزل الرقة"
    assert article.published.isoformat() == "2016-10-25"
    assert article.language == "ar"


def test_many_files_load_alike_in_two_processes(tmp_path, monkeypatch):
    # Pages made from the seeds, enough of them that the second half is loaded by a forked worker
    # (where forking is safe: no other thread running).
    from checker import parallel

    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(240):
        (tmp_path / f"page-{n:03d}.txt").write_bytes(seeds[n % len(seeds)].read_bytes() + f"\n\nPage {n}.\n".encode())
    (tmp_path / "page-100.txt").write_bytes(b"")  # skipped: empty
    (tmp_path / "page-200.txt").write_bytes(b"\xff\xfe\x00broken" * 3)  # in the worker's half
    forked = []

    original = parallel.Stream
    monkeypatch.setattr(parallel, "Stream", lambda *args, **kwargs: forked.append(1) or original(*args, **kwargs))
    alone = load_paths([tmp_path], workers=1)
    assert not forked
    shared = load_paths([tmp_path], workers=2)
    assert forked == ([1] if parallel.can_fork() else [])
    assert [a.model_dump() for a in shared] == [a.model_dump() for a in alone]
    assert len(shared) == 240 and [a.id for a in shared] == [f"page-{n:03d}" for n in range(240)]
    assert shared[100].status == "skipped" and sum(a.status == "ok" for a in shared) >= 238
