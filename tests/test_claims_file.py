"""Reading `check --claims` input: a hand-written claims file or a report of the tool; one clear line
for the first bad entry."""

import json
from datetime import date

import pytest

from checker.load.claims_file import ClaimsFileError, parse_claims, publication_dates, read_claims_file
from checker.models import Report


def write(tmp_path, data, name="claims.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_minimal_file_gets_ids_numbered_within_each_article(tmp_path):
    path = write(tmp_path, {"claims": [
        {"article": "a", "statement": "one"}, {"article": "b", "statement": "two"},
        {"article": "a", "statement": "three"}, {"article": "a", "id": "a-3", "statement": "four"}]})
    claims_file = read_claims_file(path)
    assert [c.id for c in claims_file.claims] == ["a-1", "b-1", "a-2", "a-3"]


def test_generated_ids_never_clash_with_given_ones():
    claims_file = parse_claims(json.dumps({"claims": [
        {"article": "a", "id": "a-2", "statement": "x"}, {"article": "a", "statement": "y"}]}))
    assert [c.id for c in claims_file.claims] == ["a-2", "a-3"]


def test_articles_missing_from_the_list_are_allowed_with_no_publication_date():
    claims_file = parse_claims(json.dumps({
        "articles": [{"id": "a", "published": "2016-10-25"}],
        "claims": [{"article": "a", "statement": "x"}, {"article": "b", "statement": "y"}]}))
    assert publication_dates(claims_file) == {"a": date(2016, 10, 25), "b": None}


@pytest.mark.parametrize("published", ["2016-10-25", "2016-10-25T00:00:00", "2016-10-25 00:00:00", None])
def test_publication_date_forms(published):
    claims_file = parse_claims(json.dumps({"articles": [{"id": "a", "published": published}],
                                           "claims": [{"article": "a", "statement": "x"}]}))
    assert claims_file.articles[0].published == (date(2016, 10, 25) if published else None)


def test_a_report_of_the_tool_is_valid_input_and_keeps_its_extra_fields():
    report = {
        "version": 1,
        "articles": [{"id": "004", "path": "seeds/004.txt", "published": "2016-10-25", "language": "ar",
                      "claims": 1, "status": "ok"}],
        "claims": [{"article": "004", "id": "004-7", "speaker": "كارتر", "statement": "s", "quote": "q",
                    "date": None, "location": None, "paragraph": "p", "sentence": 3, "confidence": 0.9}],
        "contradictions": [],
        "stats": {"articles": 1},
    }
    Report.model_validate(report)  # it is a real report
    claims_file = parse_claims(json.dumps(report))
    assert claims_file.claims[0].id == "004-7" and claims_file.claims[0].sentence == 3
    assert claims_file.claims[0].model_extra == {"confidence": 0.9}
    assert claims_file.articles[0].model_extra["path"] == "seeds/004.txt"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"claims": [\n  {"article": "a",\n   "statement": "x",\n}]}', "not JSON: line 4 column 1"),
        ("[1, 2]", "expected a JSON object"),
        ('{"articles": []}', "missing \"claims\""),
        ('{"claims": {"article": "a"}}', '"claims" must be a list'),
        ('{"claims": [{"article": "a", "statement": "x"}, {"article": "a", "statement": "y"}, '
         '{"article": "a", "statement": "z"}, {"article": "b"}]}', "claims[3]: missing 'statement'"),
        ('{"claims": [{"statement": "x"}]}', "claims[0]: missing 'article'"),
        ('{"claims": ["just text"]}', "claims[0]: expected an object, got text"),
        ('{"claims": [{"article": 4, "statement": "x"}]}', "claims[0].article: expected text, got a number"),
        ('{"claims": [{"article": "a", "statement": "  "}]}', "claims[0].statement is empty"),
        ('{"claims": [{"article": "a", "id": "x", "statement": "s"}, {"article": "b", "id": "x", "statement": "t"}]}',
         "claims[1].id 'x' repeats claims[0]"),
        ('{"articles": [{"id": "a", "published": "yesterday"}], "claims": []}',
         "articles[0].published: 'yesterday' is not a date"),
        ('{"articles": [{"id": "a"}, {"id": "a"}], "claims": []}', "article 'a' is listed twice"),
        ('{"articles": [{"title": "x"}], "claims": []}', "articles[0]: missing 'id'"),
    ],
)
def test_bad_files_name_the_first_bad_entry(tmp_path, content, message):
    with pytest.raises(ClaimsFileError) as error:
        read_claims_file(write(tmp_path, content))
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert isinstance(error.value, ValueError)


