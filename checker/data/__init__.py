"""Data files shipped with the checker (the opposites of each language)."""
