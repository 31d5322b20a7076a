"""The program's `fractions` module: CPython's `Fraction` arithmetic, as values that belong to the run.

A program holds a `FractionValue`, which wraps a host `fractions.Fraction` (exact rationals over
Python ints). Its numerator and denominator are ints, so they obey the run's `max_int_bits` like
every int: a power or a parsed exponent (`Fraction('1e999999999')`, `Fraction(1, 3) ** 10**6`) is
sized before it is computed, other results are checked as they come out, and work on big operands
is charged like big-int arithmetic.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import contextvars
import decimal
import math
import operator
import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import BIG_OPERAND, charge_big_arithmetic, charge_int_text, charge_scan
from ..runtime.registry import CONSTANT, SIZE_CHECKED, Method, Property
from .decimal_ import DecimalValue, check_ratio_size
from .decimal_context import DecimalRun, in_context
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_BITS_PER_DIGIT = 1 / math.log10(2)
_EXPONENT = re.compile(r"[eE]\s*([-+]?[0-9_]+)")


class FractionRun:
    """What the run's Fractions share: its budget and the program's `Fraction` class."""

    __slots__ = ("ctx", "fraction_class")

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.fraction_class: Any = None

    def checked(self, value: Any) -> Any:
        """A host result as the program sees it, its ints within the int limit."""
        cls = type(value)
        if cls is Fraction:
            ctx = self.ctx
            if not -BIG_OPERAND < value.numerator < BIG_OPERAND:
                ctx.check_int_bits(value.numerator.bit_length())
            if value.denominator >= BIG_OPERAND:
                ctx.check_int_bits(value.denominator.bit_length())
            return FractionValue(self, value)
        if cls is int and not -BIG_OPERAND < value < BIG_OPERAND:
            self.ctx.check_int_bits(value.bit_length())
        elif cls is tuple:
            return tuple(self.checked(item) for item in value)
        return value


def _bits(value: Any) -> int:
    if type(value) is Fraction:
        return max(value.numerator.bit_length(), value.denominator.bit_length())
    if type(value) is int:
        return value.bit_length()
    return 64


def _operand(value: Any) -> Any:
    """The host value behind an operand, or NotImplemented (Decimals and program objects decide)."""
    cls = type(value)
    if cls is FractionValue:
        return value.value
    if cls is int or cls is float or cls is bool:
        return value
    return NotImplemented


def _binary(function: Callable[[Any, Any], Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    def forward(self: FractionValue, other: Any) -> Any:
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.compute(function, self.value, value)

    def reverse(self: FractionValue, other: Any) -> Any:
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.compute(function, value, self.value)

    return forward, reverse


def _comparison(function: Callable[[Any, Any], Any]) -> Callable[..., Any]:
    def compare(self: FractionValue, other: Any) -> Any:
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        bits = max(_bits(self.value), _bits(value))
        if bits > 1024:  # a comparison cross-multiplies numerators and denominators
            charge_big_arithmetic(self.run.ctx, bits, bits)
        else:
            self.run.ctx.charge(FRACTION_OPERATION_STEPS)
        return function(self.value, value)

    return compare


def _check_power(ctx: RunContext, base: Any, exponent: Any) -> None:
    """`base ** exponent` with an integral exponent holds |exponent| times the base's bits."""
    if type(exponent) is Fraction and exponent.denominator == 1:
        exponent = exponent.numerator
    if type(exponent) is int and type(base) in (int, Fraction) and abs(exponent) > 1:
        largest = max(abs(base.numerator), base.denominator)
        if largest > 1:
            bits = int(abs(exponent) * math.log2(largest)) + 1
            ctx.check_int_bits(bits)
            charge_big_arithmetic(ctx, bits, bits)


FRACTION_OPERATION_STEPS = 2
"""CPython's `Fraction` arithmetic and comparisons are Python code (a gcd, a new Fraction): one costs
about two ordinary steps, and operators are otherwise free, so `y = x+x+…+x` (12 terms) on Fractions
in a loop ran 19 times the calibration loop's CPU per step."""


