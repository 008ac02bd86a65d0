"""Code run in a fresh interpreter, for the tests that need a forked worker: the test session may have
threads of its own (a fake server's), and with another thread running the work is rightly never forked."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).parent.parent


def fresh_python(code: str, *args: str) -> str:
    """What `code` (indented as in the test) prints, run with `args` from the project's root."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout
