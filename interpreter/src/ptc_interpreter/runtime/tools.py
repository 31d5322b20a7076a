# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false
# (tool data is untyped by nature: converters walk whatever the host returned)
"""Tools as the program sees them: named callables whose calls become host `ToolCall`s.

Calling a tool (`get_user(3)`) binds the arguments to parameter names by the tool's `ToolSpec`
right away (unknown, missing or duplicated arguments are a `TypeError` at the call's position) and
returns a `ToolCallAwaitable`; the call is issued to the host when that is awaited, gathered or
turned into a task — like a coroutine, which does nothing until awaited. Arguments leave as plain
data (`to_plain`) and results come back as program values (`from_plain`): a Pydantic model becomes
its JSON-mode dict, sets become insertion-ordered sets, nothing host-owned crosses.
"""

from __future__ import annotations

import collections
import datetime as _dt
import difflib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ..errors import PtcError, PtcLimitError, SourceSpan
from ..host import ToolSpec
from .allowlist import PtcObject, ptc_type_name
from .budget import LAZY_ELEMENTS_PER_STEP
from .registry import CONSTANT, SUGGESTED_NAME_LIMIT, Property, TypeTable
from .values import FrozenOrderedSet, OrderedSet

if TYPE_CHECKING:
    from .context import RunContext

PLAIN_SCALARS = (type(None), bool, int, float, str)
"""Types whose values are plain data as they are (a tool argument of these needs no copy)."""


