"""check: find where news articles about the same events contradict each other."""

__version__ = "0.1.0"
