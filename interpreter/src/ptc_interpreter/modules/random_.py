"""The program's `random` module, drawing from the run's `ctx.rng` (seeded by the host).

In a workflow the seed comes from the workflow, so every replay draws the same numbers. Nothing here
may read entropy: `seed()` without an argument re-seeds from the host seed, not from the OS, and a
`random.Random()` made without a seed is seeded by a draw from the run's generator.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..builtins.hashing import hash_
from ..runtime.allowlist import PtcObject, ShimModule
from ..runtime.budget import charge_elements, materialize
from ..runtime.indexing import operator_index
from ..runtime.native import NativeFunction
from ..runtime.registry import missing_attribute
from .support import NativeClass, functions

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_PLAIN_DRAWS = [
    "random",
    "uniform",
    "gauss",
    "normalvariate",
    "lognormvariate",
    "triangular",
    "expovariate",
    "betavariate",
    "gammavariate",
    "vonmisesvariate",
    "paretovariate",
    "weibullvariate",
]


_REJECTION_DRAWS = ("gammavariate", "betavariate", "vonmisesvariate")
"""Draws that loop (in Python, uncharged) until a sample is accepted: with an infinite, NaN or
overflowing parameter (`betavariate(1e308, 1e308)`) nothing is ever accepted and CPython loops
forever."""
_LARGEST_PARAMETER = 1e100


def _bounded_draw(name: str, draw: Callable[..., float]) -> Callable[..., float]:
    def bounded(*parameters: Any, **named: Any) -> float:  # CPython's names (`alpha=`) as keywords
        for value in (*parameters, *named.values()):
            if isinstance(value, (int, float)) and not -_LARGEST_PARAMETER <= value <= _LARGEST_PARAMETER:
                raise ValueError(f"{name}() parameters must be finite numbers no larger than 1e100 in size")
        return draw(*parameters, **named)

    return bounded


_INDEXED = (list, tuple, str, range)
_UNSIGNED_64 = (1 << 64) - 1


class ProgramRandom(PtcObject):
    """`random.Random(seed)`: a generator of the program's own, with the module's drawing methods."""

    __slots__ = ("methods",)
    ptc_name = "Random"
    ptc_module = "random"

    def __init__(self, methods: Mapping[str, NativeFunction]) -> None:
        self.methods = methods

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        try:
            return self.methods[name]
        except KeyError:
            message = f"'Random' object has no attribute {name!r}"
            raise missing_attribute(message, name, self.methods) from None

    def __repr__(self) -> str:
        return "<random.Random object>"


def _drawing_functions(ctx: RunContext, rng: random.Random) -> dict[str, NativeFunction]:
    """The module-level functions of `random`, drawing from `rng`."""

    def seed(a: Any = None, version: int = 2) -> None:
        if a is None:
            rng.seed(ctx.host.random_seed())
        elif isinstance(a, int):
            rng.seed(a)
        elif isinstance(a, float) or (isinstance(a, str | bytes) and version not in (1, 2)):
            # CPython seeds these by `hash(a)` as an unsigned 64-bit number: salted for str/bytes,
            # the address for NaN; here by the program's process-independent `hash()`.
            rng.seed(hash_(ctx, a) & _UNSIGNED_64)
        elif isinstance(a, str | bytes | bytearray):  # digested, then turned into a big int: ~30 ns a char
            charge_elements(ctx, len(a))
            rng.seed(a, version)
        else:
            raise TypeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.")

    def randint(a: int, b: int) -> int:
        return rng.randint(a, b)

    def randrange(start: int, stop: int | None = None, step: int = 1) -> int:
        return rng.randrange(start, stop, step)

    def getrandbits(*args: Any, **keywords: Any) -> int:
        if keywords:  # CPython's: a builtin method of one positional argument
            raise TypeError("Random.getrandbits() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError(f"Random.getrandbits() takes exactly one argument ({len(args)} given)")
        k = operator_index(args[0])
        ctx.check_int_bits(k)
        return rng.getrandbits(k)

    def randbytes(n: int) -> bytes:
        n = operator_index(n)
        ctx.check_str_length(n)
        return rng.randbytes(n)

    def choice(seq: Sequence[Any]) -> Any:
        return rng.choice(seq)

    def choices(
        population: Iterable[Any],
        weights: Iterable[Any] | None = None,
        *,
        cum_weights: Iterable[Any] | None = None,
        k: int = 1,
    ) -> list[Any]:
        ctx.check_container_length(k)
        ctx.charge(4 * k)  # a draw, a bisect (with weights) and an index per pick, in Python
        # Sequences are only indexed (a `range(10**9)` population is fine); anything else is copied.
        pool = population if isinstance(population, _INDEXED) else materialize(ctx, population)
        return rng.choices(
            pool,
            None if weights is None else materialize(ctx, weights),
            cum_weights=None if cum_weights is None else materialize(ctx, cum_weights),
            k=k,
        )

    def shuffle(x: list[Any]) -> None:
        ctx.charge(2 * len(x))  # CPython shuffles in Python: a draw and a swap per element
        rng.shuffle(x)

    def sample(population: Sequence[Any], k: int, *, counts: Iterable[int] | None = None) -> list[Any]:
        ctx.check_container_length(k)
        ctx.charge(k)
        if not isinstance(population, range):  # CPython copies other populations first
            charge_elements(ctx, len(population))
        return rng.sample(population, k, counts=None if counts is None else materialize(ctx, counts))

    table: dict[str, Any] = {name: getattr(rng, name) for name in _PLAIN_DRAWS}
    table.update({name: _bounded_draw(name, getattr(rng, name)) for name in _REJECTION_DRAWS})
    table.update(
        seed=seed,
        randint=randint,
        randrange=randrange,
        getrandbits=getrandbits,
        randbytes=randbytes,
        choice=choice,
        choices=choices,
        shuffle=shuffle,
        sample=sample,
    )
    return functions(table)


def make_module(ctx: RunContext) -> ShimModule:
    def new_random(seed: Any = None) -> ProgramRandom:
        # Never `Random(None)`, which reads OS entropy; an unseeded one draws its seed from the run's.
        generator = ProgramRandom(_drawing_functions(ctx, random.Random(0)))
        generator.methods["seed"](ctx.rng.getrandbits(64) if seed is None else seed)
        return generator

    members: dict[str, Any] = dict(_drawing_functions(ctx, ctx.rng))
    members["Random"] = NativeClass("random.Random", ProgramRandom, new_random)
    return ShimModule("random", members)
