"""Function words of Arabic and English, and the content-word keys used to compare wording."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from checker.normalise.arabic import fold, strip_article
from checker.normalise.memo import WordMemo

_ARABIC = """
في من إلى الى على عن مع بين حتى منذ عند لدى خلال قبل بعد أمام امام وراء حول ضد دون عبر نحو لكن لكنه لكنها
أن إن أنه إنه أنها إنها أنهم انه انها ان و أو او ثم بل لا لم لن ما ماذا هل قد كان كانت يكون تكون كما وكما
هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين هو هي هم هن نحن أنا انا أنت كل بعض غير أي اي إذا اذا
لقد وقد فقد وقال قال قالت يقول تقول أضاف وأضاف اضاف واضاف أكد وأكد اكد واكد أوضح وأوضح أشار وأشار اشار واشار
مشيرا مضيفا مؤكدا موضحا وتابع تابع وذكر ذكر أعلن وأعلن اعلن واعلن أيضا ايضا فيه فيها به بها له لها لهم منه منها
عليه عليها إليه اليه إليها اليها عنه عنها تم وتم يتم حيث وفي ومن وعلى وإلى والى فإن وإن بأن لأن وأن كذلك وذلك
جانبه جانبها ومن جانبه بحسب وفق وفقا حسب الى الذي مثل بشأن
"""
_ENGLISH = """
a an the and or but if of in on at to from by with for about as into onto over under after before during
since until than that this these those there here it its it's he she they them his her their we our us you
your i me my is are was were be been being has have had do does did will would shall should can could may
might must not no nor so too very also just said says say told tell according which who whom whose what when
where why how all any each some such other more most own same only then once while against between through
"""

STOPWORDS: frozenset[str] = frozenset(fold(w) for w in (_ARABIC + _ENGLISH).split())


def is_stopword(key: str) -> bool:
    return key in STOPWORDS


@lru_cache(maxsize=1 << 16)
def content_key(key: str) -> str:
    """A folded word reduced for comparing wording: no article, no plural -s (English)."""
    word = strip_article(key)
    if word.isascii() and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def content_keys(keys: list[str]) -> frozenset[str]:
    return frozenset(filter(None, map(_content_word.__getitem__, keys)))  # a content key is never empty


@WordMemo
def _content_word(key: str) -> str | None:
    """The content key of a word, or None for a function word, a number or a single letter."""
    return content_key(key) if len(key) > 1 and not key[0].isdigit() and key not in STOPWORDS else None


def mostly_latin(keys: Iterable[str]) -> bool:
    """Whether most of these folded words are written in Latin letters (folded, such a word is ASCII).
    Words in two scripts cannot be compared letter by letter: "Le Drian" and "لودريان" share none
    (`sounds` compares their consonants)."""
    keys = list(keys)
    return 2 * sum(map(str.isascii, keys)) > len(keys)
