"""The seeds, annotated by hand (tests/data/seeds_claims.human.json), through `compare`: the two real
conflicts and nothing else above low severity."""

import ast
import json
from pathlib import Path

import pytest

from checker.load.claims_file import publication_dates, read_claims_file
from checker.compare import compare

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"
A000, A001, A002, A003, A004 = (
    "000_b2b79003c325ce42", "001_f0748d1ffc1ae275", "002_e7dfd1d52d19179a", "003_dece337876a978ef",
    "004_e5e8996a57b39473",
)


@pytest.fixture(scope="module")
def claims_file():
    return read_claims_file(DATA / "seeds_claims.human.json")


@pytest.fixture(scope="module")
def findings(claims_file):
    return compare(claims_file.claims, publication_dates(claims_file))


def test_annotation_quotes_are_verbatim_sentences_of_the_seeds(claims_file):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for claim in claims_file.claims:
        assert claim.quote in texts[claim.article], claim.id


def serious(findings):
    return [c for c in findings if c.severity in ("high", "medium")]


def test_exactly_the_two_real_conflicts(findings):
    assert sorted(c.kind for c in serious(findings)) == ["name", "quantity"]


def test_eleven_versus_thirteen_countries(findings):
    (quantity,) = [c for c in serious(findings) if c.kind == "quantity"]
    values = {s.article: s.value for s in quantity.sides}
    assert set(values) == {A001, A004}
    assert "11" in values[A001] and "13" in values[A004]
    assert "11" in quantity.summary and "13" in quantity.summary
    for side in quantity.sides:
        assert side.value in side.quote  # the value as written, inside the verbatim quote


def test_laurent_versus_le_drian(findings):
    (name,) = [c for c in serious(findings) if c.kind == "name"]
    odd = [s for s in name.sides if s.value == "جان إيف لوران"]
    assert len(odd) == 1 and odd[0].article == A004 and "لوران" in odd[0].quote
    others = [s for s in name.sides if s is not odd[0]]
    assert {s.article for s in others} >= {A000, A001}
    assert all("دريان" in s.value for s in others)


def test_spelling_variants_are_never_a_finding(findings):
    # جون/جان إيف لو دريان, جان-إيف لودريان, لودريان, أشتون/آشتون كارتر are one person each: the only
    # name finding is the one with لوران, and the variants all stand on the same side of it.
    for c in findings:
        if c.kind == "name":
            odd = {s.value for s in c.sides if "لوران" in s.value}
            assert odd == {"جان إيف لوران"}
    variants = {"جون إيف لو دريان", "جان إيف لو دريان", "جان-إيف لودريان", "جان إيف لودريان", "لودريان",
                "لو دريان", "أشتون كارتر", "آشتون كارتر", "كارتر"}
    assert not any(c.kind == "attribution" for c in findings)
    assert all(not ({s.value for s in c.sides} <= variants) for c in findings)


def test_brussels_meeting_and_the_other_story_are_left_alone(findings):
    claims = {s.claim for c in findings for s in c.sides}
    assert "000-5" not in claims  # tomorrow's NATO meeting in Brussels
    assert all(s.article != A002 for c in findings for s in c.sides)


def test_januarys_meeting_of_seven_countries_only_as_possibly_different(findings):
    for c in findings:
        if any(s.article == A003 for s in c.sides):
            assert c.severity == "low" and "possibly different events" in c.summary.lower()
            assert c.confidence <= 0.35


def test_findings_are_deterministic_and_numbered(claims_file, findings):
    again = compare(claims_file.claims, publication_dates(claims_file))
    assert [c.model_dump() for c in again] == [c.model_dump() for c in findings]
    assert [c.id for c in findings] == [f"c{n}" for n in range(1, len(findings) + 1)]
    assert [c.severity for c in findings] == sorted((c.severity for c in findings),
                                                    key=["high", "medium", "low"].index)


def test_findings_of_one_event_share_its_label(findings):
    labels = {c.event for c in findings}
    assert len(labels) == 1 and "Paris" in labels.pop()


def test_order_of_claims_does_not_change_the_real_conflicts(claims_file):
    reordered = list(reversed(claims_file.claims))
    found = serious(compare(reordered, publication_dates(claims_file)))
    assert sorted(c.kind for c in found) == ["name", "quantity"]


def test_without_the_publication_date_the_conflicts_remain(claims_file):
    found = serious(compare(claims_file.claims, {}))
    assert sorted(c.kind for c in found) == ["name", "quantity"]


def test_comparison_imports_nothing_from_the_model_layer():
    root = Path(__file__).parent.parent / "checker"
    forbidden = ("checker.extract.llm", "checker.extract.extractor", "openai", "instructor")
    for path in list((root / "compare").rglob("*.py")) + list((root / "normalise").rglob("*.py")) + [
            root / "load" / "claims_file.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(forbidden) for n in names), (path, names)


def test_annotation_is_labelled_as_hand_made():
    data = json.loads((DATA / "seeds_claims.human.json").read_text(encoding="utf-8"))
    assert "hand-made" in data["_note"].lower()
