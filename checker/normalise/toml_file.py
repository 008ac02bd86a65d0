"""A newsroom's TOML file (places, opposite words), read into its pydantic model; any problem is one
line naming it, raised as the caller's error."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def read_text(path: Path, error: type[Exception]) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text: byte {exc.start}") from None


def parse(text: str, model: type[M], error: type[Exception]) -> M:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"not TOML: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise error(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
