"""Building blocks every module shim shares.

A shim must never hand the program a host object: functions go out as `NativeFunction`, classes
the program can call or test with `isinstance` go out as `NativeClass`, lazy iterators as
`ShimIterator` (a bare generator would show a memory address in its repr). Shims that loop over
caller data natively charge the run's step budget through `runtime.budget` (one cost model for all
native work) before or while they do the work.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from types import FunctionType
from typing import TYPE_CHECKING, Any

from ..builtins.arity import restate
from ..runtime.allowlist import PtcObject
from ..runtime.budget import SIZED_TYPES, charge_elements
from ..runtime.lazy import native_iter
from ..runtime.native import NativeFunction, rename_call_error
from ..runtime.registry import BINDING_ERROR, HostBinding, missing_attribute

if TYPE_CHECKING:
    from ..runtime.context import RunContext

PARSE_CHARS_PER_STEP = 16
"""Characters of text a parsing or matching pass (json, regex) touches per step: slower per character
than the plain scans `runtime.budget` prices, so cheaper per step."""


class NativeClass(PtcObject):
    """A host class as the program sees it: callable (through `constructor`, which charges and checks
    what the real constructor would do unchecked), usable with `isinstance`/`issubclass`, with the
    class-level members in `members` (`datetime.now`, `timezone.utc`) and a CPython-like repr. Its
    `binding`, set at import for the classes of `registry.HOST_BINDING_MODULES`, makes the
    constructor bind arguments as the host class does (`builtins.arity`)."""

    __slots__ = ("binding", "constructor", "members", "python_type", "qualname")
    ptc_name = "type"

    def __init__(
        self,
        qualname: str,
        python_type: type,
        constructor: Callable[..., Any],
        members: Mapping[str, Any] | None = None,
    ) -> None:
        self.qualname = qualname
        self.python_type = python_type
        self.constructor = constructor
        self.members = dict(members or {})
        self.binding: HostBinding | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        binding = self.binding
        if binding is not None and (kwargs or binding.max_positional is not None):
            binding.refuse(len(args), kwargs)
        try:
            return self.constructor(*args, **kwargs)
        except TypeError as error:
            name = self.qualname.rpartition(".")[2]
            if binding is None:
                rename_call_error(error, self.constructor, name)
            else:
                restate(error, self.constructor, name, binding.reference, len(args), kwargs)
            raise

    def __instancecheck__(self, instance: object) -> bool:
        return isinstance(instance, self.python_type)

    def __subclasscheck__(self, subclass: object) -> bool:
        if isinstance(subclass, NativeClass):
            return issubclass(subclass.python_type, self.python_type)
        return isinstance(subclass, type) and issubclass(subclass, self.python_type)

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name == "__name__":
            return self.qualname.rpartition(".")[2]
        try:
            return self.members[name]
        except KeyError:
            message = f"type object {self.qualname!r} has no attribute {name!r}"
            raise missing_attribute(message, name, self.members) from None

    def __repr__(self) -> str:
        return f"<class {self.qualname!r}>"


class ShimIterator(PtcObject):
    """A lazy iterator a shim returns (`itertools.chain(...)`, `re.finditer(...)`): iterates like the
    generator it wraps, one step per item (each item runs Python code, and native consumers such as
    `list()` price items as cheap C iteration), shows a fixed repr, exposes no attributes."""

    __slots__ = ("ctx", "generator", "inputs", "label")
    ptc_name = "iterator"

    def __init__(self, label: str, generator: Iterator[Any], ctx: RunContext, inputs: object = None) -> None:
        self.label = label
        self.generator = generator
        self.ctx = ctx
        self.inputs = inputs
        """The iterators `generator` reads, held here too: CPython's `islice`, `pairwise` and
        `chain.from_iterable` drop their input when it raises, and a program generator that
        re-enters the iterator makes it raise while running, which would free it mid-run (a crash)."""

    def __iter__(self) -> ShimIterator:
        return self

    def __next__(self) -> Any:
        self.ctx.charge(1)
        return next(self.generator)

    def __repr__(self) -> str:
        return f"<{self.label} object>"


class GeneratorShim(ShimIterator):
    """A shim's lazy result where CPython's function is a generator function (`heapq.merge`,
    `difflib.unified_diff`): its type is `generator`, its repr names the function (no address)."""

    __slots__ = ()
    ptc_name = "generator"

    def __repr__(self) -> str:
        return f"<generator object {self.label}>"


PULL_CHUNK = 64
"""Elements pulled from an iterator of unknown length between two charges."""


def pulled(ctx: RunContext, iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate `iterable` paying for it: a sized builtin collection by its length up front (native
    iteration is cheap), anything else one step per element pulled (each pull runs Python code: a
    generator, or a program iterator), so an endless iterator ends in a step-limit error quickly."""
    if type(iterable) in SIZED_TYPES:
        charge_elements(ctx, len(iterable))  # pyright: ignore[reportArgumentType]
        return iter(iterable)
    return _PullCharging(ctx, native_iter(iterable))