def test_unreadable_files(tmp_path):
    with pytest.raises(ClaimsFileError, match="cannot read"):
        read_claims_file(tmp_path / "absent.json")
    path = tmp_path / "latin1.json"
    path.write_bytes('{"claims": [{"article": "é"}]}'.encode("latin-1"))
    with pytest.raises(ClaimsFileError, match="not UTF-8"):
        read_claims_file(path)


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"claims": [{"article": "a", "statement": "x"}]}).encode())
    assert read_claims_file(path).claims[0].article == "a"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_file_read_from_its_bytes_is_the_file_parse_claims_reads(tmp_path, newline):
    content = json.dumps({
        "version": 1,
        "articles": [{"id": "a", "published": "2016-10-25T00:00:00", "title": "قمة", "path": "a.txt"},
                     {"id": "b", "published": " 2016-10-26 "}],
        "claims": [{"article": "a", "statement": "قال", "quote": "«نص»", "sentence": 2, "confidence": 0.1,
                    "tags": ["x", {"y": None}]},
                   {"article": "b", "id": "b-9", "statement": "s", "score": 1e300, "big": 10 ** 30},
                   {"article": "a", "statement": "t"}],
        "stats": {"claims": 3},
    }, ensure_ascii=False, indent=1).replace("\n", newline)
    path = tmp_path / "claims.json"
    path.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    read = read_claims_file(path)
    parsed = parse_claims(content)
    assert read.model_dump() == parsed.model_dump()
    assert [c.model_extra for c in read.claims] == [c.model_extra for c in parsed.claims]
    assert [c.id for c in read.claims] == ["a-1", "b-9", "a-2"]


def test_line_numbers_of_json_errors_count_every_kind_of_newline(tmp_path):
    path = tmp_path / "claims.json"
    path.write_bytes(b'{"claims": [\r  {"article": "a",\r\n   "statement": "x",\r}]}')
    with pytest.raises(ClaimsFileError, match="not JSON: line 4 column 1"):
        read_claims_file(path)


@pytest.mark.parametrize("content", [
    "[" * 100_000 + "]" * 100_000,
    '{"claims": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001,
    '{"claims": [{"article": "a", "statement": "s", "table": ' + "[" * 300 + "]" * 300 + "}]}",
])
def test_json_nested_far_too_deep_is_named_in_one_line(tmp_path, content):
    with pytest.raises(ClaimsFileError, match="nested more than 200 levels deep") as error:
        read_claims_file(write(tmp_path, content))
    assert "\n" not in str(error.value)


def test_json_as_deep_as_a_report_could_hold_is_read(tmp_path):
    content = '{"claims": [{"article": "a", "statement": "s", "table": ' + "[" * 150 + "]" * 150 + "}]}"
    assert read_claims_file(write(tmp_path, content)).claims[0].model_extra["table"]


def test_a_number_of_more_digits_than_can_be_read_is_named(tmp_path):
    content = '{"claims": [{"article": "a", "statement": "s", "n": ' + "7" * 5_000 + "}]}"
    with pytest.raises(ClaimsFileError, match="not JSON that can be read: .*5000 digits"):
        read_claims_file(write(tmp_path, content))


def test_a_lone_surrogate_is_read_as_a_replacement_character_anywhere(tmp_path):
    # JSON may escape half of a character; no text holds one, and no report could be written with it.
    content = ('{"claims": [{"article": "a\\ud800", "statement": "\\udfff 12 killed \\ud83d\\ude00", '
               '"x": {"k\\udc00": ["\\ud800", 1]}}]}')
    (claim,) = read_claims_file(write(tmp_path, content)).claims
    assert claim.article == "a\ufffd" and claim.statement == "\ufffd 12 killed 😀"
    assert claim.model_extra == {"x": {"k\ufffd": ["\ufffd", 1]}}


def test_a_file_too_large_for_memory_is_a_usage_error(tmp_path, monkeypatch):
    import checker.load.claims_file

    def out_of_memory(raw):
        raise MemoryError

    monkeypatch.setattr(checker.load.claims_file, "_parse_quickly", out_of_memory)
    path = write(tmp_path, {"claims": [{"article": "a", "statement": "x"}]})
    with pytest.raises(ClaimsFileError, match=f"too large to read: {path.stat().st_size} bytes"):
        read_claims_file(path)


def test_a_message_quotes_a_long_value_shortened(tmp_path):
    content = {"articles": [{"id": "a", "published": "yesterday " * 10_000}], "claims": []}
    with pytest.raises(ClaimsFileError, match="articles\\[0\\].published: 'yesterday yesterday .*'… is not a date") as error:
        read_claims_file(write(tmp_path, content))
    assert len(str(error.value)) < 150
