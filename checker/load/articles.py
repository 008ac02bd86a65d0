"""Load stage: files and folders → `Article`s holding the cleaned main story.

Text (.txt, .md) and HTML (.html, .htm) are read; folders are searched recursively in sorted order,
leaving out hidden files and documentation (README, LICENSE, ...). A file named explicitly is read
whatever its extension.
A bad input never raises: it becomes an Article with status "failed" (missing, unreadable, binary,
undecodable, too long, no main story) or "skipped" (empty, a folder without articles) and an
`error` saying why. An article longer than `max_chars` characters after decoding fails rather
than being truncated, so a story is never silently cut; the limit comes from
CHECKER_MAX_ARTICLE_CHARS.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from charset_normalizer import from_bytes

from checker.load.html import looks_like_html, parse_html
from checker.normalise.arabic import is_arabic
from checker.load.sentences import split_sentences
from checker.load.mainstory import main_story, page_lines
from checker.models import Article

__all__ = ["load_paths", "split_sentences", "article_sentences"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
# Documentation kept next to articles; skipped when scanning a folder, loaded when named explicitly.
NOT_ARTICLES = re.compile(r"^(readme|license|licence|changelog|contributing)\b", re.IGNORECASE)
MAX_BYTES_PER_CHAR = 4  # UTF-8 worst case: a bigger file cannot fit the character limit
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class LoadError(Exception):
    """A file that cannot become an article; the message is shown to the user."""

    def __init__(self, message: str, status: str = "failed") -> None:
        super().__init__(message)
        self.status = status


def load_paths(paths: list[Path], max_chars: int = 200_000, workers: int | None = 1) -> list[Article]:
    """Articles for the given files and folders, in the order given (folders sorted inside).
    `workers`: processes many files may be loaded in (None: one per core; 1: this one alone).

    Never raises for a bad input: each file gives one Article, "ok", "failed" or "skipped" with an
    `error` for people. A file over `max_chars` characters (after decoding) fails with a message
    naming the limit and CHECKER_MAX_ARTICLE_CHARS; it is not truncated. The same file named twice
    is loaded once. Article ids are file stems; files sharing a stem are told apart by their
    parent folder ("agency-report", "paper-report"), then by extension.
    """
    entries: list[tuple[Path, Article | None]] = []  # (path, a ready failed/skipped entry)
    seen: set[Path] = set()
    for given in paths:
        given = Path(given)
        if _is_dir(given):
            files, problems = _folder_files(given)
            entries.extend((path, article) for path, article in problems)
            if not files and not problems:
                entries.append((given, _entry(given, "skipped", _no_articles_message(given))))
            for path in files:
                if _first_time(path, seen):
                    entries.append((path, None))
        elif _first_time(given, seen):
            entries.append((given, None))
    ids = _unique_ids([path for path, _ in entries])
    loaded = _load_files([path for path, ready in entries if ready is None], max_chars, workers)
    articles = []
    for (path, ready), article_id in zip(entries, ids):
        article = ready or next(loaded)
        article.id = article_id
        articles.append(article)
    return articles


# Below this many files, loading them takes less time than starting a worker process.
_PARALLEL_FROM = 200


def _load_files(paths: list[Path], max_chars: int, workers: int | None) -> Iterator[Article]:
    """The files' articles in order: the second half loaded by a forked worker while this process
    loads the first, when there are enough files and a second core (a rerun of a day's wire is
    mostly loading)."""
    from checker import parallel  # only for many files

    if not parallel.worth_a_worker(len(paths), workers, minimum=_PARALLEL_FROM):
        return (_load_file(path, max_chars) for path in paths)
    half = len(paths) // 2
    stream = parallel.Stream(partial(_load_all, paths[half:], max_chars))
    try:
        mine = [_load_file(path, max_chars) for path in paths[:half]]
        theirs = stream.next()
    finally:
        stream.close()
    return iter(mine + theirs)


def _load_all(paths: list[Path], max_chars: int) -> Iterator[list[Article]]:
    yield [_load_file(path, max_chars) for path in paths]


def article_sentences(article: Article) -> list[tuple[int, str]]:
    """(paragraph index, sentence) for every sentence of the article's main story, in order."""
    return [(index, sentence) for index, paragraph in enumerate(article.paragraphs) for sentence in split_sentences(paragraph)]


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # unreadable parent, NUL in the name: reported when loading
        return False


def _first_time(path: Path, seen: set[Path]) -> bool:
    try:
        key = path.resolve()
    except (OSError, RuntimeError, ValueError):
        key = path
    if key in seen:
        return False
    seen.add(key)
    return True


def _folder_files(folder: Path) -> tuple[list[Path], list[tuple[Path, Article]]]:
    """Article files under a folder (hidden and documentation files skipped), and entries for
    unreadable subfolders."""
    files: list[Path] = []
    problems: list[tuple[Path, Article]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        problems.append((where, _entry(where, "failed", f"cannot read folder {where}: {error.strerror or error}")))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(root) / name for name in names if _is_article_name(name))
    files.sort(key=lambda p: p.relative_to(folder).as_posix())
    return files, problems


