"""The program's decimal contexts: CPython's `decimal.Context` per run and per task, never the host's.

CPython keeps the current decimal context in a context variable of the host thread, and every
`Decimal` operation reads it (its precision, rounding, traps) and writes it (its flags). A program
must neither see nor change the host's: each run owns its contexts (`DecimalRun`), each program
task holds the one it uses (`ProgramTask.decimal_context`, copied by reference when a task is
created, as `asyncio` copies context variables), and each native operation runs inside a fresh,
empty `contextvars.Context` in which the program's context is made current for that one call
(`DecimalRun.native`): nothing the program sets outlives the call in the host thread.

The precision a program may set is bounded by the run's `max_int_bits` (a Decimal coefficient is an
integer in base ten), so the cost of every operation is bounded, and charged by the digits it works on.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false, reportArgumentType=false

from __future__ import annotations

import decimal
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import PtcObject
from ..runtime.registry import CONSTANT, SIZE_CHECKED, Method, Property, missing_attribute
from ..runtime.scheduler import Gen, PtcContextManager

if TYPE_CHECKING:
    from ..runtime.context import RunContext
    from .decimal_ import DecimalValue

SIGNALS: tuple[type[ArithmeticError], ...] = (
    decimal.Clamped,
    decimal.InvalidOperation,
    decimal.DivisionByZero,
    decimal.Inexact,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Overflow,
    decimal.Underflow,
    decimal.FloatOperation,
)
EXCEPTIONS: tuple[type[ArithmeticError], ...] = (
    decimal.DecimalException,
    *SIGNALS,
    decimal.ConversionSyntax,
    decimal.DivisionImpossible,
    decimal.DivisionUndefined,
    decimal.InvalidContext,
)
"""Every exception class the C implementation raises (the conditions in `e.args` included)."""

_ATTRIBUTES = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp")
_SIGNAL_ATTRIBUTES = ("flags", "traps")
_DIGITS_PER_BIT = math.log10(2)


def max_digits(ctx: RunContext) -> int:
    """The most digits a coefficient (and the precision) may have: as many as an int of
    `max_int_bits` bits."""
    return max(int(ctx.limits.max_int_bits * _DIGITS_PER_BIT), 28)


def _default_context() -> decimal.Context:
    """CPython's `DefaultContext`, built from constants (the host's own template may have been changed)."""
    return decimal.Context(
        prec=28,
        rounding=decimal.ROUND_HALF_EVEN,
        Emin=-999999,
        Emax=999999,
        capitals=1,
        clamp=0,
        flags=[],
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )


def in_context(host: decimal.Context, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """`function(*args)` with `host` as the host thread's decimal context: called only through
    `contextvars.Context().run`, an empty scope of its own, so the setting ends with the call."""
    decimal.setcontext(host)
    return function(*args)


class DecimalRun:
    """The decimal state of one run: its budget, its template contexts, the program classes it
    shows, and the context of code that runs outside any task."""

    __slots__ = (
        "basic",
        "context_class",
        "ctx",
        "decimal_class",
        "decimal_context",
        "default",
        "digits",
        "extended",
        "tuple_class",
    )

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.digits = max_digits(ctx)
        self.default = DecimalContext(self, _default_context())
        basic = decimal.Context(
            prec=9,
            rounding=decimal.ROUND_HALF_UP,
            Emin=-999999,
            Emax=999999,
            capitals=1,
            clamp=0,
            flags=[],
            traps=[
                s
                for s in SIGNALS
                if s not in (decimal.Inexact, decimal.Rounded, decimal.Subnormal, decimal.FloatOperation)
            ],
        )
        self.basic = DecimalContext(self, basic)
        self.extended = DecimalContext(
            self,
            decimal.Context(
                prec=9,
                rounding=decimal.ROUND_HALF_EVEN,
                Emin=-999999,
                Emax=999999,
                capitals=1,
                clamp=0,
                flags=[],
                traps=[],
            ),
        )
        self.decimal_context: DecimalContext | None = None
        """The current context of code that runs outside every task."""
        self.decimal_class: Any = None
        """`decimal.Decimal` and `decimal.Context` as the program sees them (`type(x)` answers them)."""
        self.context_class: Any = None
        self.tuple_class: Any = None
        """The named tuple class `as_tuple()` returns."""

    # -- the current context, per task ------------------------------------------------------

    def _holder(self) -> Any:
        sched = self.ctx.scheduler
        task = sched.current if sched is not None else None
        return self if task is None else task

    def current(self) -> DecimalContext:
        """`getcontext()`: the current task's context, made from `DefaultContext` on first use."""
        holder = self._holder()
        context = holder.decimal_context
        if context is None:
            context = self.new_context()
            holder.decimal_context = context
        return context

    def set_current(self, context: DecimalContext) -> None:
        self._holder().decimal_context = context

    def new_context(self) -> DecimalContext:
        return DecimalContext(self, self.default.host.copy())

    # -- native operations ------------------------------------------------------------------

    def check_precision(self, prec: object) -> None:
        if type(prec) is int and prec > self.digits:
            raise PtcLimitError(
                "max_int_bits",
                f"decimal precision of {prec} digits exceeds the limit of {self.digits} digits"
                f" (as many as an int of max_int_bits={self.ctx.limits.max_int_bits} bits)",
            )

    def check_digits(self, digits: int) -> None:
        if digits > self.digits:
            raise PtcLimitError(
                "max_int_bits",
                f"Decimal of {digits} digits exceeds the limit of {self.digits} digits"
                f" (as many as an int of max_int_bits={self.ctx.limits.max_int_bits} bits)",
            )

    def wrap(self, value: Any, digits: int) -> Any:
        """A host result as the program sees it: Decimals wrapped (with `digits`, a bound on their
        coefficient's length), tuples of them too."""
        from .decimal_ import DecimalValue

        cls = type(value)
        if cls is decimal.Decimal:
            return DecimalValue(self, value, digits)
        if cls is tuple:
            return tuple(self.wrap(item, digits) for item in value)
        return value


