"""The program's `statistics` module: CPython's functions over a materialised, paid-for copy of the data.

CPython's exact functions (`mean`, `variance`, `stdev`, …) convert every element to a fraction and
cost several times more per element than a plain loop, so they charge a few steps per element.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import charge_keys, charge_sort, materialize
from ..runtime.registry import CONSTANT, Property, TypeTable
from ..runtime.structure import LEAF_TYPES
from .fractions_ import with_host_numbers
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_STEPS_PER_ELEMENT = {
    "mean": 6,
    "fmean": 1,
    "geometric_mean": 2,
    "harmonic_mean": 4,
    "median": 2,
    "median_low": 2,
    "median_high": 2,
    "median_grouped": 2,
    "mode": 2,
    "multimode": 2,
    "pstdev": 8,
    "pvariance": 8,
    "stdev": 8,
    "variance": 8,
}

_TWO_SERIES = ("correlation", "covariance", "linear_regression")

_LinearRegression = type(statistics.linear_regression([1, 2], [1, 2]))

TYPE_TABLES: dict[type, TypeTable] = {
    _LinearRegression: {
        "slope": Property(lambda r: r.slope, CONSTANT),
        "intercept": Property(lambda r: r.intercept, CONSTANT),
    }
}


def make_module(ctx: RunContext) -> ShimModule:
    def checked(result: Any) -> Any:
        """An int result can exceed the int limit (`pvariance([2**4095, 0])` has 8,189 bits)."""
        if type(result) is int:
            ctx.check_int_bits(result.bit_length())
        return result

    def one_series(name: str, weight: int) -> Callable[..., Any]:
        function = getattr(statistics, name)

        def run(data: Iterable[Any], *args: Any, **kwargs: Any) -> Any:
            values = materialize(ctx, data)
            ctx.charge(len(values) * weight // 2)
            if not LEAF_TYPES.issuperset(map(type, values)):  # medians sort, modes hash: containers deeply
                charge_keys(ctx, values)
                charge_sort(ctx, len(values), values)
            if "weights" in kwargs and kwargs["weights"] is not None:
                kwargs["weights"] = materialize(ctx, kwargs["weights"])
            elif name in ("fmean", "harmonic_mean") and args and args[0] is not None:
                args = (materialize(ctx, args[0]), *args[1:])
            return checked(with_host_numbers(ctx, values, lambda host: function(host, *args, **kwargs)))

        return run

    def two_series(name: str) -> Callable[..., Any]:
        function = getattr(statistics, name)

        def run(x: Iterable[Any], y: Iterable[Any], /, **kwargs: Any) -> Any:
            for series in (x, y):  # CPython compares `len(x)` with `len(y)` first: no iterators
                if not hasattr(type(series), "__len__"):
                    raise TypeError(f"object of type {ptc_type_name(series)!r} has no len()")
            xs = materialize(ctx, x)
            ys = materialize(ctx, y)
            ctx.charge(4 * (len(xs) + len(ys)))
            return checked(
                with_host_numbers(
                    ctx,
                    xs,
                    lambda x_host: with_host_numbers(
                        ctx, ys, lambda y_host: function(x_host, y_host, **kwargs)
                    ),
                )
            )

        return run

    def quantiles(data: Iterable[Any], *, n: int = 4, method: Any = "exclusive") -> list[float]:
        ctx.check_container_length(n)
        values = materialize(ctx, data)
        ctx.charge(len(values) + n)
        return with_host_numbers(ctx, values, lambda host: statistics.quantiles(host, n=n, method=method))

    members: dict[str, Any] = {
        name: native(name, one_series(name, weight)) for name, weight in _STEPS_PER_ELEMENT.items()
    }
    members.update({name: native(name, two_series(name)) for name in _TWO_SERIES})
    members["quantiles"] = native("quantiles", quantiles)
    members["StatisticsError"] = statistics.StatisticsError
    return ShimModule("statistics", members)
