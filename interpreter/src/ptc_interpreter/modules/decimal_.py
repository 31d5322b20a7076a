"""The program's `decimal` module: CPython's C decimal arithmetic, as `decimal.Decimal` values that
belong to the run.

A program never holds a host `Decimal`: it holds a `DecimalValue`, which wraps one and computes with
the *program's* current context (`decimal_context`), never the host thread's. Every operation is
charged by the digits it works on, which the run bounds: the precision and the coefficient of a
value the program builds are limited to as many digits as an int of `max_int_bits` bits, so the
slowest operation (a logarithm at full precision) is bounded too and charged like it. Conversions to
exact ints and fractions, and formatting with a fixed point, are checked against the int and string
limits before they are computed (`Decimal('1e999999999')` is one digit, its int is not).
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import contextvars
import decimal
import math
import operator
import re
from collections.abc import Callable
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import charge_big_arithmetic, charge_copy, charge_elements, charge_int_text
from ..runtime.registry import CONSTANT, SIZE_CHECKED, Method, Property
from .collections_ import namedtuple_class
from .decimal_context import (
    EXCEPTIONS,
    DecimalContext,
    DecimalRun,
    in_context,
    local_context,
    new_context,
    set_context,
    unwrap_context,
)
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_BITS_PER_DIGIT = 1 / math.log10(2)
_BIG = 1 << 64

# How an operation's work grows with the digits it works on, in steps (about a microsecond each,
# measured with libmpdec: a multiplication of two 1,233-digit numbers takes ~0.3 ms, a square root
# ~0.8 ms, a logarithm or a non-integral power at that precision 30-100 ms).
LINEAR, PRODUCT, TRANSCENDENTAL = 0, 1, 2


def _cost(kind: int, digits: int) -> int:
    if kind == LINEAR:
        return 1 + digits // 200
    if kind == PRODUCT:
        return 1 + digits * digits // 2000
    return 50 + digits**3 // 20000


_KINDS = {
    **dict.fromkeys(
        ["multiply", "divide", "divide_int", "divmod", "remainder", "remainder_near", "fma", "sqrt"], PRODUCT
    ),
    **dict.fromkeys(["exp", "ln", "log10", "power"], TRANSCENDENTAL),
}


def operand_digits(value: Any) -> int:
    """A bound on the digits of an operand's coefficient."""
    cls = type(value)
    if cls is DecimalValue:
        return value.digits
    if cls is int and not -_BIG < value < _BIG:
        return value.bit_length() * 3 // 10 + 1
    return 1


def charge_operation(run: DecimalRun, name: str, prec: int, operands: tuple[Any, ...]) -> int:
    """Charge the named operation on `operands` at precision `prec`; return a bound on the digits of
    its result (a result is rounded to `prec`, or exact and no longer than an operand)."""
    digits = max(prec, *map(operand_digits, operands)) if operands else prec
    if name == "power" and len(operands) == 3:
        run.ctx.charge(modular_power_cost(digits, operands[1]))
    else:
        run.ctx.charge(_cost(_KINDS.get(name, LINEAR), digits))
    return digits


