import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("OPENAI_BASE_URL"):
        return
    skip = pytest.mark.skip(reason="live test: set OPENAI_BASE_URL (and OPENAI_API_KEY, CHECKER_MODEL) to run it")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)
