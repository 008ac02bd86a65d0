"""Benchmark: claims files nested far too deep (a benchmark, not a test).

JSON arrays nested 100,000 deep, objects nested as deep, and a claim whose extra field is nested so:
`check --claims FILE` must exit 2 (a usage error) with one line naming the problem, at once, never a
traceback.

    python bench/deep_json_bench.py                  # 100,000 levels
    python bench/deep_json_bench.py --depths 1000 1000000
    python bench/deep_json_bench.py --quick          # 10,000 levels: checks the answers only

Exits 1 when an answer is not that.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHAPES = {
    "arrays": lambda depth: "[" * depth + "]" * depth,
    "objects": lambda depth: '{"a": ' * depth + "1" + "}" * depth,
    "in a claim": lambda depth: ('{"claims": [{"article": "a", "statement": "12 people were killed", "table": '
                                 + "[" * depth + "]" * depth + "}]}"),
}


def run(path: Path) -> tuple[float, int, str]:
    """Seconds, exit code and standard error of `check --claims path` in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "checker.cli", "--claims", str(path), "--quiet"],
                          capture_output=True, text=True)
    return time.perf_counter() - started, done.returncode, done.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--depths", type=int, nargs="+", default=[100_000])
    parser.add_argument("--quick", action="store_true", help="10,000 levels: checks the answers only")
    args = parser.parse_args()
    failed = False
    for depth in [10_000] if args.quick else args.depths:
        for shape, make in SHAPES.items():
            with tempfile.TemporaryDirectory(prefix="check-deep-json-") as folder:
                path = Path(folder) / f"deep-{depth}.json"
                path.write_text(make(depth), encoding="utf-8")
                seconds, code, stderr = run(path)
            lines = stderr.replace(str(path), "FILE").strip().splitlines()
            right = code == 2 and len(lines) == 1 and "nested" in lines[0]
            failed = failed or not right
            print(f"{depth:>9} levels, {shape:<10}  {seconds:5.2f} s  exit {code}  "
                  f"{lines[-1] if lines else '(nothing said)'}" + ("" if right else "  WRONG"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
