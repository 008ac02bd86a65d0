"""`quick_init` makes a frozen dataclass the way the dataclass's own `__init__` does, only faster."""

import dataclasses
import pickle

import pytest

from checker.normalise.dates import When
from checker.normalise.frozen import quick_init
from checker.normalise.numbers import Quantity


@dataclasses.dataclass(frozen=True)
class _Plain:
    name: str
    count: int = 3
    tags: frozenset = dataclasses.field(default_factory=frozenset)
    notes: list = dataclasses.field(default_factory=list)


_Quick = quick_init(dataclasses.make_dataclass("_Quick", [(f.name, f.type, f) for f in dataclasses.fields(_Plain)],
                                               frozen=True))


@pytest.mark.parametrize(("args", "kwargs"), [(("a",), {}), (("a", 5), {}), (("a",), {"tags": frozenset("x")}),
                                                (("a", 1, frozenset(), ["n"]), {}), ((), {"name": "b", "count": 0})])
def test_the_quick_init_takes_the_same_arguments_and_makes_the_same_values(args, kwargs):
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    assert dataclasses.asdict(plain) == dataclasses.asdict(quick)
    assert vars(plain) == vars(quick)


def test_the_quick_init_refuses_what_the_dataclass_refuses_and_stays_frozen():
    with pytest.raises(TypeError):
        _Quick()  # `name` has no default
    with pytest.raises(TypeError):
        _Quick("a", wrong=1)
    made = _Quick("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "b"
    assert _Quick("a").notes is not _Quick("a").notes, "a factory makes each default anew"


def test_values_read_from_texts_keep_equality_hashing_replace_and_pickling():
    when = When("يوم السبت", weekday=5, pos=3)
    assert when == When("يوم السبت", None, None, None, 5, pos=3) and hash(when) == hash(When("يوم السبت", weekday=5, pos=3))
    assert dataclasses.replace(when, weekday=6).weekday == 6 and when.weekday == 5
    assert pickle.loads(pickle.dumps(when)) == when and when.day_level
    count = Quantity(11, 11, 11, "exact", "دولة", "country")
    assert count.modifiers == frozenset() and pickle.loads(pickle.dumps(count)) == count


def test_classes_it_cannot_make_quickly_are_refused():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self):
            assert self.value > 0

    @dataclasses.dataclass
    class Mutable:
        value: int

    for cls in (Checked, Mutable):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_a_quick_dataclass_is_pickled_as_its_fields_alone():
    when = When("on Thursday", weekday=3, pos=47)
    assert when.span is None and "span" in vars(when)  # a value remembered on the instance
    back = pickle.loads(pickle.dumps(when, pickle.HIGHEST_PROTOCOL))
    assert back == when and type(back) is When and "span" not in vars(back)
    assert back.__reduce__() == (When, tuple(getattr(when, f.name) for f in dataclasses.fields(When)))
    later = pickle.loads(pickle.dumps(_Later("on Friday", weekday=4, note="n")))
    assert type(later) is _Later and later.note == "n" and later.weekday == 4 and later == _Later("on Friday", weekday=4, note="n")


@dataclasses.dataclass(frozen=True)
class _Later(When):  # a subclass's own fields are not lost
    note: str = ""
