"""Versioned prompt files in `prompts/`: `<name>.v<N>.md`, in sections opened by "## <name>" lines: a
system and a user section, and parts the system text takes in place of its `$answer` (one per shape
of request)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "prompts"
_SECTION = re.compile(r"^## (\w+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Prompt:
    version: str  # e.g. "extract.v2": part of every recording's key
    system: Template
    user: Template
    parts: dict[str, str] = field(default_factory=dict)  # e.g. "sentence", "article"

    def render(self, part: str | None = None, **values: str) -> list[dict[str, str]]:
        """The request's messages; `part`: the section the system text takes as its `$answer`."""
        system = self.system.substitute(answer=self.parts[part]) if part else self.system.template
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": self.user.substitute(**values)},
        ]


def load_prompt(name: str, version: int | None = None, directory: Path = PROMPTS_DIR) -> Prompt:
    """The given version of a prompt, or its highest version when none is given."""
    candidates = {
        int(m.group(1)): path
        for path in directory.glob(f"{name}.v*.md")
        if (m := re.fullmatch(rf"{re.escape(name)}\.v(\d+)\.md", path.name))
    }
    if not candidates:
        raise FileNotFoundError(f"no prompt '{name}' in {directory}")
    chosen = version if version is not None else max(candidates)
    if chosen not in candidates:
        raise FileNotFoundError(f"no prompt '{name}' version {chosen} in {directory}")
    text = candidates[chosen].read_text(encoding="utf-8")
    parts = _SECTION.split(text)
    sections = dict(zip(parts[1::2], parts[2::2]))
    if not {"system", "user"} <= set(sections):
        raise ValueError(f"{candidates[chosen].name}: needs a '## system' and a '## user' section")
    return Prompt(
        version=f"{name}.v{chosen}",
        system=Template(sections.pop("system").strip()),
        user=Template(sections.pop("user").strip("\n")),
        parts={key: text.strip() for key, text in sections.items()},
    )
