"""The program's `itertools` module: lazy, like CPython's, and unable to loop unpaid.

Every input is wrapped in `support.pulled`, so a native loop that skips or filters
elements (`islice`, `filterfalse`, `cycle`) pays as it pulls; tools that need all of an input first
(`product`, `permutations`, `combinations`) materialise it under the container limit, as CPython
would copy it. Results are `ShimIterator`s: lazy, with a fixed repr.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..runtime import operators
from ..runtime.allowlist import ShimModule
from ..runtime.budget import charge_elements, materialize
from ..runtime.indexing import index_method, operator_index
from ..runtime.lazy import native_iter
from ..runtime.reprs import program_repr
from .support import NativeClass, ShimIterator, native, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_NO_INITIAL = object()
_FREE_TUPLE_WIDTH = 16
"""Result tuples up to this width cost no more than the consumer's step per item."""


_ITERATOR_TYPES: dict[str, type[ShimIterator]] = {
    name: type(name, (ShimIterator,), {"__slots__": (), "ptc_name": f"itertools.{name}"})
    for name in [
        "accumulate",
        "chain",
        "combinations",
        "combinations_with_replacement",
        "compress",
        "count",
        "cycle",
        "dropwhile",
        "filterfalse",
        "groupby",
        "islice",
        "pairwise",
        "permutations",
        "product",
        "repeat",
        "starmap",
        "takewhile",
        "zip_longest",
    ]
}
"""One iterator class per itertools type, so `type(it).__name__` is CPython's (`'chain'`) and
`isinstance(it, itertools.chain)` holds for a chain only. Built once; never changed."""

_SSIZE_MAX = sys.maxsize
_FOREVER: Any = object()


class _Count(_ITERATOR_TYPES["count"]):
    """`itertools.count`, counting as CPython's does, so its repr can show where it is (`count(3)`,
    `count(1.5, 2)`): an int start with the int step 1 counts in a machine integer (yielding plain
    ints, from `count(True)` too) until it reaches `sys.maxsize`; anything else adds the step to
    the current value with the program's `+`."""

    __slots__ = ("current", "fast", "step")

    def __init__(self, ctx: RunContext, start: Any, step: Any) -> None:
        super().__init__("itertools.count", iter(()), ctx)
        self.fast = (
            isinstance(start, int)
            and isinstance(step, int)
            and -_SSIZE_MAX - 1 <= start <= _SSIZE_MAX
            and step == 1
        )
        self.current: Any = int(start) if self.fast else start
        self.step = step

    def __next__(self) -> Any:
        self.ctx.charge(1)
        value = self.current
        if self.fast:
            if value < _SSIZE_MAX:
                self.current = value + 1
                return value
            self.fast = False
        self.current = operators.add(self.ctx, value, self.step)
        return value

    def __repr__(self) -> str:
        return program_repr(self, self.ctx)

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        writer.write("count(")
        write_value(writer, self.current)
        if not self.fast and not (isinstance(self.step, int) and self.step == 1):
            writer.write(", ")
            write_value(writer, self.step)
        writer.write(")")
        return True


class _Repeat(_ITERATOR_TYPES["repeat"]):
    """`itertools.repeat`, with CPython's repr: the element and, when bounded, the times left."""

    __slots__ = ("element", "remaining")

    def __init__(self, ctx: RunContext, element: Any, remaining: int | None) -> None:
        super().__init__("itertools.repeat", iter(()), ctx)
        self.element = element
        self.remaining = remaining

    def __next__(self) -> Any:
        self.ctx.charge(1)
        if self.remaining is not None:
            if self.remaining <= 0:
                raise StopIteration
            self.remaining -= 1
        return self.element

    def __repr__(self) -> str:
        return program_repr(self, self.ctx)

    def ptc_write_repr(self, writer: Any, write_value: Callable[[Any, Any], None]) -> bool:
        writer.write("repeat(")
        write_value(writer, self.element)
        if self.remaining is not None:
            writer.write(f", {self.remaining}")
        writer.write(")")
        return True