def modular_power_cost(digits: int, exponent: Any) -> int:
    """`pow(base, exponent, modulo)`: a modular multiplication (~60 us at 1,233 digits) per bit of
    the exponent."""
    return (1 + digits * digits // 16000) * (operand_digits(exponent) * 10 // 3 + 1)


def operand_for_method(run: DecimalRun, value: Any) -> Any:
    """An argument of a Decimal or Context method, as the host method takes it (CPython's message
    for what it cannot convert; a program object never reaches host code)."""
    cls = type(value)
    if cls is DecimalValue:
        return value.value
    if cls in (int, bool, float, str):
        return value
    from .fractions_ import FractionValue

    if cls is FractionValue:
        return value.value
    raise TypeError(f"conversion from {ptc_type_name(value)} to Decimal is not supported")


def _operand(value: Any) -> Any:
    """The host value behind an operand of an arithmetic or comparison operator, or NotImplemented
    (a program object's own reflected method decides, as in CPython)."""
    cls = type(value)
    if cls is DecimalValue:
        return value.value
    if cls is int or cls is float or cls is bool:
        return value
    from .fractions_ import FractionValue

    if cls is FractionValue:
        return value.value
    return NotImplemented


def _binary(
    function: Callable[[Any, Any], Any], kind: int, method: str
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """An operator and its reflection. With a Decimal or an int on the other side, the context's own
    `method` computes it (the same result, no context variable involved: the fast path); with a
    float or a Fraction, the operator itself, for CPython's TypeError or comparison."""

    def forward(self: DecimalValue, other: Any) -> Any:
        cls = type(other)
        if cls is DecimalValue:
            return self.exact(kind, other, method, self.value, other.value)
        if cls is int or cls is bool:
            return self.exact(kind, other, method, self.value, other)
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.compute(kind, (self, other), function, self.value, value)

    def reverse(self: DecimalValue, other: Any) -> Any:
        cls = type(other)
        if cls is int or cls is bool:
            return self.exact(kind, other, method, other, self.value)
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        return self.compute(kind, (self, other), function, value, self.value)

    return forward, reverse


def _comparison(function: Callable[[Any, Any], Any], holds: Callable[[int], bool]) -> Callable[..., Any]:
    """A comparison. Between numbers that are not NaN (which signal), the context's `compare`
    decides (no context variable involved: the fast path); `holds` reads its -1, 0 or 1."""

    def compare(self: DecimalValue, other: Any) -> Any:
        cls = type(other)
        value = self.value
        if (
            cls is int or cls is bool or (cls is DecimalValue and not other.value.is_nan())
        ) and not value.is_nan():
            run = self.run
            host = run.current().host
            run.ctx.charge(_cost(LINEAR, max(host.prec, self.digits, operand_digits(other))))
            order = host.compare(value, other.value if cls is DecimalValue else other)
            return holds(0 if order.is_zero() else -1 if order.is_signed() else 1)
        value = _operand(other)
        if value is NotImplemented:
            return NotImplemented
        if type(value) is Fraction:  # compared exactly: the Decimal scaled by the denominator
            bits = max(
                int(self.digits * _BITS_PER_DIGIT),
                value.numerator.bit_length(),
                value.denominator.bit_length(),
            )
            charge_big_arithmetic(self.run.ctx, bits, bits)
        return self.compute(LINEAR, (self, other), function, self.value, value)

    return compare


class DecimalValue(PtcObject):
    """A `decimal.Decimal` as the program holds it: the host value, the run it belongs to, and a
    bound on its coefficient's digits (what the next operation on it is charged by)."""

    __slots__ = ("digits", "run", "value")
    ptc_name = "decimal.Decimal"
    ptc_stable_hash = True
    ptc_real_number = True
    """`%`-formatting converts it with `int()`/`float()`, as CPython does any real number."""

    def __init__(self, run: DecimalRun, value: decimal.Decimal, digits: int) -> None:
        self.run = run
        self.value = value
        self.digits = digits

    @property
    def ptc_program_type(self) -> Any:
        return self.run.decimal_class

    def compute(self, kind: int, operands: tuple[Any, ...], function: Callable[..., Any], *args: Any) -> Any:
        """`function(*args)` on host values, charged by `kind` and the digits of `operands`, under
        the program's current context; its result wrapped."""
        run = self.run
        host = run.current().host
        digits = max(host.prec, *map(operand_digits, operands))
        run.ctx.charge(_cost(kind, digits))
        return run.wrap(contextvars.Context().run(in_context, host, function, args), digits)

    def exact(self, kind: int, other: Any, method: str, left: Any, right: Any) -> Any:
        """`context.<method>(left, right)` with the program's current context: charged by `kind`
        and the digits of both operands, its result wrapped."""
        run = self.run
        host = run.current().host
        digits = max(host.prec, self.digits, operand_digits(other))
        run.ctx.charge(_cost(kind, digits))
        result = getattr(host, method)(left, right)
        return (
            DecimalValue(run, result, digits) if type(result) is decimal.Decimal else run.wrap(result, digits)
        )

    __add__, __radd__ = _binary(operator.add, LINEAR, "add")
    __sub__, __rsub__ = _binary(operator.sub, LINEAR, "subtract")
    __mul__, __rmul__ = _binary(operator.mul, PRODUCT, "multiply")
    __truediv__, __rtruediv__ = _binary(operator.truediv, PRODUCT, "divide")
    __floordiv__, __rfloordiv__ = _binary(operator.floordiv, PRODUCT, "divide_int")
    __mod__, __rmod__ = _binary(operator.mod, PRODUCT, "remainder")
    __divmod__, __rdivmod__ = _binary(divmod, PRODUCT, "divmod")
    _pow, __rpow__ = _binary(operator.pow, TRANSCENDENTAL, "power")
    __eq__ = _comparison(operator.eq, lambda order: order == 0)  # pyright: ignore[reportAssignmentType]
    __ne__ = _comparison(operator.ne, lambda order: order != 0)  # pyright: ignore[reportAssignmentType]
    __lt__ = _comparison(operator.lt, lambda order: order < 0)
    __le__ = _comparison(operator.le, lambda order: order <= 0)
    __gt__ = _comparison(operator.gt, lambda order: order > 0)
    __ge__ = _comparison(operator.ge, lambda order: order >= 0)

    def __pow__(self, other: Any, modulo: Any = None) -> Any:
        if modulo is None:
            return self._pow(other)
        values = (_operand(other), _operand(modulo))
        if any(value is NotImplemented for value in values):
            return NotImplemented
        run = self.run
        digits = max(run.current().host.prec, *map(operand_digits, (self, other, modulo)))
        run.ctx.charge(modular_power_cost(digits, other))
        return self.compute(LINEAR, (self, other, modulo), pow, self.value, *values)

    def __neg__(self) -> Any:
        return self.compute(LINEAR, (self,), operator.neg, self.value)

    def __pos__(self) -> Any:
        return self.compute(LINEAR, (self,), operator.pos, self.value)

    def __abs__(self) -> Any:
        return self.compute(LINEAR, (self,), abs, self.value)

    def __bool__(self) -> bool:
        return bool(self.value)

    def __hash__(self) -> int:
        value = self.value
        if value.is_nan():
            if value.is_snan():
                raise TypeError("Cannot hash a signaling NaN value")
            return 0  # CPython hashes a NaN by its address; the interpreter's NaNs all hash to 0
        return hash(value)

    def check_integral_size(self) -> None:
        """Before an exact int of this value is made: its size against the int limit, and the
        conversion from base ten charged like an int's decimal text (quadratic in its size)."""
        value = self.value
        if value.is_finite() and value.adjusted() > 18:
            bits = int((value.adjusted() + 1) * _BITS_PER_DIGIT)
            self.run.ctx.check_int_bits(bits)
            charge_int_text(self.run.ctx, bits)

    def __int__(self) -> int:
        self.check_integral_size()
        return int(self.value)

    __trunc__ = __int__

    def __float__(self) -> float:
        return float(self.value)

    def __floor__(self) -> int:
        self.check_integral_size()
        return self.compute(LINEAR, (self,), math.floor, self.value)

    def __ceil__(self) -> int:
        self.check_integral_size()
        return self.compute(LINEAR, (self,), math.ceil, self.value)

    def __round__(self, ndigits: Any = None) -> Any:
        if ndigits is None:
            self.check_integral_size()
            return self.compute(LINEAR, (self,), round, self.value)
        return self.compute(LINEAR, (self,), round, self.value, ndigits)

    def __str__(self) -> str:
        return self.run.current().host.to_sci_string(self.value)

    def __repr__(self) -> str:
        return f"Decimal('{self}')"

    def __format__(self, spec: str) -> str:
        check_format_size(self.run, self, spec)
        if spec.endswith("n") and "," not in spec and "_" not in spec:
            spec = spec[:-1] + "g"  # 'n' reads the host's locale; in the C locale it is 'g'
        return self.compute(LINEAR, (self,), format, self.value, spec)

    def as_tuple(self) -> Any:
        sign, digits, exponent = self.value.as_tuple()
        charge_elements(self.run.ctx, len(digits))
        return self.run.tuple_class(sign, digits, exponent)

    def as_integer_ratio(self) -> tuple[int, int]:
        check_ratio_size(self.run.ctx, self.value)
        return self.value.as_integer_ratio()

    def adjusted(self) -> int:
        return self.value.adjusted()

    def conjugate(self) -> DecimalValue:
        return self

    def radix(self) -> DecimalValue:
        return DecimalValue(self.run, decimal.Decimal(10), 2)


def check_ratio_size(ctx: RunContext, value: decimal.Decimal) -> None:
    """`as_integer_ratio()` of a finite Decimal holds 10**exponent: check its size first. Reducing
    the ratio divides both ints by their gcd (~0.3 ms at the int limit): charged like big-int
    division, so a loop of conversions is bounded by the step budget, not only by its length."""
    if value.is_finite():
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)
        digits = max(value.adjusted() + 1, -exponent, 1)
        if digits > 18:
            bits = int(digits * _BITS_PER_DIGIT)
            ctx.check_int_bits(bits)
            charge_big_arithmetic(ctx, bits, bits)


_SPEC_NUMBERS = re.compile(r"(\d+)?[,_]?(?:\.(\d+))?([a-zA-Z%]?)$")
_SMALL_TEXT = 4096


def check_format_size(run: DecimalRun, value: DecimalValue, spec: str) -> None:
    """A fixed-point format writes every digit down to the exponent (`f"{Decimal('1e999999'):f}"`
    is a million characters): check the longest text a spec can make before making it."""
    match = _SPEC_NUMBERS.search(spec)
    if match is None:
        return  # not a valid spec: the host refuses it
    width = int(match.group(1) or 0)
    precision = int(match.group(2) or 0)
    host = value.value
    spread = abs(host.adjusted()) if host.is_finite() and match.group(3) in ("f", "F", "%") else 0
    length = width + (precision + spread + value.digits) * 4 // 3 + 8  # with grouping separators
    if length > _SMALL_TEXT:
        run.ctx.check_str_length(length)
        charge_copy(run.ctx, length)


def _method(name: str) -> Callable[..., Any]:
    """`Decimal.<name>(*args, **kwargs)`: the host method on unwrapped arguments, charged by the
    digits it works on, under the program's current context (or the `context=` it passes)."""
    function = getattr(decimal.Decimal, name)
    kind = _KINDS.get(name, LINEAR)

    def method(self: DecimalValue, *args: Any, **kwargs: Any) -> Any:
        run = self.run
        operands = [
            arg.host if isinstance(arg, DecimalContext) else operand_for_method(run, arg) for arg in args
        ]
        keywords: dict[str, Any] = {}
        for key, value in kwargs.items():
            if key == "context":
                keywords[key] = unwrap_context(run, value)
            elif key == "rounding":
                keywords[key] = value
            else:
                keywords[key] = operand_for_method(run, value)
        current = run.current().host
        given = next((arg for arg in (*args, kwargs.get("context")) if isinstance(arg, DecimalContext)), None)
        prec = given.host.prec if isinstance(given, DecimalContext) else current.prec
        digits = max(prec, *map(operand_digits, (self, *args, *kwargs.values())))
        run.ctx.charge(_cost(kind, digits))
        result = contextvars.Context().run(
            in_context, current, _call_method, (function, self.value, operands, keywords)
        )
        return run.wrap(result, digits)

    method.__name__ = name
    return method


def _call_method(function: Callable[..., Any], value: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
    return function(value, *args, **kwargs)


METHODS = [
    "canonical",
    "compare",
    "compare_signal",
    "compare_total",
    "compare_total_mag",
    "copy_abs",
    "copy_negate",
    "copy_sign",
    "exp",
    "fma",
    "is_canonical",
    "is_finite",
    "is_infinite",
    "is_nan",
    "is_normal",
    "is_qnan",
    "is_signed",
    "is_snan",
    "is_subnormal",
    "is_zero",
    "ln",
    "log10",
    "logb",
    "logical_and",
    "logical_invert",
    "logical_or",
    "logical_xor",
    "max",
    "max_mag",
    "min",
    "min_mag",
    "next_minus",
    "next_plus",
    "next_toward",
    "normalize",
    "number_class",
    "quantize",
    "remainder_near",
    "rotate",
    "same_quantum",
    "scaleb",
    "shift",
    "sqrt",
    "to_eng_string",
    "to_integral",
    "to_integral_exact",
    "to_integral_value",
]

DecimalValue.ptc_table = {
    "real": Property(lambda d: d, CONSTANT),
    "imag": Property(lambda d: DecimalValue(d.run, decimal.Decimal(0), 1), CONSTANT),
    "adjusted": Method(DecimalValue.adjusted, CONSTANT),
    "as_tuple": Method(DecimalValue.as_tuple, SIZE_CHECKED),
    "as_integer_ratio": Method(DecimalValue.as_integer_ratio, SIZE_CHECKED),
    "conjugate": Method(DecimalValue.conjugate, CONSTANT),
    "radix": Method(DecimalValue.radix, CONSTANT),
    "from_float": Method(lambda d, number: from_float(d.run, number), CONSTANT),
    **{name: Method(_method(name), SIZE_CHECKED) for name in METHODS},
}


def _exact_digits(value: decimal.Decimal) -> int:
    return len(value.as_tuple().digits)


def convert_for_context(run: DecimalRun, value: Any) -> Any:
    """What `Context.create_decimal` and `Decimal()` may hand the host: plain numbers, text, digit
    tuples and Decimals; anything else is refused with CPython's message."""
    cls = type(value)
    if cls is DecimalValue:
        return value.value
    if cls is int and not -_BIG < value < _BIG:
        charge_int_text(run.ctx, value.bit_length())  # to base ten: quadratic in its size
        return value
    if cls in (int, bool, float, str):
        return value
    if cls in (tuple, list):
        if len(value) == 3 and isinstance(value[1], tuple | list):
            charge_elements(run.ctx, len(value[1]))
            run.check_digits(len(value[1]))
        return tuple(value)
    raise TypeError(f"conversion from {ptc_type_name(value)} to Decimal is not supported")


def make_decimal(run: DecimalRun, value: Any = "0", context: Any = None) -> DecimalValue:
    """`Decimal(value="0", context=None)`: exact, whatever the precision; `context` decides only
    what a malformed string does."""
    host_context = unwrap_context(run, context)
    cls = type(value)
    if cls is DecimalValue:
        return value
    converted = convert_for_context(run, value)
    if cls is str:
        run.ctx.charge(len(value) // 16 + 1)
    host = run.current().host
    result = contextvars.Context().run(in_context, host, decimal.Decimal, (converted, host_context))
    if cls is int or cls is bool:
        digits = operand_digits(value)
    elif cls is str and len(value) <= run.digits:
        digits = len(value)
    else:
        digits = _exact_digits(result)
        run.check_digits(digits)
    return DecimalValue(run, result, max(digits, 1))


def from_float(run: DecimalRun, value: Any) -> DecimalValue:
    if type(value) not in (int, bool, float):
        raise TypeError("argument must be int or float")
    run.ctx.charge(2)
    result = contextvars.Context().run(in_context, run.current().host, decimal.Decimal.from_float, (value,))
    return DecimalValue(run, result, _exact_digits(result))


def _one_positional(args: tuple[Any, ...], keywords: dict[str, Any]) -> Any:
    """`decimal.setcontext`'s one argument, with CPython's errors (a builtin taking no keywords)."""
    if keywords:
        raise TypeError("decimal.setcontext() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"decimal.setcontext() takes exactly one argument ({len(args)} given)")
    return args[0]


def make_module(ctx: RunContext) -> ShimModule:
    run = DecimalRun(ctx)

    def decimal_class(value: Any = "0", context: Any = None) -> DecimalValue:
        return make_decimal(run, value, context)

    run.decimal_class = NativeClass(
        "decimal.Decimal",
        DecimalValue,
        decimal_class,
        {"from_float": native("from_float", lambda f: from_float(run, f))},
    )
    run.context_class = NativeClass(
        "decimal.Context", DecimalContext, lambda *args, **kwargs: new_context(run, *args, **kwargs)
    )
    run.tuple_class = namedtuple_class("DecimalTuple", "sign digits exponent")
    signals = {cls.__name__: cls for cls in EXCEPTIONS}
    rounding = {name: getattr(decimal, name) for name in dir(decimal) if name.startswith("ROUND_")}
    return ShimModule(
        "decimal",
        {
            "Decimal": run.decimal_class,
            "Context": run.context_class,
            "getcontext": native("getcontext", run.current),
            "setcontext": native(
                "setcontext", lambda *args, **kw: set_context(run, _one_positional(args, kw))
            ),
            "localcontext": native(
                "localcontext", lambda ctx=None, **kwargs: local_context(run, ctx, **kwargs)
            ),
            "DefaultContext": run.default,
            "BasicContext": run.basic,
            "ExtendedContext": run.extended,
            **signals,
            **rounding,
            "MAX_PREC": decimal.MAX_PREC,
            "MAX_EMAX": decimal.MAX_EMAX,
            "MIN_EMIN": decimal.MIN_EMIN,
            "MIN_ETINY": decimal.MIN_ETINY,
            "HAVE_THREADS": decimal.HAVE_THREADS,
            "HAVE_CONTEXTVAR": decimal.HAVE_CONTEXTVAR,
        },
    )
