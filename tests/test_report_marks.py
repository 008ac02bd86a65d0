"""The words that make a finding, marked in both quotes (`Side.marks`): each kind marks its value
where its readers found it, any other side has its value located in its quote, and every report
format shows the marks."""

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from checker.load.claims_file import publication_dates, read_claims_file
from checker.cli import app
from checker.compare import compare
from checker.compare.events import Event
from checker.compare.kinds.base import Scope, finding
from checker.compare.marks import located
from checker.models import Contradiction, Report, Side
from checker.normalise.numbers import find_quantities
from checker.report import render
from checker.report.view import locate_quote
from tests.test_report_html import Page

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
HUMAN = sorted(p.name for p in DATA.glob("*.human.json"))
OFFLINE = {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "CHECKER_MODEL": ""}


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> Report:
    """`check seeds/ --offline`: the recorded extraction of the seeds, compared."""
    out = tmp_path_factory.mktemp("seeds") / "report.json"
    result = CliRunner().invoke(app, [str(ROOT / "seeds"), "--offline", "-q", "-f", "json", "-o", str(out)], env=OFFLINE)
    assert result.exit_code == 0, result.output
    return Report.model_validate_json(out.read_text(encoding="utf-8"))


def compared(name: str) -> list[Contradiction]:
    claims_file = read_claims_file(DATA / name)
    return compare(claims_file.claims, publication_dates(claims_file))


def marked(side: Side) -> list[str]:
    return [side.quote[start:end] for start, end in side.marks]


def by_kind(findings: list[Contradiction]) -> dict[str, list[list[str]]]:
    """The words marked on each side of the first finding of each kind."""
    shown = {}
    for c in findings:
        shown.setdefault(c.kind, [marked(side) for side in c.sides])
    return shown


def assert_marked(findings: list[Contradiction]) -> None:
    assert findings
    for c in findings:
        for side in c.sides:
            if not side.marks and side.value not in side.quote:
                continue  # a place the article's dateline gives, not its quote: nothing there to mark
            assert side.marks, (c.summary, side.value, side.quote)
            ends = [end for _, end in side.marks]
            for n, (start, end) in enumerate(side.marks):
                assert 0 <= start < end <= len(side.quote)
                assert n == 0 or start > ends[n - 1]  # in order, apart
                words = side.quote[start:end]
                assert words == words.strip() and words != side.quote.strip()


def test_every_finding_on_the_seeds_marks_words_in_every_quote(seeds_report):
    assert {(c.kind, c.severity) for c in seeds_report.contradictions} >= {("quantity", "high"), ("name", "high")}
    assert_marked(seeds_report.contradictions)


@pytest.mark.parametrize("name", HUMAN)
def test_every_finding_on_the_hand_made_sets_marks_words_in_every_quote(name):
    assert_marked(compared(name))


def test_each_kind_marks_exactly_its_value_in_arabic():
    assert by_kind(compared("ar_cases.human.json")) == {
        "quantity": [["12"], ["خمسة عشر"]],  # the number alone, in figures or in words
        "name": [["محمد شياع الحلبوسي"], ["محمد شياع السوداني"], ["السوداني"]],  # the third names him by surname
        "date": [["الثلاثاء"], ["الأربعاء"]],
        "location": [["باريس"], ["العاصمة الفرنسية"], ["لندن"]],
        "attribution": [["سيرغي لافروف"], ["دميتري بيسكوف"]],  # who, not the words said
    }


def test_each_kind_marks_exactly_its_value_in_english():
    assert by_kind(compared("en_cases.human.json")) == {
        "quantity": [["12"], ["15"]],
        "name": [["Jose Manuel Alvarez"], ["Jose Manuel Albares"], ["Jose Manuel Albares"]],
        "date": [["Tuesday"], ["Wednesday"]],  # "on Tuesday" without its "on"
        "location": [["London"], ["British capital"], ["Berlin"]],
        "attribution": [["Olaf Scholz"], ["Boris Pistorius"]],
    }