def make_module(ctx: RunContext) -> ShimModule:
    def lazy(name: str, iterator: Iterator[Any], inputs: object = None) -> ShimIterator:
        return _ITERATOR_TYPES.get(name, ShimIterator)(f"itertools.{name}", iterator, ctx, inputs)

    def paid(iterable: Iterable[Any]) -> Iterator[Any]:
        return pulled(ctx, iterable)

    def count(start: Any = 0, step: Any = 1) -> ShimIterator:
        for value in (start, step):  # CPython's check, `PyNumber_Check`, which a program `__index__` passes
            if index_method(value) is None:
                itertools.count(value)  # "a number is required"
        return _Count(ctx, start, step)

    def cycle(iterable: Iterable[Any]) -> ShimIterator:
        return lazy("cycle", _cycle(ctx, native_iter(iterable)))  # CPython takes the iterator at once

    def repeat(object: Any, times: Any = _FOREVER) -> ShimIterator:  # CPython's keyword names
        if times is _FOREVER:
            return _Repeat(ctx, object, None)
        count = operator_index(times)
        itertools.repeat(None, count)  # CPython's range check (a C ssize_t)
        return _Repeat(ctx, object, max(count, 0))

    def chain(*iterables: Iterable[Any]) -> ShimIterator:
        source = (paid(i) for i in iterables)
        return lazy("chain", itertools.chain.from_iterable(source), source)

    def from_iterable(iterables: Iterable[Iterable[Any]]) -> ShimIterator:
        source = (paid(i) for i in paid(iterables))
        return lazy("chain", itertools.chain.from_iterable(source), source)

    def islice(iterable: Iterable[Any], *args: int | None) -> ShimIterator:
        source = paid(iterable)
        return lazy("islice", itertools.islice(source, *args), source)

    def tuples(name: str, iterator: Iterator[tuple[Any, ...]], width: int) -> ShimIterator:
        """Combinatoric results are fresh tuples of `width` elements: wide ones are paid per tuple."""
        ctx.check_container_length(width)
        if width <= _FREE_TUPLE_WIDTH:
            return lazy(name, iterator)
        return lazy(name, _charged_per_item(ctx, iterator, width))

    def product(*iterables: Iterable[Any], repeat: int = 1) -> ShimIterator:
        pools = [materialize(ctx, i) for i in iterables]
        ctx.check_container_length(len(pools) * repeat)
        return tuples("product", itertools.product(*pools, repeat=repeat), len(pools) * max(repeat, 0))

    def permutations(iterable: Iterable[Any], r: int | None = None) -> ShimIterator:
        pool = materialize(ctx, iterable)
        width = len(pool) if r is None else r  # pyright: ignore[reportArgumentType]
        return tuples("permutations", itertools.permutations(pool, r), max(width, 0))

    def combinations(iterable: Iterable[Any], r: int) -> ShimIterator:
        return tuples("combinations", itertools.combinations(materialize(ctx, iterable), r), max(r, 0))

    def combinations_with_replacement(iterable: Iterable[Any], r: int) -> ShimIterator:
        return tuples(
            "combinations_with_replacement",
            itertools.combinations_with_replacement(materialize(ctx, iterable), r),
            max(r, 0),
        )

    def accumulate(
        iterable: Iterable[Any], func: Callable[[Any, Any], Any] | None = None, *, initial: Any = None
    ) -> ShimIterator:
        return lazy("accumulate", _Accumulate(ctx, paid(iterable), func, initial))

    def groupby(iterable: Iterable[Any], key: Callable[[Any], Any] | None = None) -> ShimIterator:
        return lazy("groupby", _groupby(ctx, paid(iterable), key))

    def zip_longest(*iterables: Iterable[Any], fillvalue: Any = None) -> ShimIterator:
        return lazy("zip_longest", itertools.zip_longest(*(paid(i) for i in iterables), fillvalue=fillvalue))

    def takewhile(predicate: Callable[[Any], Any], iterable: Iterable[Any]) -> ShimIterator:
        return lazy("takewhile", itertools.takewhile(predicate, paid(iterable)))

    def dropwhile(predicate: Callable[[Any], Any], iterable: Iterable[Any]) -> ShimIterator:
        return lazy("dropwhile", itertools.dropwhile(predicate, paid(iterable)))

    def filterfalse(predicate: Callable[[Any], Any] | None, iterable: Iterable[Any]) -> ShimIterator:
        return lazy("filterfalse", itertools.filterfalse(predicate, paid(iterable)))

    def compress(data: Iterable[Any], selectors: Iterable[Any]) -> ShimIterator:
        return lazy("compress", itertools.compress(paid(data), paid(selectors)))

    def starmap(function: Callable[..., Any], iterable: Iterable[Iterable[Any]]) -> ShimIterator:
        return lazy("starmap", itertools.starmap(function, paid(iterable)))

    def pairwise(iterable: Iterable[Any]) -> ShimIterator:
        source = paid(iterable)
        return lazy("pairwise", itertools.pairwise(source), source)

    def batched(iterable: Iterable[Any], n: int) -> ShimIterator:
        if n < 1:
            raise ValueError("n must be at least one")
        ctx.check_container_length(n)
        return lazy("batched", _batched(paid(iterable), n))

    def tee(iterable: Iterable[Any], n: int = 2, /) -> tuple[ShimIterator, ...]:
        n = operator_index(n)  # parsed before the iterable is looked at, as CPython's
        if n < 0:
            raise ValueError("n must be >= 0")
        ctx.check_container_length(n)
        return tuple(lazy("_tee", copy) for copy in itertools.tee(paid(iterable), n))

    functions: dict[str, Callable[..., Any]] = {
        "count": count,
        "cycle": cycle,
        "repeat": repeat,
        "islice": islice,
        "product": product,
        "permutations": permutations,
        "combinations": combinations,
        "combinations_with_replacement": combinations_with_replacement,
        "accumulate": accumulate,
        "groupby": groupby,
        "zip_longest": zip_longest,
        "takewhile": takewhile,
        "dropwhile": dropwhile,
        "filterfalse": filterfalse,
        "compress": compress,
        "starmap": starmap,
        "pairwise": pairwise,
        "batched": batched,
        "tee": tee,
    }
    members: dict[str, Any] = {name: native(name, function) for name, function in functions.items()}
    members["chain"] = NativeClass(
        "itertools.chain",
        _ITERATOR_TYPES["chain"],
        chain,
        {"from_iterable": native("from_iterable", from_iterable)},
    )
    return ShimModule("itertools", members)


