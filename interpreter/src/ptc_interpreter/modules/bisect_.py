"""The program's `bisect` module: CPython's binary searches on the program's sorted lists.

A search is O(log n) comparisons (each charged by the weight of the value searched for); an insertion also shifts up to n elements (charged) and grows
the list (checked against the container limit).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule
from ..runtime.budget import (
    charge_comparisons,
    charge_elements,
    charge_ordering_key,
    measured_key,
    sort_passes,
)
from .support import functions

if TYPE_CHECKING:
    from ..runtime.context import RunContext


def make_module(ctx: RunContext) -> ShimModule:
    def charged(x: Any, a: Any, key: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
        """Comparing long texts costs their length: `x` is compared with about log2(n) elements, or,
        with a key, each key computed is compared once."""
        if key is None:
            charge_ordering_key(ctx, x, sort_passes(len(a)))
            return None
        return measured_key(ctx, key)

    def searcher(search: Callable[..., int]) -> Callable[..., int]:
        def run(
            a: Any, x: Any, lo: int = 0, hi: int | None = None, *, key: Callable[[Any], Any] | None = None
        ) -> int:
            charge_comparisons(ctx, len(a).bit_length() + 1, x)  # a key's result is compared with x too
            return search(a, x, lo, len(a) if hi is None else hi, key=charged(x, a, key))

        return run

    def inserter(insort: Callable[..., None]) -> Callable[..., None]:
        def run(
            a: Any, x: Any, lo: int = 0, hi: int | None = None, *, key: Callable[[Any], Any] | None = None
        ) -> None:
            ctx.check_container_length(len(a) + 1)
            charge_elements(ctx, len(a))
            charge_comparisons(ctx, len(a).bit_length() + 1, x)
            insort(a, x, lo, len(a) if hi is None else hi, key=charged(x, a, key))

        return run

    members = functions(
        {
            "bisect_left": searcher(bisect.bisect_left),
            "bisect_right": searcher(bisect.bisect_right),
            "insort_left": inserter(bisect.insort_left),
            "insort_right": inserter(bisect.insort_right),
        }
    )
    # The same objects, as in CPython: `bisect.bisect is bisect.bisect_right`.
    members["bisect"] = members["bisect_right"]
    members["insort"] = members["insort_right"]
    return ShimModule("bisect", members)
