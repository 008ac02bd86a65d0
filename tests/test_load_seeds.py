"""Main-story extraction on the five scraped seed pages: what is kept, what is dropped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checker.load import load_paths
from checker.load.mainstory import split_glued_paragraphs

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed_path(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def raw_lines(prefix: str) -> list[str]:
    text = split_glued_paragraphs(seed_path(prefix).read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip()]


def lines_between(prefix: str, first_start: str, last_end: str) -> list[str]:
    lines = raw_lines(prefix)
    first = next(i for i, line in enumerate(lines) if line.startswith(first_start))
    last = next(i for i, line in enumerate(lines) if line.endswith(last_end))
    return lines[first : last + 1]


@pytest.fixture(scope="module")
def seeds() -> dict[str, object]:
    articles = load_paths([SEEDS])
    return {article.id[:3]: article for article in articles}


def test_folder_gives_the_five_seed_articles_in_order(seeds):
    assert list(seeds) == ["000", "001", "002", "003", "004"]  # README.md is not an article
    assert all(article.status == "ok" and article.error is None for article in seeds.values())
    assert all(article.language == "ar" for article in seeds.values())


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_kept_paragraphs_are_verbatim_and_junk_was_dropped(seeds, prefix):
    article = seeds[prefix]
    raw = seed_path(prefix).read_text(encoding="utf-8")
    split_raw = split_glued_paragraphs(raw)
    assert article.raw_chars == len(raw)
    assert article.paragraphs
    for paragraph in article.paragraphs:
        assert paragraph == paragraph.strip() and "\n" not in paragraph
        assert paragraph in split_raw
    assert article.dropped_chars == article.raw_chars - sum(map(len, article.paragraphs)) > 0
    assert article.title is None or article.title not in article.paragraphs


def text_of(article) -> str:
    return "\n".join(article.paragraphs)


def test_000_story_without_unrelated_items_below_it(seeds):
    article = seeds["000"]
    story = raw_lines("000")[:11]
    assert article.paragraphs == story
    assert story[0].startswith("قال وزير الدفاع الفرنسي جون إيف لو دريان")
    for kept in ("ومن جانبه، قال كارتر", "روسيا لا تشارك"):
        assert kept in text_of(article)
    for dropped in ("الشوكولاتة", "صادرات تركيا", "ملفات تعريف الارتباط", "سوجوتلو", "أردوغان. الثلاثاء"):
        assert dropped not in text_of(article)
    assert article.title is None
    assert article.published is None


def test_001_story_ends_before_the_link_lists(seeds):
    article = seeds["001"]
    expected = lines_between("001", "قال وزير الدفاع الفرنسي، جان إيف لو دريان، الثلاثاء", "تغطية تكلفة عملية الموصل.")
    assert len(expected) == 14
    assert article.paragraphs == expected
    for dropped in ("View on libyatoday.net", "أخبار ذات صلة", "بايدن", "كورونا", "الرئيسية »", "باريس ـ المغرب اليوم"):
        assert dropped not in text_of(article)


def test_002_story_without_comment_form_and_other_articles_dates(seeds):
    article = seeds["002"]
    expected = lines_between("002", "دعت تركيا روسيا", "بين الرئيسين والمسؤولين العسكريين للبلدين.")
    assert len(expected) == 4 and expected[-1].startswith("وأضاف, ")
    assert article.paragraphs == expected
    for dropped in ("الإسم", "Security Code", "شروط النشر", "GMT", "جميع الحقوق محفوظة", "yeslibya", "هيلاري"):
        assert dropped not in text_of(article)
    assert article.title == "تركيا تدعو روسيا إلى شن عمليات عسكرية مشتركة ضد داعش في سورية"
    assert article.published is None  # the dated lines belong to other articles


def test_003_glued_story_is_split_into_paragraphs(seeds):
    article = seeds["003"]
    (glued,) = [line for line in seed_path("003").read_text(encoding="utf-8").splitlines() if "&" in line]
    expected = [part.strip() for part in glued.split("&")]
    assert len(expected) > 10
    assert article.paragraphs == expected
    assert article.paragraphs[0].startswith("أعلنت وزارة الدفاع الأميركية")
    assert article.paragraphs[-1].endswith("وأصبحت معقلا لهم.")
    for dropped in ("إنستجرام", "إضغط هنا", "التعليقات", "إيلاف"):
        assert dropped not in text_of(article)
    assert article.title == "اجتماع لوزراء دفاع الدول المشاركة في محاربة داعش في باريس"


def test_004_all_three_updates_kept_without_their_stamps(seeds):
    article = seeds["004"]
    expected = [
        line
        for line in lines_between("004", "أعلن وزير الدفاع الأميركي آشتون كارتر الثلاثاء", "التي يطرحها الهجوم.")
        if not line.startswith("تحديث")
    ]
    assert article.paragraphs == expected
    starts = [p for p in article.paragraphs if p.startswith("قال وزير الدفاع الأميركي آشتون كارتر الثلاثاء")]
    assert starts and any(p.startswith("يعقد وزراء دفاع 13 دولة") for p in article.paragraphs)
    for dropped in ("تحديث", "المصدر", "اخبار العراق الان", "عاجل", "2016-10-25"):
        assert dropped not in text_of(article)
    assert article.title == "كارتر: بدأنا الاستعدادات لعزل الرقة"
    assert article.published == date(2016, 10, 25)