def bind_arguments(spec: ToolSpec, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """Map `args`/`kwargs` to parameter names; raise `TypeError` the way CPython words it."""
    positional = [p for p in spec.parameters if p.kind == "positional_or_keyword"]
    accepts_any = any(p.kind == "var_keyword" for p in spec.parameters)
    known = {p.name for p in spec.parameters if p.kind != "var_keyword"}
    if len(args) > len(positional):
        raise TypeError(
            f"{spec.name}() takes {len(positional)} positional argument{'s' if len(positional) != 1 else ''} "
            f"but {len(args)} were given"
        )
    bound: dict[str, Any] = {}
    for parameter, value in zip(positional, args, strict=False):
        bound[parameter.name] = value
    for name, value in kwargs.items():
        if name in bound:
            raise TypeError(f"{spec.name}() got multiple values for argument {name!r}")
        if name not in known and not accepts_any:
            raise TypeError(
                f"{spec.name}() got an unexpected keyword argument {name!r}{did_you_mean(name, known)}"
            )
        bound[name] = value
    missing = [p.name for p in spec.parameters if p.required and p.name not in bound]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        raise TypeError(
            f"{spec.name}() missing {len(missing)} required argument{'s' if len(missing) != 1 else ''}: {names}"
        )
    return bound


def did_you_mean(name: str, candidates: Any) -> str:
    if len(name) > SUGGESTED_NAME_LIMIT:
        return ""
    close = difflib.get_close_matches(name, sorted(candidates), n=1, cutoff=0.6)
    return f". Did you mean {close[0]!r}?" if close else ""


def to_plain(value: Any, ctx: RunContext, depth: int = 0) -> Any:
    """A program value as plain data for a tool argument (copies containers; rejects objects).

    Each container is charged before it is copied, at the rate of a Python-level loop: the copy
    follows every reference, so `[x] * 100` of a long list `x` costs 100 copies of `x` and must not
    be priced as one list."""
    if depth > 100:
        raise ValueError("tool argument is nested too deeply")
    kind = type(value)
    if kind in PLAIN_SCALARS or kind is bytes:
        return value
    if kind not in _ARGUMENT_CONTAINERS:
        raise TypeError(
            f"cannot pass a {ptc_type_name(value)!r} object to a tool; pass plain data (dict, list, str, ...)"
        )
    ctx.charge(len(value) // LAZY_ELEMENTS_PER_STEP + 1)
    if kind is dict:
        return {to_plain(k, ctx, depth + 1): to_plain(v, ctx, depth + 1) for k, v in value.items()}
    if kind is tuple:
        return tuple(to_plain(v, ctx, depth + 1) for v in value)
    return [to_plain(v, ctx, depth + 1) for v in value]  # lists, and sets as lists


_ARGUMENT_CONTAINERS: frozenset[type[Any]] = frozenset({list, tuple, dict, OrderedSet, FrozenOrderedSet})


def plain_arguments(arguments: Mapping[str, Any], ctx: RunContext) -> dict[str, Any]:
    """Bound tool arguments as plain data (`to_plain` of each)."""
    return {key: to_plain(item, ctx) for key, item in arguments.items()}


def from_plain(value: Any, depth: int = 0) -> Any:
    """A tool result as a program value: fresh containers, ordered sets, models as JSON-mode dicts."""
    kind = type(value)
    if kind in PLAIN_SCALARS:
        return value
    if depth > 200:
        raise ValueError("result is nested too deeply")
    if kind is dict:
        return {from_plain(k, depth + 1): from_plain(v, depth + 1) for k, v in value.items()}
    if kind is list:
        return [from_plain(v, depth + 1) for v in value]
    if kind is tuple:
        return tuple(from_plain(v, depth + 1) for v in value)
    if kind is bytes:
        return value
    if kind is set or kind is frozenset:
        items = sorted(value, key=repr)
        converted = [from_plain(v, depth + 1) for v in items]
        return OrderedSet(converted) if kind is set else FrozenOrderedSet(converted)
    dump = getattr(value, "model_dump", None)
    if dump is not None and callable(dump):
        return from_plain(dump(mode="json"), depth + 1)
    for base in (bool, int, float, str):  # subclasses (enums, str-enums): the plain value
        if isinstance(value, base):
            return base(value)
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return from_plain(dataclasses.asdict(value), depth + 1)
    if isinstance(value, Mapping):
        return {from_plain(k, depth + 1): from_plain(v, depth + 1) for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType,reportUnknownArgumentType]
    if isinstance(value, list | tuple):
        return [from_plain(v, depth + 1) for v in value]  # pyright: ignore[reportUnknownVariableType]
    raise TypeError(f"a {type(value).__name__} is not plain data")


_HOST_VALUE_TYPES = (bytes, complex, _dt.date, _dt.time, _dt.timedelta, _dt.tzinfo)
"""Immutable host values a result may contain as they are (no program code can run through them)."""


def plain_result(
    value: Any,
    describe: Callable[[Any], str],
    budget: list[int],
    depth: int = 0,
    open_containers: dict[int, Any] | None = None,
) -> Any:
    """The run's result as data the host can compare, hash and serialise without running program
    code: containers are rebuilt around converted elements, and anything program-defined (instances,
    functions, tasks) is replaced by its repr, computed now, inside the run's budget.

    `budget` (`[max_result_chars]`) bounds the copying *before* it happens: a container of n elements
    adds at least 3n characters to the result's repr (an element, a separator or bracket, and one
    character more of the element), 6n for a dict, so one whose elements would take the budget below
    zero (`[x] * 300` of a long list `x` counts `x` 300 times) raises `PtcLimitError` first, and only
    when the repr would be over the limit anyway.

    A container inside itself (`a.append(a)`) stays inside itself in the copy, as CPython returns it
    (its repr shows `[...]`): `open_containers` maps each container being copied, outermost first,
    to its copy. Lists, dicts and deques have their copy before their elements; a tuple or set gets
    its copy only from its elements, so a cycle back into one (`t = ([],); t[0].append(t)`) cannot be
    copied and is refused with a clear error. A serialiser must refuse a cyclic result itself
    (`json.dumps` does: durable-ptc's `run_ptc` reports it to the model)."""
    kind = type(value)
    if kind in PLAIN_SCALARS or isinstance(value, _HOST_VALUE_TYPES):
        return value
    if depth > 100:
        return describe(value)
    if kind is list or kind is tuple or isinstance(value, dict) or kind in _RESULT_COLLECTIONS:
        if open_containers is None:
            open_containers = {}
        key = id(value)
        if key in open_containers:
            copy = open_containers[key]
            if copy is None:
                raise PtcError(
                    f"the result contains a {ptc_type_name(value)} inside itself through a mutable container,"
                    " which cannot be copied out of the run",
                    hint="return a value without the cycle, e.g. its repr() or a list in place of the tuple",
                )
            return copy
        _spend(budget, len(value) * (6 if isinstance(value, dict) else 3) - 1)
        try:
            return _plain_container(kind, value, describe, budget, depth + 1, open_containers)
        finally:
            open_containers.pop(key, None)
    return describe(value)


def _plain_container(
    kind: type[Any],
    value: Any,
    describe: Callable[[Any], str],
    budget: list[int],
    depth: int,
    open_containers: dict[int, Any],
) -> Any:
    def plain(item: Any) -> Any:
        return plain_result(item, describe, budget, depth, open_containers)

    key = id(value)
    if kind is list or kind is collections.deque:
        copy = kind()
        open_containers[key] = copy
        copy.extend([plain(v) for v in value])
        return copy
    if isinstance(value, dict):
        mapping: dict[Any, Any] = kind() if kind in (collections.Counter, collections.OrderedDict) else {}
        open_containers[key] = mapping
        for k, v in list(value.items()):  # pyright: ignore[reportUnknownVariableType]
            mapping[plain(k)] = plain(v)
        return mapping
    open_containers[key] = None  # a tuple or set exists only once its elements do
    if kind is tuple:
        return tuple([plain(v) for v in value])
    return kind(plain(v) for v in value)


_RESULT_COLLECTIONS: frozenset[type[Any]] = frozenset({OrderedSet, FrozenOrderedSet, collections.deque})


def _spend(budget: list[int], chars: int) -> None:
    """Take `chars` (a lower bound of what a container adds to the repr) from the budget."""
    if chars <= 0:
        return
    budget[0] -= chars
    if budget[0] < 0:
        raise PtcLimitError("max_result_chars", "the result's repr would be over the limit of characters")


class ToolFunction(PtcObject):
    """A registered tool, as a name in the program (one per run: it caches per-call-site positions)."""

    __slots__ = ("name", "positional_names", "sites", "source_lines", "spec")
    ptc_name = "tool"

    def __init__(self, spec: ToolSpec, source_lines: list[str]) -> None:
        self.spec = spec
        self.name = spec.name
        self.source_lines = source_lines
        required = [p.name for p in spec.parameters if p.required]
        positional = [p.name for p in spec.parameters if p.kind == "positional_or_keyword"]
        self.positional_names: tuple[str, ...] | None = (
            tuple(positional)
            if required == positional[: len(required)] and len(required) == len(positional)
            else None
        )
        """Set when a call with exactly these positional arguments binds without further checks."""
        self.sites: dict[Any, tuple[SourceSpan, str]] = {}
        """Call-site node -> (span, source line), computed on the first call from that site."""

    def bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any] | None) -> dict[str, Any]:
        names = self.positional_names
        if not kwargs and names is not None and len(args) == len(names):
            return dict(zip(names, args, strict=True))
        return bind_arguments(self.spec, args, kwargs or {})

    def __call__(self, *args: Any, **kwargs: Any) -> ToolCallAwaitable:
        return ToolCallAwaitable(self, self.bind(args, kwargs), None)

    def call_at(
        self, span: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any] | None
    ) -> ToolCallAwaitable:
        return ToolCallAwaitable(self, self.bind(args, kwargs), span)

    def site(self, node: Any) -> tuple[SourceSpan, str]:
        cached = self.sites.get(node)
        if cached is None:
            from .exceptions import source_span

            span = source_span(node)
            lines = self.source_lines
            cached = (span, lines[span.line - 1] if 1 <= span.line <= len(lines) else "")
            self.sites[node] = cached
        return cached

    ptc_table: ClassVar[TypeTable] = {"__name__": Property(lambda tool: tool.spec.name, CONSTANT)}

    def __repr__(self) -> str:
        return f"<tool {self.spec.name}>"


class ToolCallAwaitable(PtcObject):
    """`tool(...)` before it is awaited: issued to the host once, when awaited or scheduled."""

    __slots__ = ("arguments", "span", "tool", "used")
    ptc_name = "coroutine"

    def __init__(self, tool: ToolFunction, arguments: dict[str, Any], span: Any) -> None:
        """`span`: the call's AST node (or `SourceSpan`), converted when the call is issued."""
        self.tool = tool
        self.arguments = arguments
        self.span = span
        self.used = False

    def __repr__(self) -> str:
        return f"<coroutine {self.tool.spec.name}>"
