"""Each benchmark of a hostile or large input, at the small size of `--quick`: it finishes and gives
what it should (the script checks its own answers and exits 1 otherwise). Their timings are for people
reading the benchmarks, not for tests."""

import pytest

from tests.fresh import ROOT, run_python


@pytest.mark.parametrize("script", ["deep_json_bench.py", "giant_quote_bench.py", "giant_line_bench.py",
                                    "one_story_bench.py", "compare_bench.py"])
def test_a_benchmark_at_its_quick_size_finishes_with_the_right_answers(script):
    done = run_python([str(ROOT / "bench" / script), "--quick"])
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    assert "WRONG" not in done.stdout.decode()
