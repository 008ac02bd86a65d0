"""How common a word is (`normalise.frequency`): wordfreq's own figures, read from its lists without it."""

import random
import subprocess
import sys

import wordfreq

from checker.normalise.frequency import _ARABIC_LETTERS, zipf_as_written, zipf_frequency

_WRITTEN = ["News", "NEWS", "news", "Kanlaon", "Optus", "Zürich", "Straße", "İstanbul", "2024", "1,200", "٢٠٢٤",
            "COVID-19", "و20", "don't", "e-mail", "hello world", "", " ", "ǅ", "Ｕ",
            "الطائرة", "الطايره", "كَلِمَة", "الحمــد", "ﻻ", "ٱلله", "گ", "زیارت", "ء", "أءؤ", "جلسته", "سد النهضة"]


def test_the_figures_are_wordfreqs():
    rng = random.Random(7)
    words = list(_WRITTEN)
    for lang in ("ar", "en"):
        listed = list(wordfreq.iter_wordlist(lang))
        words += rng.sample(listed, 3000) + [word.upper() for word in rng.sample(listed, 300)]
    words += ["".join(rng.choice(_ARABIC_LETTERS) for _ in range(rng.randint(1, 7))) for _ in range(2000)]
    for word in words:
        for lang in ("ar", "en"):
            assert zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), (word, lang)


def test_a_word_as_written_at_its_most_common_form():
    assert zipf_as_written["جلسته"] == wordfreq.zipf_frequency("جلسة", "ar")  # "his session"
    assert zipf_as_written["Kanlaon"] < 2.5 < zipf_as_written["Rescuers"] < zipf_as_written["News"]


def test_reading_a_text_does_not_import_wordfreq():
    """Importing wordfreq (its tokenizers' packages) takes most of a second: plain words do without it."""
    code = ("import sys; from checker.compare import compare; from checker.normalise.frequency import zipf_as_written; "
            "zipf_as_written['Kanlaon']; zipf_as_written['الطائرة']; print('wordfreq' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_the_common_words_are_wordfreqs():
    from checker.normalise.frequency import common_words

    for lang in ("ar", "en"):
        frequencies = wordfreq.get_frequency_dict(lang)
        for zipf in (3.0, 4.5):
            bound = 10 ** (zipf - 9)
            assert common_words(lang, bound) == frozenset(w for w, f in frequencies.items() if f >= bound)


def test_a_list_file_in_another_form_is_read_through_wordfreq_with_the_same_figures(monkeypatch):
    """Another version of wordfreq may store its lists otherwise: its public API then gives the bands."""
    from checker.normalise import frequency

    for lang in ("ar", "en"):
        monkeypatch.setattr(frequency, "_tables", {})
        monkeypatch.setattr(frequency, "_bands", {})
        monkeypatch.setattr(frequency, "_bands_of_file", lambda lang: None)
        for word in ("news", "Kanlaon", "الطائرة", "الطايره", "1,200", "hello world"):
            assert frequency.zipf_frequency(word, lang) == wordfreq.zipf_frequency(word, lang), (word, lang)
