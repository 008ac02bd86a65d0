"""A crowded news cycle: a few famous people speak first in half the stories, in one of two capitals,
at many different summits, several on one day (the benchmark corpus's `famous_share`). Their events
are told apart by the words each uses rarely, not joined by the famous name and the busy city."""

import importlib.util
import sys
from datetime import date

import pytest

from checker.compare import compare
from checker.models import Claim
from tests.fresh import ROOT


@pytest.fixture(scope="module")
def synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("synthetic", None)


@pytest.fixture(scope="module")
def crowded(synthetic):
    corpus = synthetic.generate(400, famous_share=0.5)
    published = {a["id"]: date.fromisoformat(a["published"]) for a in corpus.articles}
    return corpus, compare([Claim(**c) for c in corpus.claims], published, workers=1)


def _stories(finding) -> set[str]:
    return {side.article.split("-")[0] for side in finding.sides}


def test_the_corpus_is_crowded(synthetic, crowded):
    corpus, _ = crowded
    famous = {p.name for p in synthetic.FAMOUS_EN + synthetic.FAMOUS_AR}
    speaking = sum(1 for c in corpus.claims if c["speaker"] in famous)
    assert speaking > len(corpus.claims) / 10


def test_every_planted_alteration_is_found(crowded):
    corpus, found = crowded
    missed = [p for p in corpus.planted
              if not any(c.kind == p.kind and p.article in {s.article for s in c.sides} for c in found)]
    assert missed == []


def test_summits_of_one_famous_person_in_one_capital_are_not_one_event(synthetic, crowded):
    corpus, found = crowded
    famous = {p.name for p in synthetic.FAMOUS_EN + synthetic.FAMOUS_AR}
    stories_of_famous = {c["article"].split("-")[0] for c in corpus.claims if c["speaker"] in famous}
    across = [c for c in found if len(_stories(c)) > 1]
    assert not [c for c in across if c.severity != "low" and _stories(c) <= stories_of_famous]
    # What is left between stories is a hedge ("possibly different events"), rarer than what was planted.
    assert len(across) < len(corpus.planted)
