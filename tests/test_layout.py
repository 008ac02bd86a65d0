"""The house follows the pipeline: load → extract → normalise → compare → report, one package each, and
no stage imports a later one. normalise, the readers of numbers, days, places and names, is the one
exception: loading and extraction use it, and it imports no other stage."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parent.parent / "checker"
STAGES = ["load", "extract", "normalise", "compare", "report"]


def stage_imports(stage: str) -> set[str]:
    """The other stages the modules of `stage` import."""
    found = set()
    for path in (CHECKER / stage).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            found |= {n.split(".")[1] for n in names if n.startswith("checker.") and n.split(".")[1] in STAGES}
    return found - {stage}


def test_every_stage_is_a_package():
    for stage in STAGES:
        assert (CHECKER / stage / "__init__.py").is_file(), stage
        assert ast.get_docstring(ast.parse((CHECKER / stage / "__init__.py").read_text(encoding="utf-8"))), stage
    loose = sorted(p.stem for p in CHECKER.glob("*.py") if p.stem.startswith(tuple(STAGES)))
    assert loose == [], loose


@pytest.mark.parametrize("stage", STAGES)
def test_no_stage_imports_a_later_one(stage):
    later = set(STAGES[STAGES.index(stage) + 1:])
    if stage in ("load", "extract"):
        later.discard("normalise")
    assert stage_imports(stage) & later == set()


def test_normalise_imports_no_other_stage():
    assert stage_imports("normalise") == set()


def test_importing_the_comparison_loads_no_extraction_or_model_code():
    code = ("import sys, checker.compare, checker.report; "
            "print(sorted(m for m in sys.modules if m.startswith(('checker.extract', 'checker.load', 'openai', 'instructor'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
