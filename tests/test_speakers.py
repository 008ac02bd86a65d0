"""The speaker card is completed from the article text in Python, never invented."""

from checker.models import Claim
from checker.extract.speakers import complete_speakers

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


def test_names_cut_inside_a_word_or_without_their_particle_are_repaired_and_made_whole():
    cut, bare, glued = complete_speakers([claim("ودريان"), claim("دريان"), claim("وكارتر")], ARTICLE + " وكارتر قال.")
    # Each is the person the article named in full earlier, as it wrote the name there.
    assert cut.speaker == bare.speaker == "جان إيف لو دريان"
    assert glued.speaker == "أشتون كارتر"


def test_role_as_written_without_a_glued_preposition():
    (c,) = complete_speakers([claim("أشتون كارتر")], ARTICLE)
    assert c.speaker_role == "نظيره الأمريكي"  # written "بنظيره الأمريكي" in the article


def test_unnamed_speaker_taken_from_the_opening_words_only_when_a_known_person():
    named, nobody = complete_speakers(
        [claim(None, "ودعا لودريان إلى مجابهة المخاطر."), claim(None, "وأشاد الوزيران بالتقدم.")], ARTICLE
    )
    assert named.speaker_inferred and named.speaker_role == "وزير الدفاع الفرنسي"
    assert named.speaker == "جان إيف لو دريان"  # the person the article named in full earlier
    assert nobody.speaker is None


def test_a_speaker_the_article_does_not_name_is_left_as_given():
    (c,) = complete_speakers([claim("Reuters")], ARTICLE)
    assert c.speaker == "Reuters" and c.speaker_role is None


def test_a_speaker_given_as_part_of_a_name_is_extended_to_the_name_as_written():
    text = ("وقال رئيس البلدية أحمد كنعان إن 12 شخصا قتلوا. وأضاف كنعان أن فرق الإنقاذ تواصل البحث. "
            "وأعلن أحمد بدء التحقيق.")
    first, titled, second, verb = complete_speakers([
        claim("أحمد", "وقال رئيس البلدية أحمد كنعان إن 12 شخصا قتلوا."),
        claim("رئيس البلدية أحمد", "وقال رئيس البلدية أحمد كنعان إن 12 شخصا قتلوا."),
        claim("كنعان", "وأضاف كنعان أن فرق الإنقاذ تواصل البحث."),
        claim("أحمد", "وأعلن أحمد بدء التحقيق."),  # "بدء" is no name the article uses
    ], text)
    assert first.speaker == "أحمد كنعان" and titled.speaker.endswith("أحمد كنعان")
    assert second.speaker == "أحمد كنعان"  # the person named in full earlier
    assert verb.speaker == "أحمد كنعان"  # resolved, not extended with "بدء"


def test_english_names_run_on_over_capitalised_words_only():
    text = "The town's mayor, Ahmad Kanaan, said 12 people died on Tuesday. Officials said Kanaan Monday met them."
    mayor, other = complete_speakers([
        claim("Ahmad", "The town's mayor, Ahmad Kanaan, said 12 people died on Tuesday."),
        claim("Officials", "Officials said Kanaan Monday met them."),
    ], text)
    assert mayor.speaker == "Ahmad Kanaan" and other.speaker == "Officials"


def test_an_institution_given_from_its_adjective_on_gets_its_head_noun():
    army, source, ministry = complete_speakers([
        claim("اللبناني", "وأفاد الجيش اللبناني بأن الغارات دمرت ثلاثة مبان."),
        claim("أمني عراقي", "قال مصدر أمني عراقي إن 7 أشخاص قتلوا."),
        claim("وزارة الصحة", "أعلنت وزارة الصحة أن 23 شخصا قتلوا."),
    ], "وأفاد الجيش اللبناني بأن الغارات دمرت ثلاثة مبان. قال مصدر أمني عراقي إن 7 أشخاص قتلوا. "
       "أعلنت وزارة الصحة أن 23 شخصا قتلوا.")
    assert (army.speaker, source.speaker, ministry.speaker) == ("الجيش اللبناني", "مصدر أمني عراقي", "وزارة الصحة")


def test_an_unnamed_speaker_written_with_a_particle_is_the_person_named_earlier():
    (c,) = complete_speakers([claim(None, "وأضاف لو دريان، في تصريحات للصحفيين، إن الرقة هي الهدف.")], ARTICLE)
    assert c.speaker_inferred and c.speaker == "جان إيف لو دريان"  # not "دريان" alone
