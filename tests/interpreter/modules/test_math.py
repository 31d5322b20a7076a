"""The `math` shim: CPython's results, and giant integers refused before they are computed."""

from __future__ import annotations

import math
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_shims import Shims


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("sqrt", (2,)),
        ("floor", (-2.5,)),
        ("ceil", (2.1,)),
        ("log", (100, 10)),
        ("log2", (1024,)),
        ("isclose", (0.1 + 0.2, 0.3)),
        ("factorial", (30,)),
        ("comb", (50, 25)),
        ("perm", (20, 5)),
        ("perm", (10,)),
        ("gcd", (12, 18, 30)),
        ("lcm", (4, 6, 10)),
        ("isqrt", (10**20,)),
        ("hypot", (3, 4)),
        ("dist", ((0, 0), (3, 4))),
        ("fsum", ([0.1] * 10,)),
        ("prod", ([1, 2, 3, 4],)),
        ("trunc", (-3.7,)),
        ("copysign", (1, -0.0)),
    ],
)
def test_results_equal_cpython(shims: Shims, name: str, args: tuple[Any, ...]) -> None:
    assert getattr(shims.math, name)(*args) == getattr(math, name)(*args)


def test_constants_and_errors_match_cpython(shims: Shims) -> None:
    assert (shims.math.pi, shims.math.e, shims.math.tau, shims.math.inf) == (
        math.pi,
        math.e,
        math.tau,
        math.inf,
    )
    assert math.isnan(shims.math.nan)
    with pytest.raises(ValueError, match="math domain error"):
        shims.math.sqrt(-1)
    with pytest.raises(ValueError):
        shims.math.factorial(-1)
    assert shims.math.prod([2, 3], start=5) == 30


@pytest.mark.parametrize(
    "call",
    [
        lambda m: m.factorial(100_000),
        lambda m: m.factorial(10**30),
        lambda m: m.comb(10**6, 5 * 10**5),
        lambda m: m.comb(2**2000, 2**1000),
        lambda m: m.perm(10**6),
        lambda m: m.perm(10**5, 10**4),
        lambda m: m.lcm(*range(1, 5_000)),
        lambda m: m.prod([2**4000] * 10),
    ],
)
def test_giant_integers_are_refused_before_computing(shims: Shims, call: Any) -> None:
    with pytest.raises(PtcLimitError, match="bits"):
        call(shims.math)


def test_results_at_the_limit_are_allowed(shims: Shims) -> None:
    # 4096 bits allows 500! (3767 bits) but not 600!
    assert shims.math.factorial(500) == math.factorial(500)
    with pytest.raises(PtcLimitError):
        shims.math.factorial(600)
    assert shims.math.comb(1000, 500) == math.comb(1000, 500)


def test_prod_and_fsum_charge_per_element(make_shims: Any) -> None:
    shims = make_shims(max_steps=50)
    with pytest.raises(PtcLimitError, match="step budget"):
        shims.math.fsum(iter([1.0] * 100_000))
    shims = make_shims(max_steps=50)
    with pytest.raises(PtcLimitError, match="step budget"):
        shims.math.prod(iter([1] * 100_000))
