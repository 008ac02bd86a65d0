"""The comparison stands alone: importing it loads no extraction and no model client."""

import json

from tests.fresh import fresh_python


def test_importing_the_comparison_loads_no_extraction_or_llm_code():
    out = fresh_python("""
        import json, sys
        import checker.compare
        print(json.dumps(sorted(sys.modules)))
    """)
    loaded = json.loads(out)
    assert "checker.compare.run" in loaded, "the comparison itself was imported"
    assert not [name for name in loaded if name.split(".")[0] in ("openai", "instructor", "httpx")
                or name.startswith(("checker.extract", "checker.load", "checker.pipeline", "checker.cli"))]
