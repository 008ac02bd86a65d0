"""Frozen dataclasses that are quick to make: the values read from a text (days, counts, places,
people) are made by the hundred thousand in a corpus."""

from __future__ import annotations

import copyreg
import dataclasses


def quick_init(cls):
    """A frozen dataclass given an `__init__` that fills the instance's `__dict__` directly, a field
    at a time. The one dataclasses writes goes through `object.__setattr__` for each field, to get
    past the freezing: two to three times slower. Same parameters, same defaults; for classes with
    neither `__post_init__` nor slots. Instances are pickled as their fields (`__reduce__`)."""
    if (not dataclasses.is_dataclass(cls) or not cls.__dataclass_params__.frozen or hasattr(cls, "__post_init__")
            or hasattr(cls, "__slots__")):
        raise TypeError(f"{cls.__name__}: quick_init is for plain frozen dataclasses")
    namespace: dict[str, object] = {"_FACTORY": _FACTORY}
    parameters, body, names = [], ["    values = self.__dict__"], []
    for f in dataclasses.fields(cls):
        names.append(f.name)
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init takes fields given in order only")
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            parameters.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY:\n        {f.name} = _factory_{f.name}()")
        else:
            parameters.append(f.name)
        body.append(f"    values[{f.name!r}] = {f.name}")
    # Pickled as its fields, made again by the quick __init__, rather than as an empty instance and its
    # __dict__: what a worker process sends is a sixth smaller and taken in about a third faster, and
    # values kept on the instance (`memo.remembered`) are not sent.
    namespace.update(_CLASS=cls, _NEW=copyreg.__newobj__)
    reduce = ("def __reduce__(self):\n"
              "    if self.__class__ is not _CLASS:  # a subclass's fields are its own: pickled as usual\n"
              "        return _NEW, (self.__class__,), self.__dict__\n"
              "    values = self.__dict__\n"
              f"    return _CLASS, ({''.join(f'values[{name!r}], ' for name in names)})")
    exec(f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body) + "\n" + reduce, namespace)
    for name in ("__init__", "__reduce__"):
        method = namespace[name]
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    return cls


_FACTORY = object()  # stands for a field's default that a factory makes
