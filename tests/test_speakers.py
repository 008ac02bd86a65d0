"""The speaker card is completed from the article text in Python, never invented."""

from checker.models import Claim
from checker.speakers import complete_speakers

ARTICLE = (
    "قال وزير الدفاع الفرنسي، جان إيف لو دريان، الثلاثاء إن العمليات تتقدم. "
    "وفي مؤتمر صحفي جمعه بنظيره الأمريكي أشتون كارتر، في ختام اجتماع، تحدث لو دريان عن الموصل. "
    "ودعا لودريان إلى مجابهة المخاطر. وأشاد الوزيران بالتقدم."
)


def claim(speaker=None, quote="", role=None):
    return Claim(article="a", statement="s", speaker=speaker, speaker_role=role, quote=quote)


def test_a_title_given_as_speaker_becomes_the_role_of_the_person_the_quote_names():
    (c,) = complete_speakers([claim("وزير الدفاع الفرنسي", "قال وزير الدفاع الفرنسي، جان إيف لو دريان، الثلاثاء إن العمليات تتقدم.")], ARTICLE)
    assert (c.speaker, c.speaker_role) == ("جان إيف لو دريان", "وزير الدفاع الفرنسي")


def test_names_cut_inside_a_word_or_without_their_particle_are_repaired():
    cut, bare, glued = complete_speakers([claim("ودريان"), claim("دريان"), claim("وكارتر")], ARTICLE + " وكارتر قال.")
    assert cut.speaker in {"لودريان", "لو دريان"}  # both as written in the article
    assert bare.speaker == "لو دريان"
    assert glued.speaker == "كارتر"


def test_role_as_written_without_a_glued_preposition():
    (c,) = complete_speakers([claim("أشتون كارتر")], ARTICLE)
    assert c.speaker_role == "نظيره الأمريكي"  # written "بنظيره الأمريكي" in the article


def test_unnamed_speaker_taken_from_the_opening_words_only_when_a_known_person():
    named, nobody = complete_speakers(
        [claim(None, "ودعا لودريان إلى مجابهة المخاطر."), claim(None, "وأشاد الوزيران بالتقدم.")], ARTICLE
    )
    assert named.speaker == "لودريان" and named.speaker_inferred and named.speaker_role == "وزير الدفاع الفرنسي"
    assert nobody.speaker is None


def test_a_speaker_the_article_does_not_name_is_left_as_given():
    (c,) = complete_speakers([claim("Reuters")], ARTICLE)
    assert c.speaker == "Reuters" and c.speaker_role is None
