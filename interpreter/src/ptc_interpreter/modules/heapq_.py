"""The program's `heapq` module: CPython's heap functions on the program's lists.

Each push/pop is O(log n) comparisons (program comparison dunders, if any, charge themselves). They
are CPython's pure-Python sifts, comparing through `less`, because comparing two long texts costs
their length and CPython's C heap would do that uncharged (a heap of two 1M-character texts sharing a
prefix, referenced 50,000 times each, costs 17 memcmps of 1 MB per pop); each push/pop is also
charged up front by the weight of the container it sifts (`sift_cost`). The functions that take
whole iterables charge per element and for the texts and containers they compare first, and pushes
check the container limit.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import (
    charge_comparisons,
    charge_elements,
    charge_elements_deeply,
    charge_ordering,
    charge_ordering_key,
    charge_sort,
    keys_of,
    materialize,
    measured_key,
    sort_passes,
)
from .support import GeneratorShim, ShimIterator, functions, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext


_NUMBERS: frozenset[type[Any]] = frozenset({int, float})


def make_module(ctx: RunContext) -> ShimModule:
    def sift_cost(heap: list[Any], item: Any) -> None:
        """A sift compares `item` (or the moved last element) along one path: 2·log2(n) at most."""
        charge_comparisons(ctx, 2 * len(heap).bit_length() + 1, item)

    def less(a: Any, b: Any) -> bool:
        """`a < b` as the heap compares, charged for long texts (CPython compares them uncharged)."""
        if type(cast(object, a)) not in _NUMBERS:
            charge_ordering_key(ctx, a, 1)
        return a < b

    def check_size(heap: list[Any], size: int) -> None:
        if len(heap) != size:  # a program `__lt__` changed it
            raise RuntimeError("list changed size during iteration")

    def sift_down(heap: list[Any], start: int, position: int) -> None:
        # CPython's C `siftdown`, with charged comparisons: it swaps as it goes, so a comparison
        # that raises leaves every element in the heap, where the pure-Python `_siftdown` would not
        size = len(heap)
        while position > start:
            parent_position = (position - 1) >> 1
            smaller = less(heap[position], heap[parent_position])
            check_size(heap, size)
            if not smaller:
                break
            heap[parent_position], heap[position] = heap[position], heap[parent_position]
            position = parent_position

    def sift_up(heap: list[Any], position: int) -> None:
        # CPython's C `siftup`, with charged comparisons: the smaller child is swapped up to a leaf
        end = len(heap)
        start = position
        limit = end >> 1
        while position < limit:
            child = 2 * position + 1
            if child + 1 < end:
                child += not less(heap[child], heap[child + 1])
                check_size(heap, end)
            heap[child], heap[position] = heap[position], heap[child]
            position = child
        sift_down(heap, start, position)

    def checked_heap(heap: Any, callee: str, argument: str = "argument 1") -> list[Any]:
        if type(heap) is not list:  # CPython's argument parsing, which names None so
            shown = "None" if heap is None else ptc_type_name(heap)
            raise TypeError(f"{callee}() {argument} must be list, not {shown}")
        return cast(list[Any], heap)

    def heappush(heap: list[Any], item: Any) -> None:
        heap = checked_heap(heap, "heappush")
        ctx.check_container_length(len(heap) + 1)
        sift_cost(heap, item)
        heap.append(item)
        sift_down(heap, 0, len(heap) - 1)

    def heappop(heap: list[Any]) -> Any:
        heap = checked_heap(heap, "heappop", "argument")
        if not heap:
            raise IndexError("index out of range")
        sift_cost(heap, heap[-1])
        last = heap.pop()
        if heap:
            first = heap[0]
            heap[0] = last
            sift_up(heap, 0)
            return first
        return last

    def heappushpop(heap: list[Any], item: Any) -> Any:
        heap = checked_heap(heap, "heappushpop")
        sift_cost(heap, item)
        if heap and less(heap[0], item):
            item, heap[0] = heap[0], item
            sift_up(heap, 0)
        return item

    def heapreplace(heap: list[Any], item: Any) -> Any:
        heap = checked_heap(heap, "heapreplace")
        if not heap:
            raise IndexError("index out of range")
        sift_cost(heap, item)
        first = heap[0]
        heap[0] = item
        sift_up(heap, 0)
        return first

    def heapify(heap: list[Any]) -> None:
        heap = checked_heap(heap, "heapify", "argument")
        charge_elements(ctx, 2 * len(heap))
        charge_ordering(ctx, heap, 2)
        charge_elements_deeply(ctx, heap)
        heapq.heapify(heap)

    def extremes(
        select: Callable[..., list[Any]], n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None
    ) -> list[Any]:
        items = list(materialize(ctx, iterable))
        charge_sort(ctx, len(items), items if key is None else None)
        passes = sort_passes(len(items))
        if key is None:
            charge_ordering(ctx, items, passes)
            return select(n, items)
        # the same key calls in the same order as CPython's (once per item), charged beforehand
        return select(n, items, key=partial(next, iter(keys_of(ctx, items, key, passes))))

    def nlargest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
        return extremes(heapq.nlargest, n, iterable, key)

    def nsmallest(n: int, iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> list[Any]:
        return extremes(heapq.nsmallest, n, iterable, key)

    def merged(iterable: Iterable[Any], passes: int, measured: bool) -> Iterator[Any]:
        for item in pulled(ctx, iterable):
            if measured:
                charge_ordering_key(ctx, item, passes)
            yield item

    def merge(
        *iterables: Iterable[Any], key: Callable[[Any], Any] | None = None, reverse: bool = False
    ) -> ShimIterator:
        passes = sort_passes(len(iterables))
        return GeneratorShim(
            "merge",
            heapq.merge(
                *(merged(i, passes, key is None) for i in iterables),
                key=None if key is None else measured_key(ctx, key, passes),
                reverse=reverse,
            ),
            ctx,
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
