"""Remembering what is asked again and again of the same words and values while a corpus is read."""

from __future__ import annotations


class WordMemo(dict):
    """A function of one word key, remembered. `memo[key]` is a plain dict lookup, the cheapest test
    there is for the questions asked of every token ("can a date begin here?"); `memo(key)` works too.
    Forgets everything when it grows past a bound, as the word caches elsewhere do."""

    def __init__(self, function):
        super().__init__()
        self.function = function
        self.__doc__ = function.__doc__

    def __missing__(self, key: str):
        if len(self) >= 1 << 18:
            self.clear()
        value = self[key] = self.function(key)
        return value

    def __call__(self, key: str):
        return self[key]


class remembered:
    """A property computed on first use and then kept on the object, as functools.cached_property but
    without its lock, which costs more than the small properties remembered here. Works on frozen
    dataclasses: the value goes straight into the instance's __dict__."""

    def __init__(self, function) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value
