"""Grounding reads text with the one fold of the project (`normalise.arabic.fold`): a value written
with another spelling of the same letters is still in the text."""

import pytest

from checker.normalise import arabic, grounding
from checker.normalise.grounding import contains, longest_grounded_run


@pytest.mark.parametrize(("text", "value"), [
    ("قال وزير الخارجية الأمريكي", "وزير الخارجيه الامريكي"),  # taa marbuta / haa, hamza on alef
    ("وصل إلى القاهرة يوم الأحد", "يوم الاحد"),
    ("أعلنت وزارة الصحة مقتل ١٢ شخصاً", "12 شخصا"),  # Arabic-Indic digits, tanween
    ("Le ministre Jean-Yves Le Drian a déclaré", "jean-yves le drian"),
    ("the mayor of Zürich said", "Zurich"),
    ("He called it “a disaster” on Monday", 'called it "a disaster"'),
])
def test_other_spellings_of_the_same_text_are_grounded(text, value):
    assert contains(text, value)


@pytest.mark.parametrize(("text", "value"), [
    ("قال وزير الخارجية", "وزير الدفاع"),
    ("12 people died", "13 people"),
    ("the mayor of Zurich said", ""),
])
def test_other_text_is_not(text, value):
    assert not contains(text, value)


def test_the_longest_run_of_a_name_is_the_one_in_the_text():
    assert longest_grounded_run("الوزير جان إيف لودريان", "وقال جان ايف لودريان للصحفيين") == "جان إيف لودريان"
    assert longest_grounded_run("Carter", "no name here") is None


def test_there_is_one_fold():
    assert grounding.fold is arabic.fold
