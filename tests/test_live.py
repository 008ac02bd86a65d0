"""Against a real OpenAI-compatible server: runs only when OPENAI_BASE_URL is set."""

import pytest

from checker.extract import Extractor
from checker.extract.llm.client import LLM
from checker.models import Article
from checker.extract.recordings import RecordingStore
from checker.settings import Settings

pytestmark = pytest.mark.live


def test_a_real_model_extracts_grounded_claims(tmp_path):
    article = Article(
        id="live",
        path="live.txt",
        language="ar",
        paragraphs=[
            "قال وزير الدفاع الفرنسي جان إيف لو دريان الثلاثاء في باريس إن التحالف سيواصل عملياته.",
            "وأضاف أن وزراء دفاع 13 دولة شاركوا في الاجتماع.",
        ],
    )
    settings = Settings(CHECKER_FIXTURES_DIR=str(tmp_path))
    result = Extractor(settings, RecordingStore(tmp_path), LLM(settings)).extract(article)
    assert result.llm_calls >= 1 and result.usage.total_tokens > 0
    assert result.claims, result.warnings
    for claim in result.claims:
        assert claim.quote in article.text
        for value in (claim.speaker, claim.date, claim.location):
            assert value is None or value.replace("-", " ")[:4] in article.text.replace("-", " ")
    assert list(tmp_path.glob("*.json")), "the exchange was recorded"
