"""Settings from the environment and `.env`. The API key is a SecretStr and is never logged."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    model: str | None = Field(default=None, validation_alias="CHECKER_MODEL")
    # Sentences per request: 0 sends the whole article in one call (capable models); small local
    # models do far better on one short, well-bounded request per sentence.
    # Unset: one sentence per request for a server on this machine, the whole article otherwise.
    sentences_per_request: int | None = Field(default=None, ge=0, validation_alias="CHECKER_SENTENCES_PER_REQUEST")
    timeout: float = Field(default=120.0, gt=0, validation_alias="CHECKER_TIMEOUT")
    max_retries: int = Field(default=3, ge=0, le=10, validation_alias="CHECKER_MAX_RETRIES")
    validation_retries: int = Field(default=1, ge=0, le=5, validation_alias="CHECKER_VALIDATION_RETRIES")
    # Every attempt counts: transport retries and re-asks. Past this, an article's remaining requests fail.
    max_attempts_per_article: int = Field(default=100, ge=1, validation_alias="CHECKER_MAX_ATTEMPTS_PER_ARTICLE")
    concurrency: int = Field(default=4, ge=1, le=256, validation_alias="CHECKER_CONCURRENCY")
    requests_per_minute: int | None = Field(default=None, ge=1, validation_alias="CHECKER_REQUESTS_PER_MINUTE")
    batch_poll_seconds: float = Field(default=30.0, gt=0, validation_alias="CHECKER_BATCH_POLL_SECONDS")
    max_article_chars: int = Field(default=200_000, gt=0, validation_alias="CHECKER_MAX_ARTICLE_CHARS")
    # "json_object_schema" sends the schema inside response_format, which llama.cpp-style servers use
    # to constrain decoding; "json_object" is plain JSON mode, understood by OpenAI and most servers.
    response_format: Literal["json_object", "json_object_schema"] = Field(
        default="json_object", validation_alias="CHECKER_RESPONSE_FORMAT"
    )
    max_output_tokens: int = Field(default=2048, gt=0, validation_alias="CHECKER_MAX_OUTPUT_TOKENS")
    # Processes the comparison of a large corpus may use; unset: one per core, 1: no worker processes.
    workers: int | None = Field(default=None, ge=1, le=64, validation_alias="CHECKER_WORKERS")
    fixtures_dir: Path | None = Field(default=None, validation_alias="CHECKER_FIXTURES_DIR")
    # A TOML file of more places to compare (`checker/places_file.py` says its form).
    places_file: Path | None = Field(default=None, validation_alias="CHECKER_PLACES")
    # A TOML file of more opposite words (`checker/data/opposites.*.toml` show its form).
    opposites_file: Path | None = Field(default=None, validation_alias="CHECKER_OPPOSITES")

    @property
    def model_configured(self) -> bool:
        """True when the user pointed the tool at a model (a key or a server)."""
        return self.openai_api_key is not None or self.openai_base_url is not None

    @property
    def recordings_dir(self) -> Path:
        """CHECKER_FIXTURES_DIR, else ./fixtures, else the recordings shipped beside the package."""
        if self.fixtures_dir is not None:
            return self.fixtures_dir
        here = Path("fixtures")
        if here.is_dir():
            return here
        shipped = Path(__file__).resolve().parent.parent / "fixtures"
        return shipped if shipped.is_dir() else here

    @property
    def model_name(self) -> str:
        return self.model or "gpt-4o-mini"