def _charged_per_item(ctx: RunContext, iterator: Iterator[Any], width: int) -> Iterator[Any]:
    for item in iterator:
        charge_elements(ctx, width)
        yield item


def _cycle(ctx: RunContext, iterable: Iterable[Any]) -> Iterator[Any]:
    """CPython's `cycle`: the first pass yields the items as it pulls them (so an endless source
    works), keeping each (size-checked as the copy grows); later passes repeat the copy."""
    saved: list[Any] = []
    longest = ctx.limits.max_container_length
    for item in pulled(ctx, iterable):
        saved.append(item)
        if len(saved) > longest:
            ctx.check_container_length(len(saved))
        yield item
    if not saved:
        return
    while True:
        yield from pulled(ctx, saved)


class _Accumulate:
    """CPython's `accumulate`: not a generator, so a source that stops once and then goes on (a
    program iterator) is pulled again on the next call, as CPython's is."""

    __slots__ = ("ctx", "func", "initial", "iterator", "total")

    def __init__(
        self, ctx: RunContext, iterator: Iterator[Any], func: Callable[[Any, Any], Any] | None, initial: Any
    ) -> None:
        self.ctx = ctx
        self.iterator = iterator
        self.func = func
        self.initial = initial
        self.total: Any = _NO_INITIAL

    def __iter__(self) -> _Accumulate:
        return self

    def __next__(self) -> Any:
        if self.initial is not None:
            self.total, self.initial = self.initial, None
            return self.total
        item = next(self.iterator)
        if self.total is _NO_INITIAL:
            self.total = item
        elif self.func is None:  # the program's own `+` (with its size checks)
            self.total = operators.add(self.ctx, self.total, item)
        else:
            self.total = self.func(self.total, item)
        return self.total


def _groupby(
    ctx: RunContext, iterator: Iterator[Any], key: Callable[[Any], Any] | None
) -> Iterator[tuple[Any, ShimIterator]]:
    """CPython's documented pure-Python equivalent, with groups wrapped for a fixed repr."""
    keyfunc: Callable[[Any], Any] = (lambda x: x) if key is None else key
    exhausted = False
    current_value: Any = None
    current_key: Any = None

    def grouper(target_key: Any) -> Iterator[Any]:
        nonlocal current_value, current_key, exhausted
        yield current_value
        for current_value in iterator:
            current_key = keyfunc(current_value)
            if operators.ne(ctx, current_key, target_key):
                return
            yield current_value
        exhausted = True

    try:
        current_value = next(iterator)
    except StopIteration:
        return
    current_key = keyfunc(current_value)
    while not exhausted:
        target_key = current_key
        group = grouper(target_key)
        yield current_key, ShimIterator("itertools._grouper", group, ctx)
        if operators.eq(ctx, current_key, target_key):
            for _ in group:
                pass


def _batched(iterator: Iterator[Any], n: int) -> Iterator[tuple[Any, ...]]:
    while batch := tuple(itertools.islice(iterator, n)):
        yield batch
