"""The program's `math` module.

Float functions are CPython's own (they cannot allocate much or loop). The integer functions whose
result can be huge (`factorial`, `comb`, `perm`, `lcm`, `prod`) estimate the result's size and check
`max_int_bits` *before* computing, and functions over iterables charge per element.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..runtime import operators
from ..runtime.allowlist import ShimModule
from ..runtime.budget import BIG_OPERAND, charge_big_arithmetic, materialize
from .support import functions, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_LN2 = math.log(2)

_PURE_FUNCTIONS = [
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "floor",
    "fmod",
    "frexp",
    "gamma",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "ldexp",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "nextafter",
    "pow",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
    "ulp",
]


_PURE_MEMBERS = functions({name: getattr(math, name) for name in _PURE_FUNCTIONS})
"""Wrapped once: they need nothing of the run, and wrappers are never mutated."""


def _log2_factorial(n: int) -> float:
    """log2(n!), finite for any n the int limit allows as an argument."""
    if n < 2:
        return 0.0
    if n.bit_length() > 1000:  # lgamma(float(n)) would overflow; n! is astronomically large anyway
        return math.inf
    return math.lgamma(n + 1) / _LN2


def make_module(ctx: RunContext) -> ShimModule:
    def check_bits(estimated_bits: float) -> None:
        # The estimate comes from floating-point lgamma; the margin keeps exact-limit results allowed.
        if estimated_bits > ctx.limits.max_int_bits + 8:
            ctx.check_int_bits(math.ceil(estimated_bits) if math.isfinite(estimated_bits) else 2**63)

    def factorial(n: Any, /) -> int:
        if isinstance(n, int) and n > 20:
            check_bits(_log2_factorial(n))
            ctx.charge(n // 4)
        return math.factorial(n)

    def comb(n: Any, k: Any, /) -> int:
        if isinstance(n, int) and isinstance(k, int) and 0 <= k <= n:
            smaller = min(k, n - k)
            if smaller > 1:
                if n.bit_length() > 1000:
                    check_bits(smaller * (n.bit_length() - 1 - smaller.bit_length()))
                else:
                    check_bits(_log2_factorial(n) - _log2_factorial(k) - _log2_factorial(n - k))
                ctx.charge(smaller // 2)
        return math.comb(n, k)

    def perm(n: Any, k: Any = None, /) -> int:
        if isinstance(n, int) and (k is None or (isinstance(k, int) and 0 <= k <= n)):
            taken = n if k is None else k
            if taken > 1:
                if n.bit_length() > 1000:
                    check_bits(taken * (n.bit_length() - 1))
                else:
                    check_bits(_log2_factorial(n) - _log2_factorial(n - taken))
                ctx.charge(taken // 2)
        return math.perm(n, k)

    def charge_big_operands(integers: tuple[Any, ...]) -> None:
        """Square roots, gcds and lcms of big ints cost about a multiplication of that size each."""
        for integer in integers:
            if isinstance(integer, int) and not -BIG_OPERAND < integer < BIG_OPERAND:
                bits = integer.bit_length()
                charge_big_arithmetic(ctx, bits, bits)

    def isqrt(n: Any, /) -> int:
        charge_big_operands((n,))
        return math.isqrt(n)

    def gcd(*integers: Any) -> int:
        ctx.charge(len(integers))
        charge_big_operands(integers)
        return math.gcd(*integers)

    def lcm(*integers: Any) -> int:
        ctx.charge(len(integers))
        if all(isinstance(i, int) for i in integers):
            check_bits(sum(abs(i).bit_length() for i in integers))
        charge_big_operands(integers)
        return math.lcm(*integers)

    def prod(iterable: Iterable[Any], /, *, start: Any = 1) -> Any:
        result = start
        for item in pulled(ctx, iterable):
            if isinstance(result, int) and isinstance(item, int):
                check_bits(result.bit_length() + item.bit_length())
            result = operators.mul(ctx, result, item)  # with the size checks of the program's `*`
        return result

    def fsum(iterable: Iterable[Any], /) -> float:
        items = pulled(ctx, iterable)
        if isinstance(iterable, list | tuple | range):
            ctx.charge(len(iterable) // 4)  # exact summation costs several times a plain scan
        return math.fsum(items)

    def hypot(*coordinates: Any) -> float:
        ctx.charge(len(coordinates))
        return math.hypot(*coordinates)

    def dist(p: Iterable[Any], q: Iterable[Any], /) -> float:
        return math.dist(materialize(ctx, p), materialize(ctx, q))

    members: dict[str, Any] = dict(_PURE_MEMBERS)
    members.update(
        functions(
            {
                "factorial": factorial,
                "comb": comb,
                "perm": perm,
                "isqrt": isqrt,
                "gcd": gcd,
                "lcm": lcm,
                "prod": prod,
                "fsum": fsum,
                "hypot": hypot,
                "dist": dist,
            }
        )
    )
    members.update(pi=math.pi, e=math.e, tau=math.tau, inf=math.inf, nan=math.nan)
    return ShimModule("math", members)
