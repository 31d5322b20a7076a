"""The `time`, `random` and `string` shims: host clock, host-seeded draws, CPython's constants."""

from __future__ import annotations

import random
import string
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_interpreter.runtime.scheduler import Suspension
from ptc_shims import FIXED_NOW, Shims, make_ctx


def test_time_reads_the_host_clock(shims: Shims) -> None:
    assert shims.time.time() == FIXED_NOW.timestamp()
    assert shims.time.monotonic() == FIXED_NOW.timestamp()
    assert shims.time.time_ns() == 1_709_649_015_123_456_000
    assert repr(shims.time.time) == "<built-in function time>"


def test_sleep_asks_the_scheduler_to_suspend_only_at_a_suspension_point(shims: Shims) -> None:
    with pytest.raises(RuntimeError, match="called through another name"):
        shims.time.sleep(1.5)
    shims.ctx.suspension_site = True
    request = shims.time.sleep(1.5)
    assert isinstance(request, Suspension)
    assert request.seconds == 1.5
    with pytest.raises(ValueError, match="non-negative"):
        shims.time.sleep(-1)


def test_random_is_seeded_by_the_host_and_reproducible(shims: Shims) -> None:
    reference = random.Random(1234)
    assert shims.random.random() == reference.random()
    assert shims.random.randint(1, 100) == reference.randint(1, 100)
    assert shims.random.choice("abcdef") == reference.choice("abcdef")
    items = list(range(10))
    expected = list(range(10))
    shims.random.shuffle(items)
    reference.shuffle(expected)
    assert items == expected
    assert shims.random.sample(range(100), 5) == reference.sample(range(100), 5)
    assert shims.random.choices("abc", k=4) == reference.choices("abc", k=4)
    assert shims.random.uniform(1, 2) == reference.uniform(1, 2)
    assert shims.random.gauss(0, 1) == reference.gauss(0, 1)


def test_two_runs_with_the_same_seed_draw_the_same(make_shims: Any) -> None:
    first, second = make_shims(), make_shims()
    assert [first.random.random() for _ in range(5)] == [second.random.random() for _ in range(5)]


def test_seed_never_reads_entropy(shims: Shims) -> None:
    shims.random.seed(7)
    seeded = shims.random.random()
    shims.random.seed("text")
    assert shims.random.random() == random.Random("text").random()
    shims.random.seed()
    assert shims.random.random() == random.Random(make_ctx().host.random_seed()).random()
    shims.random.seed(7)
    assert shims.random.random() == seeded
    with pytest.raises(TypeError):
        shims.random.seed([1, 2])


def test_random_sizes_are_checked(make_shims: Any) -> None:
    shims = make_shims(max_container_length=100)
    with pytest.raises(PtcLimitError):
        shims.random.choices("ab", k=1_000)
    with pytest.raises(PtcLimitError):
        shims.random.getrandbits(10**6)
    with pytest.raises(PtcLimitError):
        shims.random.randbytes(10**8)


def test_string_constants_equal_cpython(shims: Shims) -> None:
    for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits"):
        assert getattr(shims.string, name) == getattr(string, name)
    for name in ("punctuation", "whitespace", "printable"):
        assert getattr(shims.string, name) == getattr(string, name)
    assert shims.string.capwords("hello   big world") == string.capwords("hello   big world")


def test_no_module_exposes_private_names_or_host_functions(shims: Shims) -> None:
    from ptc_interpreter.modules import MODULE_FACTORIES
    from ptc_interpreter.runtime.native import NativeFunction

    for name in MODULE_FACTORIES:
        if name == "asyncio":
            continue
        module = getattr(shims, name)
        for member_name, member in module._members.items():
            assert not member_name.startswith("_"), (name, member_name)
            assert (
                not callable(member)
                or isinstance(member, NativeFunction)
                or hasattr(member, "ptc_getattr")
                or (isinstance(member, type) and issubclass(member, BaseException))
            ), (name, member_name, member)


def test_struct_time_functions_use_utc(shims: Shims) -> None:
    import time

    epoch = shims.time.gmtime(0)
    assert shims.attr(epoch, "tm_year") == 1970 and epoch[0] == 1970
    assert shims.time.localtime(0) == epoch
    assert shims.time.strftime("%Y-%m-%d %H:%M %Z %z", epoch) == "1970-01-01 00:00 UTC +0000"
    assert shims.time.strftime("%Y-%m-%d", (2024, 2, 29, 0, 0, 0, 0, 0, 0)) == "2024-02-29"
    assert shims.time.strftime("%H:%M") == FIXED_NOW.strftime("%H:%M")
    assert shims.time.mktime(time.gmtime(86_400)) == 86_400.0
    with pytest.raises(ValueError, match="not supported"):
        shims.time.strftime("%s")


def test_draws_from_huge_ranges_are_not_charged_by_population_size(make_shims: Any) -> None:
    shims = make_shims(max_steps=1_000)
    assert len(shims.random.sample(range(10**12), 5)) == 5
    assert len(shims.random.choices(range(10**12), k=5)) == 5
    assert 0 <= shims.random.randrange(10**12) < 10**12
