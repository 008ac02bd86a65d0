"""Errors of the model layer, importable without loading the openai client."""


class LLMError(Exception):
    """One request failed after its retries; the article it belongs to fails, the run goes on."""


class FatalLLMError(LLMError):
    """No request can succeed (bad key, unknown model): stop the run with one clear message."""
