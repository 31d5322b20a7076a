"""The program's `heapq` module: CPython's heap functions on the program's lists.

Each push/pop is O(log n) comparisons, each charged by the weight of what it compares (program
comparison dunders, if any, charge themselves too); the
functions that take whole iterables charge per element first, and pushes check the container limit.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule
from ..runtime.budget import (
    charge_comparisons,
    charge_elements,
    charge_elements_deeply,
    charge_sort,
    charged_key,
    materialize,
)
from .support import ShimIterator, functions, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext


def make_module(ctx: RunContext) -> ShimModule:
    def sift_cost(heap: list[Any], item: Any) -> None:
        """A sift compares `item` (or the moved last element) along one path: 2·log2(n) at most."""
        charge_comparisons(ctx, 2 * len(heap).bit_length() + 1, item)

    def heappush(heap: list[Any], item: Any) -> None:
        ctx.check_container_length(len(heap) + 1)
        sift_cost(heap, item)
        heapq.heappush(heap, item)

    def heappop(heap: list[Any]) -> Any:
        if heap:
            sift_cost(heap, heap[-1])
        return heapq.heappop(heap)

    def heappushpop(heap: list[Any], item: Any) -> Any:
        sift_cost(heap, item)
        return heapq.heappushpop(heap, item)

    def heapreplace(heap: list[Any], item: Any) -> Any:
        sift_cost(heap, item)
        return heapq.heapreplace(heap, item)

    def heapify(heap: list[Any]) -> None:
        charge_elements(ctx, 2 * len(heap))
        charge_elements_deeply(ctx, heap)
        heapq.heapify(heap)

    def nlargest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
        items = materialize(ctx, iterable)
        charge_sort(ctx, len(items), items if key is None else None)  # pyright: ignore[reportArgumentType]
        if key is not None:
            key = charged_key(ctx, key, max(len(items).bit_length(), 1))  # pyright: ignore[reportArgumentType]
        return heapq.nlargest(n, items, key=key)

    def nsmallest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
        items = materialize(ctx, iterable)
        charge_sort(ctx, len(items), items if key is None else None)  # pyright: ignore[reportArgumentType]
        if key is not None:
            key = charged_key(ctx, key, max(len(items).bit_length(), 1))  # pyright: ignore[reportArgumentType]
        return heapq.nsmallest(n, items, key=key)

    def merge(
        *iterables: Iterable[Any], key: Callable[[Any], Any] | None = None, reverse: bool = False
    ) -> ShimIterator:
        return ShimIterator(
            "generator", heapq.merge(*(pulled(ctx, i) for i in iterables), key=key, reverse=reverse), ctx
        )

    return ShimModule(
        "heapq",
        functions(
            {
                "heappush": heappush,
                "heappop": heappop,
                "heappushpop": heappushpop,
                "heapreplace": heapreplace,
                "heapify": heapify,
                "nlargest": nlargest,
                "nsmallest": nsmallest,
                "merge": merge,
            }
        ),
    )
