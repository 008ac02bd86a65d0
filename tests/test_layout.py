"""The house follows the pipeline: load → extract → normalise → compare → report, one package each, and
no stage imports a later one. normalise, the readers of numbers, days, places and names, is the one
exception: loading and extraction use it, and it imports no other stage."""

from __future__ import annotations

import ast
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


def module_imports() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports, anywhere in its code."""
    def module_of(path: Path) -> str:
        parts = path.relative_to(CHECKER.parent).with_suffix("").parts
        return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)

    known = {module_of(p) for p in CHECKER.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in CHECKER.rglob("*.py"):
        here, targets = module_of(path), set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets.update(t for t in [f"{node.module}.{a.name}" for a in node.names] if t in known)
                targets.add(node.module)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
        graph[here] = {t for t in targets if t in known and t != here}
    return graph


def test_no_import_cycle():
    graph = module_imports()
    seen: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        seen[module] = 1
        for target in sorted(graph[module]):
            if seen.get(target) == 1:
                cycles.append(path[path.index(target):] + [target])
            elif target not in seen:
                visit(target, path + [target])
        seen[module] = 2

    for module in sorted(graph):
        if module not in seen:
            visit(module, [module])
    # A package's __init__ that re-exports its modules is not a cycle with them.
    cycles = [c for c in cycles if not any(b.startswith(a + ".") for a, b in zip(c, c[1:]))]
    assert cycles == []