def _is_article_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(ARTICLE_SUFFIXES) and not NOT_ARTICLES.match(name)


def _no_articles_message(folder: Path) -> str:
    return f"folder {folder} has no articles (no {', '.join(ARTICLE_SUFFIXES)} files)"


def _unique_ids(paths: list[Path]) -> list[str]:
    """File stems; where equal, prefixed with the parent folder, then suffixed with the extension."""
    ids = [path.stem or path.name or "article" for path in paths]
    for qualify in (
        lambda i: f"{paths[i].parent.name}-{ids[i]}" if paths[i].parent.name else ids[i],
        lambda i: f"{ids[i]}{paths[i].suffix.lower()}",
    ):
        counts = Counter(ids)
        clashing = [i for i, name in enumerate(ids) if counts[name] > 1]
        for i, name in [(i, qualify(i)) for i in clashing]:
            ids[i] = name
    taken: dict[str, int] = {}
    for i, name in enumerate(ids):  # last resort: number what is still equal
        count = taken.get(name, 0)
        taken[name] = count + 1
        if count:
            ids[i] = f"{name}-{count + 1}"
    return ids


def _entry(path: Path, status: str, error: str) -> Article:
    return Article(id=path.stem or path.name, path=str(path), status=status, error=error)


def _load_file(path: Path, max_chars: int) -> Article:
    try:
        return _read_article(path, max_chars)
    except LoadError as problem:
        return _entry(path, problem.status, str(problem))
    except Exception as problem:  # a file must never stop the run
        return _entry(path, "failed", f"could not load {path}: {type(problem).__name__}: {problem}")


def _read_article(path: Path, max_chars: int) -> Article:
    text = _read_text(path, max_chars)
    if not text.strip():
        raise LoadError(f"{path} is empty" if not text else f"{path} contains only whitespace", "skipped")
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        page = parse_html(text)
        lines, title, published = page_lines(page.text), page.title, page.published
    else:
        lines, title, published = page_lines(text), None, None
    story = main_story(lines)
    article = Article(
        id=path.stem,
        path=str(path),
        title=title or story.title,
        published=published or story.published,
        language=_language(" ".join(story.paragraphs) or text),
        paragraphs=story.paragraphs,
        raw_chars=len(text),
        dropped_chars=len(text) - sum(map(len, story.paragraphs)),
    )
    if not story.paragraphs:
        article.status = "failed"
        article.error = (
            f"no main story found in {path}: no paragraph of 8 or more words that reads as prose "
            "(page furniture such as menus, headlines and notices is ignored)"
        )
    return article


def _language(text: str) -> str | None:
    if not any(ch.isalpha() for ch in text):
        return None
    return "ar" if is_arabic(text) else "en"


def _read_text(path: Path, max_chars: int) -> str:
    if not path.exists() and not path.is_symlink():
        raise LoadError(f"{path} does not exist")
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(_no_articles_message(path), "skipped")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(f"{path} is not a regular file")
        if info.st_size > MAX_BYTES_PER_CHAR * max_chars + 4:
            raise LoadError(_too_long(path, f"{info.st_size:,} bytes", max_chars))
        data = path.read_bytes()
    except PermissionError:
        raise LoadError(f"no permission to read {path}") from None
    except FileNotFoundError:
        raise LoadError(f"{path} does not exist (a broken link?)") from None
    except OSError as problem:
        raise LoadError(f"cannot read {path}: {problem.strerror or problem}") from None
    text = decode(data, path)
    if len(text) > max_chars:
        raise LoadError(_too_long(path, f"{len(text):,} characters", max_chars))
    return text


def _too_long(path: Path, size: str, max_chars: int) -> str:
    return (
        f"{path} is too long: {size}, the limit is {max_chars:,} characters per article "
        "(raise it with the environment variable CHECKER_MAX_ARTICLE_CHARS)"
    )


# Encodings of Arabic and Western news pages, preferred when the detector finds them about as
# likely as an exotic one (short French text in latin-1 otherwise reads as Baltic cp1257).
PREFERRED_ENCODINGS = ("cp1256", "iso8859_6", "cp1252", "latin_1", "iso8859_15")
_CHAOS_MARGIN = 0.05


def _detected_text(data: bytes) -> str | None:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    close = {m.encoding: m for m in matches if m.chaos <= best.chaos + _CHAOS_MARGIN}
    chosen = next((close[name] for name in PREFERRED_ENCODINGS if name in close), best)
    return str(chosen)


def decode(data: bytes, path: Path | str = "file") -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with BOM, else the detected encoding.

    Raises LoadError for binary data. Line ends are left as they are.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise LoadError(f"{path} looks binary (it contains NUL bytes), not a text or HTML article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _detected_text(data)
    if text is None or len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise LoadError(f"{path} is not readable text: its encoding could not be recognised (is it binary?)")
    return text
