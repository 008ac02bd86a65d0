"""The README's commands run as written, so that they cannot rot (installing is `.ci/run`'s part)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == language]


def commands(body: str) -> list[str]:
    """The block's lines as a shell runs them: comments dropped, installs left to `.ci/run`."""
    lines = [re.sub(r"\s+#.*$", "", line).strip() for line in body.splitlines()]
    lines = [re.sub(r"^(- run: )?pip install [^&]*(&& )?", "", line).strip() for line in lines]
    return [line for line in lines if line and not line.startswith("#")]


@pytest.fixture()
def newsroom(tmp_path) -> tuple[Path, dict]:
    """A folder with `seeds/` and `articles/` (a copy of it), and no model configured."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "seeds", tmp_path / "articles")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CHECKER_"))}
    env |= {"CHECKER_FIXTURES_DIR": str(ROOT / "fixtures"), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"}
    return tmp_path, env


def run(script: str, folder: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True, text=True, timeout=300)


def test_the_readme_is_short():
    assert len(README.splitlines()) <= 150


def test_every_check_command_of_the_readme_runs(newsroom):
    folder, env = newsroom
    shell = [line for body in blocks("bash") for line in commands(body) if not line.startswith(("export", "pytest"))]
    assert len(shell) >= 5  # check seeds/ and the four ways to use it on your articles
    for line in shell:
        done = run(line, folder, env)
        assert done.returncode == 0, (line, done.stderr[-2000:])
    assert "11" in run("check seeds/", folder, env).stdout
    for written in ("report.html", "report.json"):
        assert (folder / written).stat().st_size > 1000


@pytest.mark.parametrize("body", [b for b in blocks("bash") if b.lstrip().startswith("export")])
def test_each_model_setting_block_is_read_and_the_recorded_model_replays_under_it(newsroom, body):
    folder, env = newsroom
    exports = "\n".join(commands(body))
    shown = run(exports + '\npython -c "from checker.settings import Settings; s = Settings(); '
                'print(s.openai_base_url, s.model, s.response_format, s.openai_api_key is not None)"', folder, env)
    assert shown.returncode == 0, shown.stderr
    for name, value in re.findall(r"export (\w+)=(\S+)", exports):
        if name != "OPENAI_API_KEY":
            assert value in shown.stdout, (name, shown.stdout)
    assert shown.stdout.split()[-1] == "True"
    recorded = {path.name.split(".", 1)[1].removesuffix(".json") for path in (ROOT / "fixtures").glob("*.json")}
    if not any(f"CHECKER_MODEL={model}" in exports for model in recorded):
        return  # another model asks other requests (a capable one: whole articles): nothing to replay
    replayed = run(exports + "\ncheck articles/ --quiet --format json --output r.json", folder, env)
    assert replayed.returncode == 0, replayed.stderr[-2000:]
    assert '"llm_calls": 0' in (folder / "r.json").read_text(encoding="utf-8")


def test_the_ci_excerpt_blocks_on_the_seeds_high_findings(newsroom):
    folder, env = newsroom
    (yaml,) = blocks("yaml")
    (line,) = [c.removeprefix("- run: ") for c in commands(yaml) if "check " in c]
    done = run(line, folder, env | {"OPENAI_API_KEY": ""})
    assert done.returncode == 1  # --fail-on high, and the seeds have two high findings
    assert "11" in (folder / "check-report.md").read_text(encoding="utf-8")