@pytest.mark.parametrize(("text", "numbers"), [
    ("اجتماع لوزراء دفاع 11 دولة", ["11"]),
    ("اجتماعا لوزراء دفاع الدول السبع", ["السبع"]),  # after its noun
    ("قتل نحو ثلاثة آلاف شخص", ["ثلاثة آلاف"]),  # in words, without its "about"
    ("أسفر عن مقتل 12 وإصابة 30", ["12", "30"]),  # tolls without a noun
    ("more than 300 people were killed", ["300"]),
    ("dozens of people", ["dozens"]),
])
def test_a_count_knows_where_its_number_is_written(text, numbers):
    assert [text[q.number_start:q.number_end] for q in find_quantities(text)] == numbers


def test_a_count_after_its_noun_is_marked_alone(seeds_report):
    sides = [s for c in seeds_report.contradictions if c.kind == "quantity" for s in c.sides]
    assert ["السبع"] in [marked(s) for s in sides if "الدول السبع" in s.quote]


def test_the_seeds_html_marks_the_11_and_the_13_not_the_sentence(seeds_report):
    page = Page(render(seeds_report, "html"))
    quantity = next(c for c in seeds_report.contradictions if c.kind == "quantity" and c.severity == "high")
    shown = page.cards[quantity.id]["sides"]
    assert [s["marks"] for s in shown] == [["11"], ["13"]]
    assert [s["quotes"] for s in shown] == [[side.quote] for side in quantity.sides]  # the sentence, unmarked
    name = next(c for c in seeds_report.contradictions if c.kind == "name" and c.severity == "high")
    assert page.cards[name.id]["sides"][0]["marks"] == ["جان إيف لوران"]


def test_the_seeds_markdown_puts_the_11_and_the_13_in_bold(seeds_report):
    html = MarkdownIt("commonmark").render(render(seeds_report, "markdown"))
    quotes = re.findall(r"<blockquote>\s*<p>(.*?)</p>", html, re.S)
    strong = [re.findall(r"<strong>(.*?)</strong>", q) for q in quotes]
    assert ["11"] in strong and ["13"] in strong and ["جان إيف لوران"] in strong
    assert all(strong)  # every quote has its words in bold, and only them
    assert not any(words == [re.sub(r"<.*?>", "", q)] for q, words in zip(quotes, strong))


def test_the_terminal_draws_the_marks_in_reverse_video_in_colour_only(seeds_report):
    coloured = render(seeds_report, "terminal", color=True)
    assert re.search(r"\x1b\[[0-9;]*\b7m11\x1b\[0m", coloured) and re.search(r"\x1b\[[0-9;]*\b7m13\x1b\[0m", coloured)
    plain = render(seeds_report, "terminal")
    assert all(side.quote in plain for c in seeds_report.contradictions for side in c.sides)


