import os

import pytest
from hypothesis import settings

# On CI the property tests run the same examples every time: a red CI blocks everything, so it must
# mean a change broke something, not that today's random draw found an old edge case. Local runs keep
# drawing new examples; whatever they find is pinned with @example.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_collection_modifyitems(config, items):
    if os.environ.get("OPENAI_BASE_URL"):
        return
    skip = pytest.mark.skip(reason="live test: set OPENAI_BASE_URL (and OPENAI_API_KEY, CHECKER_MODEL) to run it")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)
