"""What one line of a page looks like: its words, its ending, and whether it is page furniture.

The patterns below are general signals of news-page furniture in Arabic and English (cookie and
copyright notices, comment forms, calls to subscribe, headings of link lists, breadcrumbs, update
stamps), not sentences of particular pages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.normalise.arabic import ARABIC_LETTER, LATIN_LETTER, fold

CLOSERS = re.escape("\"'”’»)]›")
ENDS_LIKE_SENTENCE = re.compile(rf"(?<!\.)[.!?؟][{CLOSERS}]*$")
# Two dots end any longer run too; `\.\.+` took time in the square of a run of dots (a table's leaders).
ENDS_WITH_ELLIPSIS = re.compile(rf"(…|\.\.)[{CLOSERS}]*$")
_WORD = re.compile(r"[^\W_]+")

LONG_BLOCK_WORDS = 30  # a block this long is prose even without a final full stop
_INNER_PUNCTUATION = re.compile(r"[.،,؛;:!?؟]\s")

# Boilerplate phrases: a line of at most 30 words containing one of these is page furniture.
_BOILERPLATE = re.compile(
    r"ملفات تعريف الارتباط|الكوكيز|\bcookies?\b|©|جميع الحقوق محفوظة|all rights reserved|"
    r"maintained and developed|powered by|security code|captcha|characters left|"
    r"شروط ال[اأ]ستخدام|شروط النشر|terms of (use|service)|privacy policy|سياسة الخصوصية|"
    r"تعبر عن رأي كت+ّ?ابها|لا تعبر بالضرورة|اُ?وافق على|"
    r"\bview on\b|ال[اإ]شتراك في النشرة|newsletter",
    re.IGNORECASE,
)
# Calls to action: junk only in a short line. Social networks and subscriptions only count when
# the line is not a sentence either ("وكتب الرئيس على تويتر ..." is news).
_PROMPT = re.compile(r"[اإ]ضغط هنا|click here|تابعونا|follow us|حسابنا على|قراؤنا من|sign up for", re.IGNORECASE)
_SOCIAL = re.compile(
    r"لل[اإ]شتراك|subscribe|[اإ]نستجرام|[اإ]نستغرام|instagram|فيسبوك|facebook|twitter|تويتر|"
    r"whatsapp|واتساب|telegram|تلغرام|تيليجرام|youtube|يوتيوب",
    re.IGNORECASE,
)
_PROMPT_MAX_WORDS = 16
# Headings of link lists and page sections, compared after fold() and without punctuation.
_SECTION_HEADINGS = {
    fold(h)
    for h in (
        "التعليقات", "تعليقات", "أضف تعليق", "اترك تعليقا", "أخبار ذات صلة", "مواضيع ذات صلة",
        "مقالات ذات صلة", "اخر الاخبار", "آخر الأخبار",
        "الأخبار الأكثر قراءة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "فن وموسيقى",
        "رياضة", "أخبار النجوم", "صحة وتغذية", "منوعات", "اقتصاد", "شارك", "شارك الخبر",
        "الإسم", "الاسم", "البريد الإلكتروني", "البريد الألكتروني", "تعليق", "عنوان التعليق",
        "comments", "leave a comment", "related", "related articles", "related stories",
        "more stories", "most read", "most popular", "trending", "share", "share this",
        "you may also like", "recommended",
    )
}
# Interruptions inside a story ("Read also: <link>", advertisements): dropped, the story goes on.
_INTERRUPTION = re.compile(
    r"^(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|المزيد)|^(شاهد|طالع) (أيضا|أيضاً|ايضا)|^(read|see) (also|more)\b|"
    r"^(advertisement|sponsored|إعلان)$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"[»›]|\s>\s")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(:\d{2})?\b")
_STAMP_WORDS = re.compile(r"تحديث|GMT|UTC|تغ\b|بتوقيت|updated|published|نشر في", re.IGNORECASE)
_CREDIT = re.compile(r"^(المصدر|مصدر الخبر|source|sources|credit|photo)\s*[:：]", re.IGNORECASE)
DATELINE = re.compile(r"^\S+(\s\S+)?\s[-ـ–—]\s")  # "أنقرة - جلال فواز", "باريس ـ المغرب اليوم"


def looks_like_prose(line: str, words: int) -> bool:
    """Ends like a sentence, or is a long block with punctuation inside (not a flattened menu)."""
    if ENDS_LIKE_SENTENCE.search(line):
        return True
    return words >= LONG_BLOCK_WORDS and bool(_INNER_PUNCTUATION.search(line))


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


@lru_cache(maxsize=4096)  # asked of each line of a page three times (kind, heading, title)
def letters_key(line: str) -> str:
    return " ".join(_WORD.findall(fold(line)))


def is_junk(line: str, words: int, arabic_page: bool) -> bool:
    if ENDS_WITH_ELLIPSIS.search(line) and words <= 40:
        return True  # a teaser: a headline or summary cut off
    if words <= 30 and _BOILERPLATE.search(line):
        return True
    if words <= _PROMPT_MAX_WORDS and _PROMPT.search(line):
        return True
    if words <= _PROMPT_MAX_WORDS and _SOCIAL.search(line) and not ENDS_LIKE_SENTENCE.search(line):
        return True
    if words <= 6 and line.endswith("*"):
        return True  # a form field label: "الإسم *"
    if letters_key(line) in _SECTION_HEADINGS:
        return True
    if words <= 10 and _BREADCRUMB.search(line) and "«" not in line:
        return True
    if arabic_page and not ARABIC_LETTER.search(line) and LATIN_LETTER.search(line):
        return True
    return False


def is_noise(line: str, words: int) -> bool:
    if _CREDIT.search(line) or (words <= 25 and _INTERRUPTION.search(line)):
        return True
    if words <= 12 and _CLOCK.search(line):
        return True
    return words <= 6 and bool(_STAMP_WORDS.search(line))