class _PullCharging:
    """`iterator`, a step charged per `PULL_CHUNK` items pulled. Not a generator: a generator ends
    for good at its source's first `StopIteration`, where CPython's adaptors (`map`, `starmap`,
    `filter`...) pull again on the next call, and a program iterator may then go on."""

    __slots__ = ("credit", "ctx", "iterator")

    def __init__(self, ctx: RunContext, iterator: Iterator[Any]) -> None:
        self.ctx = ctx
        self.iterator = iterator
        self.credit = 0

    def __iter__(self) -> _PullCharging:
        return self

    def __next__(self) -> Any:
        item = next(self.iterator)
        if self.credit == 0:
            self.ctx.charge(PULL_CHUNK)
            self.credit = PULL_CHUNK
        self.credit -= 1
        return item


def native(name: str, function: Callable[..., Any]) -> NativeFunction:
    return NativeFunction(name, function)


def functions(table: Mapping[str, Callable[..., Any]]) -> dict[str, NativeFunction]:
    """Wrap a module's functions, naming each `name` (CPython shows module functions unqualified)."""
    return {name: NativeFunction(name, function) for name, function in table.items()}


def bind_keywords(
    callee: str, values: dict[str, Any], kwargs: Mapping[str, Any], known: Container[str]
) -> None:
    """Add `kwargs` to the positionally bound `values` of a generated constructor (namedtuple,
    dataclass), refusing unknown and repeated names with CPython's messages."""
    for name, value in kwargs.items():
        if name not in known:
            raise TypeError(f"{callee}() got an unexpected keyword argument {name!r}")
        if name in values:
            raise TypeError(f"{callee}() got multiple values for argument {name!r}")
        values[name] = value


_SMALL_PLAIN_TEXT = 10_000
_SMALL_PLAIN_ITEMS = 100


def _small_plain(value: object, nested: bool = False) -> bool:
    """Builtin data small enough to hand to CPython's own function just to hear how it fails: no
    program code can run on it, and the work is bounded."""
    kind = type(value)
    if kind in (type(None), bool, int, float):
        return True
    if kind is str or kind is bytes:
        return len(value) <= _SMALL_PLAIN_TEXT  # pyright: ignore[reportArgumentType]
    if nested:
        return False
    if kind is list or kind is tuple:
        items: Any = value
        return len(items) <= _SMALL_PLAIN_ITEMS and all(_small_plain(item, True) for item in items)
    if kind is dict:
        entries: Any = value
        return len(entries) <= _SMALL_PLAIN_ITEMS and all(
            _small_plain(key, True) and _small_plain(item, True) for key, item in entries.items()
        )
    return False


def refusals_in_cpythons_words(host: Callable[..., Any], shim: Callable[..., Any]) -> Callable[..., Any]:
    """`shim`, whose type checks refuse what it cannot take: when CPython's own function also fails on
    these (small, plain) arguments, its exception is raised instead, so the program sees CPython's
    type and message; when CPython would accept them, the shim's refusal stands."""

    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return shim(*args, **kwargs)
        except (TypeError, ValueError, AttributeError) as refusal:
            if BINDING_ERROR.search(str(refusal)) or not all(
                _small_plain(v) for v in (*args, *kwargs.values())
            ):
                raise
            try:
                host(*args, **kwargs)
            except Exception as error:  # CPython's own failure, whatever its type
                raise error from None
            raise

    name = getattr(shim, "__name__", "call")
    if isinstance(shim, FunctionType):  # its binding errors name it as CPython's (`urljoin() missing ...`)
        shim.__qualname__ = name
    call.__name__ = call.__qualname__ = name
    return call
