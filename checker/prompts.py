"""Versioned prompt files in `prompts/`: `<name>.v<N>.md`, split into a system and a user section."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_SECTION = re.compile(r"^## (system|user)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Prompt:
    version: str  # e.g. "extract.v1": part of every recording's key
    system: str
    user: Template

    def render(self, **values: str) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": self.system},
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
    if set(sections) != {"system", "user"}:
        raise ValueError(f"{candidates[chosen].name}: needs a '## system' and a '## user' section")
    return Prompt(
        version=f"{name}.v{chosen}",
        system=sections["system"].strip(),
        user=Template(sections["user"].strip("\n")),
    )
