"""Record and replay of LLM exchanges: the store is also the cache.

One JSON file per request under the fixtures folder, named `<key>.<model>.json`, where the key hashes
the prompt version, the schema version and the whole request sent. Files are written atomically (temporary
file + rename), so a killed run never leaves half a recording. Request headers (and so the API key) are
never recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from checker.models import Usage


class Mode(str, Enum):
    """How a run uses the recordings."""

    DEFAULT = "default"  # replay a matching recording, else ask the model and record
    OFFLINE = "offline"  # replay only; never touch the network
    REFRESH = "refresh"  # ask again and overwrite the recordings


class Recording(BaseModel):
    key: str
    model: str
    prompt_version: str
    schema_version: str
    article: str  # informational: the article the request came from when it was recorded
    request: dict[str, Any]  # messages, response_format, temperature
    raw_responses: list[str] = Field(default_factory=list)  # every attempt's raw answer, in order
    parsed: dict[str, Any] | None = None  # the validated answer, or None when the request failed
    error: str | None = None  # why the request gave no usable answer
    salvaged: list[str] = Field(default_factory=list)  # values of the answer kept that Python cut or dropped
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    seconds: float = 0.0
    recorded_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))


def request_key(prompt_version: str, schema_version: str, request: Any) -> str:
    """The key of a request: its prompt and schema versions and everything sent (from schema claims.v2
    on, the whole rendered request: system text, article text and the answer's schema), so that no
    change to any of it can replay an answer to another request."""
    sent = request if isinstance(request, str) else json.dumps(request, ensure_ascii=False, sort_keys=True)
    digest = hashlib.sha256(f"{prompt_version}\n{schema_version}\n{sent}".encode()).hexdigest()
    return digest[:32]


def model_slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model).strip("_") or "model"


class RecordingStore:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        # File names by key, for finding a request's recording by any model: the folder is listed once,
        # on the first such look-up, not once a look-up (a rerun of 10,000 articles would list a folder
        # of 10,000 files 10,000 times). Recordings saved here are added; those another process saves
        # meanwhile are not seen until the next run.
        self._names: dict[str, list[str]] | None = None

    def find(self, key: str, model: str | None) -> Recording | None:
        """The recording of this request by `model`, or by any model when `model` is None."""
        if model is not None:
            path = self.directory / f"{key}.{model_slug(model)}.json"
            candidates = [path] if path.is_file() else []
        else:
            candidates = [self.directory / name for name in sorted(self._listed().get(key, ()))]
        for path in candidates:
            try:
                return Recording.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # an unreadable recording is a cache miss, never a crash
        return None

    def save(self, recording: Recording) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{recording.key}.{model_slug(recording.model)}.json"
        data = json.dumps(recording.model_dump(mode="json"), ensure_ascii=False, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".rec-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o644)  # mkstemp makes it private; recordings are shared files
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if self._names is not None and path.name not in (names := self._names.setdefault(recording.key, [])):
            names.append(path.name)
        return path

    def _listed(self) -> dict[str, list[str]]:
        if self._names is None:
            names: dict[str, list[str]] = {}
            try:
                with os.scandir(self.directory) as entries:
                    for entry in entries:
                        key, dot, rest = entry.name.partition(".")
                        if dot and key and rest.endswith(".json"):  # <key>.<model>.json
                            names.setdefault(key, []).append(entry.name)
            except (FileNotFoundError, NotADirectoryError):
                pass
            self._names = names
        return self._names
