"""Numeric builtins: `int`, `float`, `bool` construction, `pow`, `round` and the plain C helpers.

`abs`, `divmod`, `bin`, `hex` and `oct` are the host's own functions (their reprs are fixed and
their results bounded by the int-size limit). `int()` of a long digit string, `pow` and `round`
with extreme arguments can compute huge numbers or loop for long, so they check first.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from typing import Any

from ..runtime.budget import (
    BIG_OPERAND,
    SMALL_COPY_CHARS,
    charge_big_arithmetic,
    charge_int_text,
    charge_scan,
)
from ..runtime.context import RunContext
from ..runtime.indexing import as_index, index_method
from ..runtime.operators import power

_SMALL_INT = 1 << 62


def _checked_int(ctx: RunContext, value: int) -> int:
    if not -_SMALL_INT < value < _SMALL_INT:
        ctx.check_int_bits(value.bit_length())
    return value


def make_int(ctx: RunContext, *args: Any, **kwargs: Any) -> int:
    """`int(x=0)`, `int(text, base=10)`: CPython's parsing (quadratic in the digits, so charged), then
    the int-size limit."""
    if args and isinstance(args[0], (str, bytes)) and len(args[0]) > 150:
        charge_int_text(ctx, len(args[0]) * 10 // 3)
    try:
        return _checked_int(ctx, int(*args, **kwargs))
    except TypeError:  # CPython's int() falls back to `__index__`
        if len(args) != 1 or kwargs or index_method(args[0]) is None:
            raise
        return _checked_int(ctx, as_index(args[0]))


def make_float(ctx: RunContext, *args: Any) -> float:
    """`float(x)`: parsing a string is linear in its length (a 1M-character one takes ~0.5 ms), so a
    long one is charged like a string scan."""
    if args and type(args[0]) in _TEXT and len(args[0]) > SMALL_COPY_CHARS:
        charge_scan(ctx, len(args[0]))
    return float(*args)


_TEXT = frozenset({str, bytes})


def make_bool(ctx: RunContext, *args: Any) -> bool:
    return bool(*args)


def pow_(ctx: RunContext, base: Any, exp: Any, mod: Any = None) -> Any:
    """`pow(base, exp[, mod])`: two arguments size-check like `**`; modular powers are bounded by `mod`."""
    if mod is None:
        return power(ctx, base, exp)
    if isinstance(exp, int) and isinstance(mod, int):
        # a modular multiplication per exponent bit, each quadratic in the modulus size
        modulus_bits = abs(int(mod)).bit_length()
        ctx.charge(abs(int(exp)).bit_length() * (((modulus_bits >> 6) + 1) ** 2 // 16 + 1))
    return pow(base, exp, mod)


def divmod_(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) is int and not -BIG_OPERAND < a < BIG_OPERAND and type(b) is int:
        charge_big_arithmetic(ctx, a.bit_length(), b.bit_length())
    return divmod(a, b)


def round_(ctx: RunContext, number: Any, ndigits: Any = None) -> Any:
    """`round(x[, ndigits])`; rounding an int to -10**9 digits would compute 10**10**9 first."""
    if ndigits is None:
        return round(number)
    if type(number) is int and isinstance(ndigits, int) and -ndigits > len(str(abs(number))) + 1:
        return 0
    return round(number, ndigits)
