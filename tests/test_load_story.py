"""Main-story rules on small hand-made pages (not the seeds): junk, bridging, peeling, title, date."""

from __future__ import annotations

from datetime import date

from checker.load.mainstory import Kind, classify, find_date, main_story, page_lines

STORY = [
    "The defence ministers of eleven coalition countries met in Paris on Tuesday to review the Mosul offensive.",
    "The French defence minister said the Mosul offensive was going according to plan so far.",
    "He said the coalition would now prepare to isolate Raqqa, the other city held by the group.",
    "The American defence minister said local forces would lead the ground operations in Raqqa.",
]


def page(*lines: str) -> list[str]:
    return page_lines("\n".join(lines))


def test_english_page_keeps_story_and_drops_furniture():
    lines = page(
        "Home > World > Middle East",
        "Ministers meet in Paris to plan the next phase",
        "Published 25 October 2016",
        *STORY,
        "Related articles",
        "Storm hits the coast as thousands are evacuated from their homes...",
        "This site uses cookies to improve your experience of the pages.",
        "© 2016 Example News. All rights reserved.",
    )
    story = main_story(lines)
    assert story.paragraphs == STORY
    assert story.title == "Ministers meet in Paris to plan the next phase"
    assert story.published == date(2016, 10, 25)


def test_story_continues_across_an_update_stamp_which_is_dropped():
    lines = page(STORY[0], STORY[1], "Updated: 18:07 GMT", STORY[2], STORY[3])
    assert main_story(lines).paragraphs == STORY


def test_junk_line_ends_the_story_and_the_largest_run_wins():
    teaser = "Storm hits the coast as thousands are evacuated from their homes…"
    lonely = "A new study found that green tea may protect blood vessels in older adults."
    lines = page(lonely, teaser, *STORY, teaser, lonely)
    assert main_story(lines).paragraphs == STORY


def test_off_topic_paragraph_at_the_edge_of_a_scraped_page_is_peeled_off():
    chocolate = "A British study showed that chocolate and green tea can protect blood vessels."
    furniture = "© 2016 Example News. All rights reserved."
    assert main_story(page(*STORY, chocolate, furniture)).paragraphs == STORY
    assert main_story(page(furniture, chocolate, *STORY)).paragraphs == STORY


def test_a_file_of_prose_alone_is_the_article_every_paragraph_kept():
    # No page furniture: nothing was glued under the story, and a last paragraph in other words is its own.
    english = ["Officials said 17 people died in the train collision near Lyon on Monday.",
               "The regional governor said rescue teams were still searching the wreckage.",
               "Rail traffic on the line will resume on Wednesday, the operator said."]
    arabic = ["قال مسؤولون إن 17 شخصا لقوا حتفهم في تصادم قطارين قرب مدينة ليون يوم الاثنين.",
              "وأوضح حاكم المنطقة أن فرق الإنقاذ ما زالت تبحث بين الحطام عن ناجين.",
              "وستستأنف حركة السكك الحديدية على الخط يوم الأربعاء بحسب الشركة المشغلة."]
    for paragraphs in (english, arabic):
        assert main_story(page_lines("\n\n".join(paragraphs))).paragraphs == paragraphs


def test_continuation_paragraph_is_kept_even_without_shared_words():
    added = "He added that nobody expected quick results, whatever happened next winter."
    assert main_story(page(*STORY, added)).paragraphs == [*STORY, added]


def test_short_sentence_inside_story_is_kept_but_not_a_subheading():
    lines = page(STORY[0], "He declined to comment.", "Reactions", STORY[1], STORY[2])
    assert main_story(lines).paragraphs == [STORY[0], "He declined to comment.", STORY[1], STORY[2]]


def test_arabic_comment_form_and_section_headings_are_junk():
    lines = page("الإسم *", "البريد الإلكتروني *", "التعليقات", "أخبار ذات صلة", "شروط النشر: عدم الإساءة للكاتب أو للأشخاص أو للمقدسات أو مهاجمة الأديان.")
    assert classify(lines) == [Kind.JUNK] * 5


def test_latin_only_line_is_junk_in_an_arabic_page_but_not_in_an_english_one():
    arabic = page("قال وزير الدفاع الفرنسي إن التحالف الدولي يجب أن يتعاون مع تركيا في سوريا والعراق.", "yeslibya")
    assert classify(arabic)[1] is Kind.JUNK
    english = page(*STORY, "yeslibya")
    assert classify(english)[-1] is not Kind.JUNK