def unwrap_context(run: DecimalRun, context: object) -> decimal.Context | None:
    if context is None:
        return None
    if isinstance(context, DecimalContext):
        return context.host
    raise TypeError("optional argument must be a context")


class DecimalContext(PtcObject):
    """`decimal.Context` as the program sees it: CPython's attributes, methods and repr over a host
    context that only this run ever holds."""

    __slots__ = ("host", "run")
    ptc_name = "decimal.Context"

    def __init__(self, run: DecimalRun, host: decimal.Context) -> None:
        self.run = run
        self.host = host

    @property
    def ptc_program_type(self) -> Any:
        return self.run.context_class

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        if name not in _ATTRIBUTES and name not in _SIGNAL_ATTRIBUTES:
            raise missing_attribute(
                f"'decimal.Context' object has no attribute {name!r}",
                name,
                (*_ATTRIBUTES, *_SIGNAL_ATTRIBUTES),
            )
        if name == "prec":
            self.run.check_precision(value)
        setattr(self.host, name, signal_argument(value))

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        raise AttributeError(f"{name} cannot be deleted" if name in _ATTRIBUTES else name)

    def __repr__(self) -> str:
        return repr(self.host)

    def copy(self) -> DecimalContext:
        return DecimalContext(self.run, self.host.copy())

    def clear_flags(self) -> None:
        self.host.clear_flags()

    def clear_traps(self) -> None:
        self.host.clear_traps()

    def etiny(self) -> int:
        return self.host.Etiny()

    def etop(self) -> int:
        return self.host.Etop()

    def create_decimal(self, num: object = "0") -> DecimalValue:
        from .decimal_ import convert_for_context

        value = convert_for_context(self.run, num)
        if isinstance(value, str):
            self.run.ctx.charge(len(value) // 16 + 1)
        return self.run.wrap(self.host.create_decimal(value), self.host.prec)

    def create_decimal_from_float(self, num: object) -> DecimalValue:
        if not isinstance(num, int | float):
            raise TypeError("argument must be int or float")
        return self.run.wrap(self.host.create_decimal_from_float(num), self.host.prec)


def signal_argument(value: Any) -> Any:
    """A `flags`/`traps` value for the host: a program's signal dict stands for its host dict."""
    return value.host if isinstance(value, SignalDict) else value


class SignalDict(PtcObject):
    """`Context.flags` and `Context.traps`: a mapping of signal classes to booleans."""

    __slots__ = ("host",)
    ptc_name = "SignalDict"

    def __init__(self, host: Any) -> None:
        self.host = host

    def __getitem__(self, key: Any) -> bool:
        return self.host[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        self.host[key] = value

    def __len__(self) -> int:
        return len(self.host)

    def __iter__(self) -> Any:
        return iter(list(self.host))

    def __contains__(self, key: Any) -> bool:
        return key in SIGNALS

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SignalDict) and dict(self.host) == dict(other.host)

    __hash__ = None  # pyright: ignore[reportAssignmentType]

    def __repr__(self) -> str:
        return repr(self.host)

    def keys(self) -> list[Any]:
        """For `dict(signals)` (the mapping protocol); not a program-visible method."""
        return list(self.host.keys())

    def get(self, key: Any, default: Any = None) -> Any:
        return self.host.get(key, default)

    def copy(self) -> dict[Any, bool]:
        return self.host.copy()


SignalDict.ptc_table = {
    "get": Method(SignalDict.get, CONSTANT),
    "copy": Method(SignalDict.copy, CONSTANT),
}
"""Indexing, iteration and these; the mapping views (`keys()`, `items()`) are not offered
(CPython's are `KeysView` objects over the dict)."""


class LocalContext(PtcContextManager):
    """`localcontext(ctx=None, **kwargs)`: a copy of `ctx` (or of the current context) is current
    inside the block; the context current when it was made is current again after it."""

    __slots__ = ("local", "run", "saved")
    ptc_name = "decimal.ContextManager"
    ptc_synchronous_only = True
    """CPython's has no `__aenter__`: `async with localcontext()` is a TypeError."""

    def __init__(self, run: DecimalRun, local: DecimalContext, saved: DecimalContext) -> None:
        self.run = run
        self.local = local
        self.saved = saved

    def ptc_enter(self) -> Gen:
        self.run.set_current(self.local)
        return self.local
        yield  # pragma: no cover - makes this a generator function

    def ptc_exit(self, error: BaseException | None) -> Gen:
        self.run.set_current(self.saved)
        return False
        yield  # pragma: no cover - makes this a generator function

    def __repr__(self) -> str:
        return "<decimal.ContextManager object>"


_CONTEXT_KEYWORDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def new_context(run: DecimalRun, *args: Any, **kwargs: Any) -> DecimalContext:
    """`decimal.Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
    flags=None, traps=None)`, starting from the run's `DefaultContext`."""
    if len(args) > len(_CONTEXT_KEYWORDS):
        raise TypeError(f"Context() takes at most 8 arguments ({len(args)} given)")
    given = dict(zip(_CONTEXT_KEYWORDS, args, strict=False))
    for name, value in kwargs.items():
        if name not in _CONTEXT_KEYWORDS:
            raise TypeError(f"{name!r} is an invalid keyword argument for this function")
        given[name] = value
    run.check_precision(given.get("prec"))
    default = run.default.host
    settings: dict[str, Any] = {name: getattr(default, name) for name in _ATTRIBUTES}
    settings["flags"] = []
    settings["traps"] = [signal for signal in SIGNALS if default.traps[signal]]
    settings.update({name: signal_argument(value) for name, value in given.items() if value is not None})
    return DecimalContext(run, decimal.Context(**settings))


def local_context(run: DecimalRun, ctx: object = None, **kwargs: Any) -> LocalContext:
    saved = run.current()
    source = saved if ctx is None else ctx
    if not isinstance(source, DecimalContext):
        raise TypeError("optional argument must be a context")
    local = source.copy()
    for name, value in kwargs.items():
        if name not in _CONTEXT_KEYWORDS:
            raise TypeError(f"{name!r} is an invalid keyword argument for this function")
        if name == "prec":
            run.check_precision(value)
        value = signal_argument(value)
        if name in _SIGNAL_ATTRIBUTES and isinstance(value, list):
            value = getattr(decimal.Context(**{name: value}), name)  # CPython accepts a list here
        setattr(local.host, name, value)
    return LocalContext(run, local, saved)


def set_context(run: DecimalRun, context: object) -> None:
    if not isinstance(context, DecimalContext):
        raise TypeError("argument must be a context")
    if context is run.default or context is run.basic or context is run.extended:
        context = context.copy()  # as CPython: a template is never made current itself
    run.set_current(context)


def _context_operation(name: str) -> Callable[..., Any]:
    """`Context.<name>(*operands)`: the host context's method on unwrapped operands, charged by the
    digits it works on, its result wrapped."""

    def operation(self: DecimalContext, *args: Any) -> Any:
        from .decimal_ import charge_operation, operand_for_method  # the value type uses contexts

        run = self.run
        operands = [operand_for_method(run, arg) for arg in args]
        digits = charge_operation(run, name, self.host.prec, args)
        return run.wrap(getattr(self.host, name)(*operands), digits)

    operation.__name__ = name
    return operation


CONTEXT_OPERATIONS = [
    "abs",
    "add",
    "canonical",
    "compare",
    "compare_signal",
    "compare_total",
    "compare_total_mag",
    "copy_abs",
    "copy_decimal",
    "copy_negate",
    "copy_sign",
    "divide",
    "divide_int",
    "divmod",
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
    "minus",
    "multiply",
    "next_minus",
    "next_plus",
    "next_toward",
    "normalize",
    "number_class",
    "plus",
    "power",
    "quantize",
    "radix",
    "remainder",
    "remainder_near",
    "rotate",
    "same_quantum",
    "scaleb",
    "shift",
    "sqrt",
    "subtract",
    "to_eng_string",
    "to_integral",
    "to_integral_exact",
    "to_integral_value",
    "to_sci_string",
]

DecimalContext.ptc_table = {
    **{name: Property(lambda c, n=name: getattr(c.host, n), CONSTANT) for name in _ATTRIBUTES},
    "flags": Property(lambda c: SignalDict(c.host.flags), CONSTANT),
    "traps": Property(lambda c: SignalDict(c.host.traps), CONSTANT),
    "copy": Method(DecimalContext.copy, CONSTANT),
    "clear_flags": Method(DecimalContext.clear_flags, CONSTANT),
    "clear_traps": Method(DecimalContext.clear_traps, CONSTANT),
    "Etiny": Method(DecimalContext.etiny, CONSTANT),
    "Etop": Method(DecimalContext.etop, CONSTANT),
    "create_decimal": Method(DecimalContext.create_decimal, SIZE_CHECKED),
    "create_decimal_from_float": Method(DecimalContext.create_decimal_from_float, SIZE_CHECKED),
    **{name: Method(_context_operation(name), SIZE_CHECKED) for name in CONTEXT_OPERATIONS},
}