def test_the_json_report_carries_the_marks_and_reads_back(seeds_report, tmp_path):
    data = json.loads(render(seeds_report, "json"))
    quantity = next(c for c in data["contradictions"] if c["kind"] == "quantity")
    assert [[s["quote"][a:b] for a, b in s["marks"]] for s in quantity["sides"]] == [["11"], ["13"]]
    path = tmp_path / "report.json"
    path.write_text(render(seeds_report, "json"), encoding="utf-8")
    out = tmp_path / "again.json"
    result = CliRunner().invoke(app, ["--claims", str(path), "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    again = Report.model_validate_json(out.read_text(encoding="utf-8"))
    assert [(c.summary, [s.marks for s in c.sides]) for c in again.contradictions] == \
        [(c.summary, [s.marks for s in c.sides]) for c in seeds_report.contradictions]


def test_a_report_written_before_marks_still_reads_and_renders():
    old = '{"contradictions": [{"id": "c1", "kind": "quantity", "severity": "high", "confidence": 0.9, ' \
          '"summary": "s", "sides": [{"article": "a", "claim": "a#1", "value": "11", "quote": "ضم 11 وزيرا"}]}]}'
    report = Report.model_validate_json(old)
    assert report.contradictions[0].sides[0].marks == []
    page = Page(render(report, "html"))
    assert page.cards["c1"]["sides"][0] == {"article": "a", "marks": [], "text": page.cards["c1"]["sides"][0]["text"],
                                            "quotes": ["ضم 11 وزيرا"]}


# A kind that gives no marks (one added later, say, whose value is a word as its quote writes it) has
# its value located in the quote by `finding`, for every kind alike.

def test_a_side_without_marks_has_its_value_located_when_the_finding_is_made():
    # A negation the value is ("لم", "not") is a small word, but is marked when it is the value.
    assert located("not", "He did not apologise") == [(7, 10)]
    sides = [Side(article="a", claim="a#1", value="ترفض", quote="والحكومة ترفض الاعتذار عن الحادث"),
             Side(article="b", claim="b#1", value="اعتذرت", quote="الحكومة اعتذرت عن الحادث", marks=[(0, 7)])]
    made = finding("name", "high", 0.9, "What", "ترفض vs اعتذرت", Scope(Event(0, [], "event"), []), sides)
    assert [marked(side) for side in made.sides] == [["ترفض"], ["الحكومة"]]  # given marks are kept


@pytest.mark.parametrize(("value", "quote", "words"), [
    ("باريس", "عقد الاجتماع بباريس أمس", ["بباريس"]),  # an attached preposition
    ("العاصمة الفرنسية", "وعقد في العاصمة الفرنسية", ["العاصمة الفرنسية"]),
    ("العاصمة الفرنسية", "عقد بالعاصمة الفرنسية", ["بالعاصمة الفرنسية"]),  # preposition and article
    ("رفض", "ورفض الوزير الاعتذار", ["ورفض"]),
    ("الثلاثاء", "اجتمعوا الثُّلاثاء في القاهرة", ["الثُّلاثاء"]),  # vowel marks
    ("الثلاثاء", "اجتمعوا الثلاثــاء في القاهرة", ["الثلاثــاء"]),  # tatweel
    ("أحمد", "وقال احمد إن", ["احمد"]),  # hamza
    ("11", "ضم وزراء ١١ دولة", ["١١"]),  # Arabic-Indic digits
    ("Le Drian", "said le drian on Tuesday", ["le drian"]),
    ("on Tuesday", "met on Tuesday in Brussels", ["Tuesday"]),  # small words at the edges left out
    ("Jean-Yves Le Drian", "Le Drian, the minister, said", ["Le", "Drian"]),  # not in a row: word by word
])
def test_a_value_is_located_in_its_quote_as_the_quote_writes_it(value, quote, words):
    assert [quote[start:end] for start, end in located(value, quote)] == words


@pytest.mark.parametrize(("value", "quote"), [
    ("11", "في عام 2011 اجتمع الوزراء"),  # a number inside another
    ("باريس", "عقد الاجتماع في لندن"),
    ("the summit", "the meeting"),  # word by word, small words are not looked for
])
def test_a_value_the_quote_does_not_write_is_not_marked(value, quote):
    assert located(value, quote) == []


def test_marks_follow_the_quote_into_a_paragraph_spaced_otherwise():
    quote = "ضم 13  وزير دفاع"
    paragraph = "وترأس الوزيران في باريس اجتماعا ضم\n13 وزير دفاع يمثلون أبرز دول التحالف"
    shown = locate_quote(quote, paragraph, [(3, 5), (7, 16)])
    assert [piece for piece, is_marked in shown.pieces if is_marked] == ["13", "وزير دفاع"]
    assert "".join(piece for piece, _ in shown.pieces) == shown.text
    assert shown.before + shown.text + shown.after == paragraph


def test_marks_that_are_not_spans_of_the_quote_are_left_out():
    shown = locate_quote("ضم 13 وزيرا", None, [(3, 5), (9, 40), (-1, 2), (4, 4), (0, 2)])
    assert [piece for piece, is_marked in shown.pieces if is_marked] == ["ضم", "13"]