def test_repeated_title_is_the_title_and_repeats_are_never_story():
    title = "كارتر: بدأنا الاستعدادات لعزل الرقة"
    arabic_story = [
        "أعلن وزير الدفاع الأميركي الثلاثاء بدء الاستعدادات لعزل مدينة الرقة بالتزامن مع الهجوم على الموصل.",
        "وقال الوزير في مؤتمر صحافي مشترك مع نظيره الفرنسي في باريس إن الاستعدادات بدأت بالفعل.",
    ]
    story = main_story(page("اخبار العراق الان", "عاجل", title, title, title, *arabic_story))
    assert story.title == title
    assert story.paragraphs == arabic_story


def test_dates_after_the_story_are_not_its_publication_date():
    lines = page(*STORY, "Storm hits the coast", "GMT 03:00 2017 الجمعة ,29 كانون الأول / ديسمبر", "Published 25 October 2017")
    assert main_story(lines).published is None


def test_find_date_reads_iso_arabic_and_levantine_month_names():
    assert find_date("2016-10-25 00:00:00 - المصدر: قناة الحرة") == date(2016, 10, 25)
    assert find_date("الثلاثاء 25 أكتوبر 2016") == date(2016, 10, 25)
    assert find_date("25 تشرين الأول / أكتوبر 2016") == date(2016, 10, 25)
    assert find_date("أكتوبر 2016") is None  # no day: not a date of publication
    assert find_date("آخر تحديث GMT 07:17:55") is None


def test_glued_paragraphs_split_only_after_a_sentence_end():
    assert page("First sentence ends here.&Second one starts.") == ["First sentence ends here.", "Second one starts."]
    assert page("Johnson & Johnson said so.") == ["Johnson & Johnson said so."]
    assert page("قال \"نعم\".&وأضاف أنه") == ['قال "نعم".', "وأضاف أنه"]


def test_page_without_prose_has_no_story():
    assert main_story(page("Home", "News", "Sport", "Contact us")).paragraphs == []


def test_hard_wrapped_paragraphs_are_joined_but_lists_are_not():
    text = (
        "# Paris talks\n\n"
        "The defence ministers of eleven coalition countries met in Paris on\n"
        "Tuesday to review the Mosul offensive, the French minister said after\n"
        "the meeting.\n\n"
        "He said the coalition would now prepare to isolate Raqqa, the other\n"
        "city held by the group, with local forces leading the ground operations.\n\n"
        "Related\n"
        "Storm hits the coast as thousands are evacuated\n"
        "Markets fall for a third day in a row across Asia\n"
    )
    lines = page_lines(text)
    assert lines[1] == (
        "The defence ministers of eleven coalition countries met in Paris on Tuesday to review the "
        "Mosul offensive, the French minister said after the meeting."
    )
    assert lines[-2:] == ["Storm hits the coast as thousands are evacuated", "Markets fall for a third day in a row across Asia"]
    story = main_story(lines)
    assert story.title == "Paris talks"
    assert len(story.paragraphs) == 2 and story.paragraphs[1].endswith("leading the ground operations.")


def test_date_of_a_link_list_above_the_title_is_not_taken():
    lines = page(
        "Latest news",
        "Storm hits the coast as thousands are evacuated",
        "GMT 03:00 2017 الجمعة ,29 كانون الأول / ديسمبر",
        "Markets fall for a third day in a row across Asia",
        "Published 27 December 2017",
        "Ministers meet in Paris to plan the next phase",
        "Ministers meet in Paris to plan the next phase",
        *STORY,
    )
    story = main_story(lines)
    assert story.title == "Ministers meet in Paris to plan the next phase"
    assert story.published is None


def test_read_also_link_and_advertisement_inside_a_story_do_not_cut_it():
    lines = page(STORY[0], STORY[1], "اقرأ أيضاً: مقتل 4 عسكريين في اشتباكات على الحدود", "Advertisement", STORY[2], STORY[3])
    assert main_story(lines).paragraphs == STORY


def test_a_sentence_about_social_media_is_news_not_a_prompt():
    tweet = "وكتب الرئيس على تويتر أن المحادثات كانت مثمرة جدا."
    prompt = "تابعونا على تويتر"
    kinds = classify(page(tweet, prompt, "Follow us on Instagram"))
    assert kinds[0] is not Kind.JUNK
    assert kinds[1:] == [Kind.JUNK, Kind.JUNK]


def test_flattened_menu_is_not_prose_but_a_long_unpunctuated_paragraph_is():
    menu = " ".join(["Home World Politics Business Tech Science Health Sport Culture Travel"] * 4)
    assert classify(page(menu)) == [Kind.SHORT]
    long_sentence = "The ministers, who met for three hours in Paris, " + "agreed on the plan " * 8
    assert classify(page(long_sentence)) == [Kind.CONTENT]


def test_a_story_of_short_sentences_is_not_broken_into_pieces():
    quotes = ["He said no.", "They agreed.", "Nobody objected.", "The vote was held."]
    lines = page(STORY[0], *quotes, STORY[1])
    assert main_story(lines).paragraphs == [STORY[0], *quotes, STORY[1]]
