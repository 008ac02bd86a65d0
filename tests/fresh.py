"""Code run in a fresh interpreter, for the tests that need a forked worker or a real standard output:
the test session may have threads of its own (a fake server's), and with another thread running the
work is rightly never forked."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run_python(args: list[str], env: dict[str, str | None] | None = None,
               stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """`python ARGS` from the project's root, its output as bytes. `env`: variables set (or, given
    None, unset) on top of this process's."""
    variables = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name, value in (env or {}).items():
        if value is None:
            variables.pop(name, None)
        else:
            variables[name] = value
    return subprocess.run([sys.executable, *args], stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT,
                          env=variables, timeout=120)


def fresh_python(code: str, *args: str) -> str:
    """What `code` (indented as in the test) prints, run with `args` from the project's root."""
    done = run_python(["-c", textwrap.dedent(code), *args])
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()
