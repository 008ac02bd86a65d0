"""Whatever a claims file holds, `check --claims` exits 0, 1 or 2, never with a traceback: random JSON,
random types in every field, huge and empty strings, control characters, lone surrogates. The
comparison itself takes any text in any field. Generated data, derandomized on CI as the other
property tests."""

import json
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from checker.cli import app
from checker.compare import compare
from checker.compare.long_quotes import compare_cut
from checker.models import Claim
from tests.test_normalise_properties import WORDS

FIELDS = ("id", "speaker", "speaker_role", "statement", "quote", "date", "location", "event", "paragraph")
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
texts = st.one_of(
    words,
    st.text(max_size=40),
    st.just(""),
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), max_size=10),  # control and format characters
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),  # half of a character: a lone surrogate
    st.tuples(st.sampled_from(WORDS + ["1 ", "2024-03-05 ", "«", ".", "، "]), st.integers(100, 3_000)).map(
        lambda repeated: repeated[0] * repeated[1]),  # a giant text: a table pasted as one sentence
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
                      max_leaves=12)
published = st.one_of(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat), values)
articles = st.lists(st.fixed_dictionaries({"id": st.one_of(st.sampled_from("abc"), values)},
                                          optional={"published": published, "title": values}), max_size=4)
claims = st.lists(st.fixed_dictionaries(
    {"article": st.one_of(st.sampled_from("abc"), values), "statement": st.one_of(words, values)},
    optional={**{name: st.one_of(texts, values) for name in FIELDS if name != "statement"}, "sentence": values}),
    max_size=6)
claims_files = st.one_of(
    values,
    st.fixed_dictionaries({"claims": claims}, optional={"articles": articles, "version": values}),
    st.fixed_dictionaries({"claims": values, "articles": values}),
)
hostile = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.data_too_large])


def run(tmp_path, content: bytes, fmt: str):
    path = tmp_path / "claims.json"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["--claims", str(path), "--format", fmt, "--output", str(tmp_path / "out"),
                                      "--quiet"])
    # An exception other than an exit is a crash (`check` would say "a bug in check" and exit 4).
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("check: ")
    return result


@hostile
@given(claims_files, st.sampled_from(["json", "terminal", "markdown", "html"]))
@example({"claims": [{"article": "a", "statement": "\ud800 12 killed", "x": "\udfff"}]}, "json")
@example({"articles": [{"id": "a", "published": "0001-01-01"}, {"id": "b", "published": "9999-12-31"}],
          "claims": [{"article": "a", "statement": "12 killed yesterday in Paris"},
                     {"article": "b", "statement": "13 killed tomorrow in Paris"}]}, "json")
def test_any_claims_file_exits_0_1_or_2(tmp_path_factory, data, fmt):
    content = json.dumps(data).encode()  # lone surrogates written as JSON escapes
    run(tmp_path_factory.mktemp("claims"), content, fmt)


@hostile
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode),
                 st.integers(1, 30_000).map(lambda depth: ("[" * depth + "]" * depth).encode())))
def test_any_bytes_as_a_claims_file_exit_0_1_or_2(tmp_path_factory, content):
    run(tmp_path_factory.mktemp("claims"), content, "json")


claim_objects = st.builds(
    Claim, article=st.sampled_from("abcd"), statement=texts, id=st.one_of(st.just(""), texts),
    **{name: st.one_of(st.none(), texts) for name in FIELDS if name not in ("id", "statement")})
days = st.dictionaries(st.sampled_from("abcd"), st.one_of(st.none(), st.dates()))


@hostile
@given(st.lists(claim_objects, max_size=8), days, st.integers(1, 2_000))
def test_the_comparison_takes_any_text_in_any_field(claims, published, limit):
    found, cut = compare_cut(claims, limit, lambda some: compare(some, published, workers=1))
    assert cut == sum(1 for c in claims if max(len(c.quote or ""), len(c.statement)) > limit)
    quotes = {(c.article, c.id or f"{c.article}#{n}"): c.quote or c.statement for n, c in enumerate(claims, 1)}
    for contradiction in found:
        assert len({side.article for side in contradiction.sides}) > 1
        assert all(side.quote == quotes[(side.article, side.claim)] for side in contradiction.sides)
