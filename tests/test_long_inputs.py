"""A giant text costs what its size says: a quote that is a data table is compared up to a limit and
kept whole in the report; the patterns that read a line, a sentence, a word or a date take one pass,
and say what they said before they did."""

import json
import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from checker.cli import app
from checker.compare.long_quotes import _cut
from checker.load.lines import ENDS_WITH_ELLIPSIS
from checker.load.sentences import _quote_states, _states_at
from checker.normalise import arabic
from checker.normalise.arabic import tokenize
from checker.normalise.dates import _outside, find_dates

TABLE = " ".join(str(n % 10) for n in range(100_000))  # 200,000 characters of numbers


def compare_file(tmp_path, quotes: dict[str, str], env: dict[str, str] | None = None) -> dict:
    claims = [{"article": article, "id": f"{article}-1", "statement": quote[:60], "quote": quote,
               "speaker": "the health ministry"} for article, quote in quotes.items()]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"articles": [{"id": a, "published": "2024-03-05"} for a in quotes],
                                "claims": claims}), encoding="utf-8")
    result = CliRunner().invoke(app, ["--claims", str(path), "--format", "json", "--output", str(tmp_path / "r.json"),
                                      "--quiet"], env=env)
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))


def test_a_quote_that_is_a_data_table_is_compared_up_to_the_limit_and_kept_whole(tmp_path):
    long = "The health ministry said 12 people were killed in Gaza on Monday, and gave the table: " + TABLE
    report = compare_file(tmp_path, {"a": long, "b": "The health ministry said 13 people were killed in Gaza on Monday."})
    (finding,) = report["contradictions"]
    assert finding["kind"] == "quantity" and "12" in finding["summary"] and "13" in finding["summary"]
    assert {side["article"]: side["quote"] for side in finding["sides"]}["a"] == long
    assert report["claims"][0]["quote"] == long and report["stats"]["quotes_cut"] == 1


def test_what_a_quote_says_past_the_limit_is_not_compared(tmp_path):
    quotes = {article: f"In a statement late on Monday in Gaza, the health ministry said {n} people were killed."
              for article, n in (("a", 12), ("b", 13))}
    whole = compare_file(tmp_path, quotes)
    assert len(whole["contradictions"]) == 1 and "quotes_cut" not in whole["stats"]
    cut = compare_file(tmp_path, quotes, env={"CHECKER_MAX_QUOTE_CHARS": "40"})
    assert cut["contradictions"] == [] and cut["stats"]["quotes_cut"] == 2


def test_a_cut_quote_ends_after_a_whole_word():
    assert _cut("killed 12345 people", 10) == "killed"  # not "killed 123", another number
    assert _cut("killed 12345 people", 12) == "killed 12345"
    assert _cut("x" * 30, 10) == "x" * 10  # one word longer than the limit: cut where it must be
    assert _cut("short", 10) == "short"


@settings(max_examples=300, deadline=None)
@given(st.text(".…x»\"' ", max_size=12))
def test_a_line_ending_in_an_ellipsis_is_told_as_before(line):
    before = re.compile(r"(…|\.\.+)[" + re.escape("\"'”’»)]›") + r"]*$")
    assert bool(ENDS_WITH_ELLIPSIS.search(line)) == bool(before.search(line))


@settings(max_examples=300, deadline=None)
@given(st.text("a \"“”„‟«»,", max_size=40), st.data())
def test_quotation_states_at_positions_are_those_of_every_character(text, data):
    positions = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=10)))
    every = _quote_states(text)
    assert _states_at(text, positions) == [every[p] for p in positions]


@settings(max_examples=300, deadline=None)
@given(st.text("a1 ", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5))
def test_tokens_outside_date_spans_are_those_of_no_span(text, spans):
    tokens = tokenize(text)
    assert _outside(tokens, spans) == [t for t in tokens if not any(a <= t.start < b for a, b in spans)]


@settings(max_examples=300, deadline=None)
@given(st.text("ab_1٣بـ.,\u064b", max_size=12))
def test_runs_mixing_letters_and_digits_are_told_as_before(text):
    mixed_before = re.compile(r"\d.*[^\W\d]|[^\W\d].*\d|_")
    expected = []
    for run in arabic._RUN.finditer(text):
        if mixed_before.search(run.group()) is None:
            expected.append((run.start(), run.end(), run.group()))
        else:
            expected += [(run.start() + m.start(), run.start() + m.end(), m.group())
                         for m in arabic.TOKEN.finditer(run.group())]
    assert list(arabic._runs(text)) == expected


def test_a_word_of_thousands_of_letters_is_read_at_once():
    (token,) = tokenize("Drian" * 20_000)  # 100,000 letters: the pattern for mixed runs took minutes
    assert len(token.text) == 100_000


def test_a_day_before_the_year_1_or_after_9999_is_left_unresolved():
    (yesterday,) = find_dates("killed yesterday", date(1, 1, 1))
    (tomorrow,) = find_dates("meets tomorrow", date(9999, 12, 31))
    assert yesterday.start is None and tomorrow.start is None
    (today,) = find_dates("killed yesterday", date(2024, 3, 5))
    assert today.start == date(2024, 3, 4)