class FractionValue(PtcObject):
    """A `fractions.Fraction` as the program holds it."""

    __slots__ = ("hash_value", "run", "value")
    ptc_name = "Fraction"
    ptc_stable_hash = True
    ptc_real_number = True

    def __init__(self, run: FractionRun, value: Fraction) -> None:
        self.run = run
        self.value = value
        self.hash_value: int | None = None
        """Computed once: CPython's Fraction hash is a modular inverse of the denominator, which
        the operation that made a big Fraction paid for (`d[f]` of a 4,000-bit one in a loop ran
        5 times the calibration loop when every hash recomputed it)."""

    @property
    def ptc_program_type(self) -> Any:
        return self.run.fraction_class

    def compute(self, function: Callable[..., Any], *args: Any) -> Any:
        bits = max(map(_bits, args))
        if bits > 1024:
            charge_big_arithmetic(self.run.ctx, bits, bits)
        else:
            self.run.ctx.charge(FRACTION_OPERATION_STEPS)
        return self.run.checked(function(*args))

    __add__, __radd__ = _binary(operator.add)
    __sub__, __rsub__ = _binary(operator.sub)
    __mul__, __rmul__ = _binary(operator.mul)
    __truediv__, __rtruediv__ = _binary(operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(operator.floordiv)
    __mod__, __rmod__ = _binary(operator.mod)
    __divmod__, __rdivmod__ = _binary(divmod)
    __eq__ = _comparison(operator.eq)  # pyright: ignore[reportAssignmentType]
    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)

    def __pow__(self, other: Any) -> Any:
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        _check_power(self.run.ctx, self.value, value)
        return self.compute(operator.pow, self.value, value)

    def __rpow__(self, other: Any) -> Any:
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        _check_power(self.run.ctx, value, self.value)
        return self.compute(operator.pow, value, self.value)

    def __neg__(self) -> FractionValue:
        return FractionValue(self.run, -self.value)

    def __pos__(self) -> FractionValue:
        return FractionValue(self.run, +self.value)

    def __abs__(self) -> FractionValue:
        return FractionValue(self.run, abs(self.value))

    def __bool__(self) -> bool:
        return bool(self.value)

    def __hash__(self) -> int:
        if self.hash_value is None:
            self.hash_value = hash(self.value)
        return self.hash_value

    def __int__(self) -> int:
        return int(self.value)

    def __trunc__(self) -> int:
        return math.trunc(self.value)

    def __float__(self) -> float:
        return float(self.value)

    def __floor__(self) -> int:
        return math.floor(self.value)

    def __ceil__(self) -> int:
        return math.ceil(self.value)

    def __round__(self, ndigits: Any = None) -> Any:
        if type(ndigits) is int and abs(ndigits) > 18:
            self.run.ctx.check_int_bits(int(abs(ndigits) * _BITS_PER_DIGIT))
        return self.compute(round, self.value, ndigits)

    def charge_text(self) -> None:
        """Writing the numerator and denominator in decimal is quadratic in their size, as for ints."""
        value = self.value
        if not -BIG_OPERAND < value.numerator < BIG_OPERAND or value.denominator >= BIG_OPERAND:
            charge_int_text(self.run.ctx, value.numerator.bit_length())
            charge_int_text(self.run.ctx, value.denominator.bit_length())

    def __str__(self) -> str:
        self.charge_text()
        return str(self.value)

    def __repr__(self) -> str:
        self.charge_text()
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        if spec:  # 3.11's Fraction formats like object: only the empty spec
            raise TypeError("unsupported format string passed to Fraction.__format__")
        self.charge_text()
        return str(self.value)

    def limit_denominator(self, max_denominator: Any = 1000000) -> FractionValue:
        if type(max_denominator) not in (int, bool):
            raise TypeError(
                f"'<' not supported between instances of {ptc_type_name(max_denominator)!r} and 'int'"
            )
        # one continued-fraction term per iteration, each a few big-int operations
        bits = _bits(self.value)
        self.run.ctx.charge(bits * ((bits >> 6) + 1) // 8 + 1)
        return FractionValue(self.run, self.value.limit_denominator(max_denominator))

    def as_integer_ratio(self) -> tuple[int, int]:
        return self.value.as_integer_ratio()

    def conjugate(self) -> FractionValue:
        return self


FractionValue.ptc_table = {
    "numerator": Property(lambda f: f.value.numerator, CONSTANT),
    "denominator": Property(lambda f: f.value.denominator, CONSTANT),
    "real": Property(lambda f: f, CONSTANT),
    "imag": Property(lambda f: 0, CONSTANT),
    "limit_denominator": Method(FractionValue.limit_denominator, SIZE_CHECKED),
    "as_integer_ratio": Method(FractionValue.as_integer_ratio, CONSTANT),
    "conjugate": Method(FractionValue.conjugate, CONSTANT),
}


def _rational(value: Any) -> Any:
    """An argument of the two-argument `Fraction(numerator, denominator)`."""
    cls = type(value)
    if cls is FractionValue:
        return value.value
    if cls is int or cls is bool:
        return value
    raise TypeError("both arguments should be Rational instances")


def _check_text(ctx: RunContext, text: str) -> None:
    """`Fraction('1e999999999')` computes 10**999999999: size the exponent's power first."""
    charge_scan(ctx, len(text))
    match = _EXPONENT.search(text)
    if match is not None:
        try:
            exponent = int(match.group(1))
        except ValueError:
            return  # malformed: the host's parser refuses it
        if abs(exponent) > 18:
            ctx.check_int_bits(int((abs(exponent) + len(text)) * _BITS_PER_DIGIT))


def make_fraction(run: FractionRun, numerator: Any = 0, denominator: Any = None) -> FractionValue:
    """`Fraction(numerator=0, denominator=None)`."""
    ctx = run.ctx
    if denominator is not None:
        top, bottom = _rational(numerator), _rational(denominator)
        bits = max(_bits(top), _bits(bottom))
        if bits > 1024:  # normalizing divides both by their gcd
            charge_big_arithmetic(ctx, bits, bits)
        return run.checked(Fraction(top, bottom))
    cls = type(numerator)
    if cls is FractionValue:
        return numerator
    if cls is int or cls is bool or cls is float:
        return run.checked(Fraction(numerator))
    if cls is str:
        _check_text(ctx, numerator)
        return run.checked(Fraction(numerator))
    if cls is DecimalValue:
        check_ratio_size(ctx, numerator.value)
        return run.checked(Fraction(numerator.value))
    raise TypeError("argument should be a string or a Rational instance")


def _shown(value: Any) -> str:
    """CPython's `%r (%s)` of a wrong argument, the repr left out where it could be long."""
    short = type(value) in (int, bool, float, DecimalValue) or (type(value) is str and len(value) < 100)
    return f"{value!r} ({ptc_type_name(value)})" if short else f"({ptc_type_name(value)})"


def _from_float(run: FractionRun, value: Any) -> FractionValue:
    if type(value) is int or type(value) is bool:
        return run.checked(Fraction(value))
    if type(value) is not float:
        raise TypeError(f"Fraction.from_float() only takes floats, not {_shown(value)}")
    return run.checked(Fraction.from_float(value))


def _from_decimal(run: FractionRun, value: Any) -> FractionValue:
    if type(value) is int or type(value) is bool:
        return run.checked(Fraction(value))
    if type(value) is not DecimalValue:
        raise TypeError(f"Fraction.from_decimal() only takes Decimals, not {_shown(value)}")
    check_ratio_size(run.ctx, value.value)
    return run.checked(Fraction(value.value))


def make_module(ctx: RunContext) -> ShimModule:
    run = FractionRun(ctx)
    run.fraction_class = NativeClass(
        "fractions.Fraction",
        FractionValue,
        lambda numerator=0, denominator=None: make_fraction(run, numerator, denominator),
        {
            "from_float": native("from_float", lambda value: _from_float(run, value)),
            "from_decimal": native("from_decimal", lambda value: _from_decimal(run, value)),
        },
    )
    return ShimModule("fractions", {"Fraction": run.fraction_class})


def with_host_numbers(ctx: RunContext, values: Sequence[Any], call: Callable[[Sequence[Any]], Any]) -> Any:
    """`call(values)` for a native function that computes with exact ratios (`statistics`), with
    the program's Decimals and Fractions as the host numbers they wrap, under the program's decimal
    context, and its result wrapped again. Summing ratios makes a denominator as large as the
    distinct denominators together: checked against the int limit first, and charged."""
    decimal_run: DecimalRun | None = None
    fraction_run: FractionRun | None = None
    denominators: set[int] = set()
    numerator_bits = 0
    host: list[Any] = []
    for value in values:
        cls = type(value)
        if cls is DecimalValue:
            decimal_run = value.run
            check_ratio_size(ctx, value.value)
            exponent = value.value.as_tuple().exponent
            if isinstance(exponent, int) and exponent < 0:
                denominators.add(10**-exponent)  # within the int limit: checked just above
            numerator_bits = max(numerator_bits, int((value.value.adjusted() + 1) * _BITS_PER_DIGIT))
            host.append(value.value)
        elif cls is FractionValue:
            fraction_run = value.run
            denominators.add(value.value.denominator)
            numerator_bits = max(numerator_bits, value.value.numerator.bit_length())
            host.append(value.value)
        else:
            host.append(value)
    if decimal_run is None and fraction_run is None:
        return call(values)
    bits = numerator_bits + sum(denominator.bit_length() for denominator in denominators)
    if bits > ctx.limits.max_int_bits:
        ctx.check_int_bits(bits)
    ctx.charge(len(values) * (((bits >> 6) + 1) ** 2 // 16 + 1))
    if decimal_run is None:
        return _wrapped(ctx, decimal_run, fraction_run, call(host))
    context = decimal_run.current().host
    return _wrapped(
        ctx, decimal_run, fraction_run, contextvars.Context().run(in_context, context, call, (host,))
    )


def _wrapped(
    ctx: RunContext, decimal_run: DecimalRun | None, fraction_run: FractionRun | None, result: Any
) -> Any:
    cls = type(result)
    if cls is list:
        return [_wrapped(ctx, decimal_run, fraction_run, item) for item in result]
    if cls is decimal.Decimal and decimal_run is not None:
        digits = len(result.as_tuple().digits)
        decimal_run.check_digits(digits)
        return DecimalValue(decimal_run, result, digits)
    if cls is Fraction and fraction_run is not None:
        return fraction_run.checked(result)
    return result
