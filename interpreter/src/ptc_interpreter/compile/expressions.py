# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false
# (compiled closures handle untyped program values: the checker cannot know their element types)
"""Expressions to closures.

Each `ast.expr` becomes `ev(frame)` (no `await` inside) or a generator function (there is one).
Hot shapes get their own closures: local loads are a list index, `int` arithmetic and comparisons
are tried inline before the checked operator, calls of program functions skip `__call__`, and
`obj.method(...)` goes straight to the allowlist's `call_method` without materialising a bound
method. Every closure that can fail on program data notes its span on the exception so errors point
at the exact sub-expression.
"""

from __future__ import annotations

import ast
import copy
import operator
import sys
from collections.abc import Callable, Generator, Mapping
from types import BuiltinFunctionType
from typing import Any, NamedTuple, cast

from ..builtins.arity import BuiltinFunction, restate_method_error
from ..parse.tree import CHILD_FIELDS, generic_children
from ..runtime import attr, registry
from ..runtime.allowlist import PtcObject, ShimModule, not_iterable, ptc_type_name
from ..runtime.budget import (
    BIG_INT,
    FREE_KEY_TYPES,
    HASH_MODULUS,
    MINUS_HASH_MODULUS,
    SMALL_COPY_CHARS,
    charge_copy,
    charge_entries,
    charge_key,
    charge_stored_keys,
    materialize,
)
from ..runtime.exceptions import note_frame, note_position
from ..runtime.format import format_field, format_value
from ..runtime.indexing import Arguments, sequence_key, with_index_converted
from ..runtime.objects import (
    UNBOUND,
    ProgramCoroutine,
    ProgramFunction,
    ProgramInstance,
    SuperProxy,
    charge_mro_walk,
)
from ..runtime.operators import BINARY, COMPARE, UNARY, get_slice
from ..runtime.scheduler import HostWork, Suspension
from ..runtime.tools import PLAIN_SCALARS, ToolCallAwaitable, ToolFunction
from ..runtime.values import OrderedSet
from .base import CompilerBase, Eval, Frame, GenEval, is_suspending_call, span_of
from .scope import RETURN_SLOT, Resolution

Gen = Generator[Any, Any, Any]
EagerEval = Callable[[Frame], Any]


class SlotCompare(NamedTuple):
    """`name < constant` taken apart so that a loop or conditional can evaluate it inline."""

    slot: int
    loader: Any
    """Evaluates the variable when its slot is unbound (raises the NameError); None for a
    parameter, which is always bound."""
    native: Callable[[Any, Any], Any]
    """The comparison, for a left side of the constant's own type."""
    constant: Any
    checked: Callable[[Any, Any], Any]
    """The comparison for any other left side, noting the position of an error."""


class Later:
    """Returned by an *eager* closure that had to suspend after all: the rest of its work, as a
    generator to delegate to (`yield from later.gen`). Never a program value.

    An eager closure is the async form of a node that usually completes without suspending (an
    awaited tool call that the host finishes on its first step): it runs as a plain call and
    returns its value (a statement: its signal), so the common case creates no generator per
    evaluation; only when it suspends does it hand back the generator that finishes the job."""

    __slots__ = ("gen",)

    def __init__(self, gen: Gen) -> None:
        self.gen = gen


_SUSPEND_IN_SYNC_CODE = (
    "this call suspends the program (time.sleep, asyncio.run) and can only be made from async code: "
    "the top level or an `async def`; in a plain `def`, make it `async def` and use `await asyncio.sleep(...)`"
)

_SMALL = 1 << 62
"""ints strictly inside ±_SMALL take the inline path (no bit-limit check can trigger)."""
_MINUS_SMALL = -_SMALL
"""Negated once: `low < a` would build a new three-digit int on every evaluation."""

_NATIVE_INT_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Mod: operator.mod,
    ast.FloorDiv: operator.floordiv,
    ast.BitAnd: operator.and_,
    ast.BitOr: operator.or_,
    ast.BitXor: operator.xor,
}
"""Operators whose result on two small ints is small enough to need no check."""

_NATIVE_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
    ast.Lt: operator.lt,
    ast.Gt: operator.gt,
    ast.LtE: operator.le,
    ast.GtE: operator.ge,
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
}
"""Comparisons done natively when both sides are ints (or both str)."""


WIDE_EXPRESSION = 12
PARTS_PER_STEP = 4
"""An expression with more than `WIDE_EXPRESSION` direct parts (a list, tuple, set or dict display,
an `and`/`or` chain, an f-string, a comparison chain, a call's arguments) costs a step per
`PARTS_PER_STEP` parts each time it is evaluated. A statement costs a step however wide it is, and
parts that are names, constants or comparisons charge nothing themselves: a 2,000-element list
display in a loop ran 119 times the CPU of an ordinary step, a 1,000-term `and` chain far more.
Ordinary expressions are narrower and pay nothing."""


def wide_expression_steps(node: ast.expr) -> int:
    """The steps `node` costs each time it is evaluated for its direct parts (0 unless it is wide)."""
    parts = _PARTS_FIELD.get(type(node))
    if parts is None:
        return 0
    if parts == "args":  # a call: its positional and keyword arguments
        call: Any = node
        width = len(call.args) + len(call.keywords)
    else:
        width = len(getattr(node, parts))
    return width // PARTS_PER_STEP if width > WIDE_EXPRESSION else 0  # `width_steps`, inlined


_PARTS_FIELD: dict[type[ast.expr], str] = {
    ast.List: "elts",
    ast.Tuple: "elts",
    ast.Set: "elts",
    ast.Dict: "keys",
    ast.BoolOp: "values",
    ast.JoinedStr: "values",
    ast.Compare: "comparators",
    ast.Call: "args",
}
"""The field holding an expression's direct parts, for the kinds that can be wide."""


def width_steps(width: int) -> int:
    """The steps `width` parts (of an expression or a statement) cost beyond its own step."""
    return width // PARTS_PER_STEP if width > WIDE_EXPRESSION else 0


BIG_EXPRESSION = 32
"""An expression of more than this many nodes (counted through its operands, not into a lambda's
body or a comprehension's loop, which run per call and per iteration and are priced there) costs a
step per `PARTS_PER_STEP` nodes each time it is evaluated, charged once at its outermost node.
Operators, attribute reads and subscripts charge nothing themselves, so a deep chain hid any amount
of work behind one step: `y = ~~~…~x` 90 deep on a Flag member in a loop ran 73 times the
calibration loop's CPU per step, a 60-deep `(((x+x)+x)…)` on ints 8 times."""

_PRICED_ELSEWHERE = frozenset({ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp})


def _mark_nodes_within(node: ast.expr, marked: set[ast.AST]) -> int:
    """Adds to `marked` the nodes evaluating `node` evaluates, `node` included, and returns how many:
    its direct expression parts, transitively; of a lambda only its defaults (made with it, not its
    body, which runs per call), of a comprehension nothing (its loop runs per iteration)."""
    count = 0
    pending: list[ast.AST] = [node]
    pop, push = pending.pop, pending.append
    while pending:
        current = pop()
        marked.add(current)
        count += 1
        kind = type(current)
        if kind in _PRICED_ELSEWHERE:
            continue
        if kind is ast.Lambda:
            arguments: ast.arguments = getattr(current, "args")  # noqa: B009 - any node, typed here
            pending.extend(arguments.defaults)
            pending.extend(d for d in arguments.kw_defaults if d is not None)
            continue
        fields = CHILD_FIELDS.get(kind)
        if fields is None:
            pending.extend(child for child in generic_children(current) if isinstance(child, ast.expr))
            continue
        for field, is_list in fields:  # only the fields that can hold a node
            value: Any = getattr(current, field)
            if is_list:
                for item in value:
                    if isinstance(item, ast.expr):
                        push(item)
            elif isinstance(value, ast.expr):
                push(value)
    return count


SMALL_KEYWORDS = 64
"""A `**mapping` at a call of up to this many entries costs nothing beyond the call; a bigger one a
step per entry, which the call site checks and the callee binds one by one in Python (`f(**d)` of
100,000 entries took 60 ms a call)."""


_TEMPORARY_DISPLAYS = (
    ast.List,
    ast.Dict,
    ast.Set,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
    ast.Lambda,
)


def _is_temporary(node: ast.expr, known: dict[ast.AST, Any]) -> bool:
    """Whether `node` makes a new object that only the expression holding it refers to: a display,
    a comprehension or a lambda (not a tuple of constants, which is one shared constant)."""
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and _constant_value(node, known) is _NOT_CONSTANT
    return isinstance(node, _TEMPORARY_DISPLAYS)


def _is_builtin_id(callee: tuple[str, Any]) -> bool:
    """Whether a call site's callee is the builtin `id` (not a tool or a global of that name)."""
    function = callee[1]
    return callee[0] == "const" and type(function) is BuiltinFunction and function.name == "id"


_NOT_CONSTANT: Any = object()
_SIGNED_CONSTANTS = frozenset({int, float, complex})


def _constant_value(node: ast.expr, known: dict[ast.AST, Any]) -> Any:
    """The value of a constant or of a tuple of constants (nested too), else `_NOT_CONSTANT`.
    `known`: the values of the tuples already looked at (each tuple is compiled, and asked, at every
    level of a nesting: without it, `(1, …, (1, …, (x,)))` nested 150 deep walked its constants
    11,000 times over, 9 s of compiling for 600 KB of source)."""
    if isinstance(node, ast.Constant):
        value = node.value
        return sys.intern(value) if type(value) is str else value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        # a signed number is a constant too, as CPython folds it: `(-1, 2) is (-1, 2)`
        operand = node.operand
        number: Any = operand.value if isinstance(operand, ast.Constant) else None
        if type(number) in _SIGNED_CONSTANTS:
            return -number if isinstance(node.op, ast.USub) else +number
        return _NOT_CONSTANT
    if not isinstance(node, ast.Tuple):
        return _NOT_CONSTANT
    value = known.get(node, known)
    if value is known:
        if any(isinstance(e, ast.Starred) for e in node.elts):
            value = _NOT_CONSTANT
        else:
            values = tuple(_constant_value(e, known) for e in node.elts)
            value = _NOT_CONSTANT if any(v is _NOT_CONSTANT for v in values) else values
        known[node] = value
    return value


def _constant_key(value: Any) -> Any:
    """What makes two constants one object, as CPython merges equal constants of a compilation: the
    same types and values (`(1, 2)` and `(1.0, 2)` are equal but stay two, as are `0.0` and `-0.0`)."""
    cls = type(value)
    if cls is tuple:
        return (tuple, tuple(_constant_key(v) for v in value))
    if cls is float:
        return (float, value.hex())
    if cls is complex:
        return (complex, value.real.hex(), value.imag.hex())
    return (cls, value)


def _is_short_scalar(constant: Any) -> bool:
    """Whether a native comparison with `constant` is cheap: it costs at most the constant's length."""
    return type(constant) is int or (type(constant) is str and len(constant) <= SMALL_COPY_CHARS)


def callee_error(message: str) -> TypeError:
    """A TypeError about a call's arguments that CPython prefixes with the callee (`f() argument
    after ** must be a mapping, not list`); the call site, which knows the callee, adds it."""
    error = TypeError(message)
    error.ptc_needs_callee = True  # type: ignore[attr-defined]
    return error


def name_callee(error: TypeError, callee: Any, method: str | None = None) -> None:
    if type(error) is not TypeError or not getattr(error, "ptc_needs_callee", False):
        return  # never a program's subclass, whose attributes are the program's
    del error.ptc_needs_callee  # type: ignore[attr-defined]
    if method is not None:  # `obj.method(...)`: CPython names the method's qualified name
        owner = type(callee)
        if "ptc_namespace" in owner.__dict__:
            described = f"__main__.{owner.__dict__.get('ptc_qualname', owner.__name__)}.{method}()"
        elif isinstance(callee, ShimModule):  # `json.dumps(**x)`: the module's function
            described = f"{callee.name}.{method}()"
        else:
            described = f"{ptc_type_name(callee)}.{method}()"
    elif type(callee) is ProgramFunction:
        described = f"__main__.{callee.code.qualname}()"
    elif type(getattr(callee, "function", None)) is ProgramFunction:  # a bound program method
        described = f"__main__.{callee.function.code.qualname}()"
    elif isinstance(callee, type) and "ptc_namespace" in callee.__dict__:
        described = f"__main__.{callee.__dict__.get('ptc_qualname', callee.__name__)}()"
    elif isinstance(getattr(callee, "name", None), str):
        described = f"{callee.name}()"
    elif isinstance(getattr(callee, "qualname", None), str):  # a module's class (`types.SimpleNamespace`)
        described = f"{callee.qualname}()"
    elif isinstance(callee, type | BuiltinFunctionType):  # `ValueError(**x)`, `iter(**x)`
        described = f"{callee.__name__}()"
    else:
        described = f"{ptc_type_name(callee)} object"
    error.args = (f"{described} {error.args[0]}",)


def _name_error(name: str, free: bool = False) -> NameError:
    if free:
        return NameError(
            f"cannot access free variable {name!r} where it is not associated with a value in enclosing scope"
        )
    return NameError(f"name {name!r} is not defined")


def _unbound_local(name: str) -> UnboundLocalError:
    return UnboundLocalError(f"cannot access local variable {name!r} where it is not associated with a value")


class ExpressionCompiler(CompilerBase):
    # -- entry points ----------------------------------------------------------------------

    def ev(self, node: ast.expr) -> Eval:
        kind = type(node)
        method = self.dispatch["ev_"].get(kind.__name__)
        if method is None:
            raise NotImplementedError(f"expression {kind.__name__}")
        if kind is ast.Name or kind is ast.Constant:  # one node, no parts: never priced for size
            return method(self, node)
        steps = self._size_steps(node)
        compiled = method(self, node)
        if steps:
            ctx = self.ctx

            def wide(f: Frame) -> Any:
                ctx.charge(steps)
                return compiled(f)

            return wide
        return compiled

    def _size_steps(self, node: ast.expr) -> int:
        """What evaluating `node` costs for its size beyond its statement's step: its direct parts
        (`wide_expression_steps`) and, at the outermost node of a big expression, all of its nodes
        (`BIG_EXPRESSION`). Every node counted is marked priced, so none is counted again. (Every
        node compiled comes here: the common cases are decided without a call.)"""
        steps = wide_expression_steps(node) if type(node) in _PARTS_FIELD else 0
        if node in self.priced_within:
            return steps
        line = getattr(node, "lineno", None)
        if (
            line is not None
            and node.end_lineno == line
            and (node.end_col_offset or 0) - node.col_offset <= BIG_EXPRESSION
        ):
            return steps  # each node takes at least a character of source: no need to count them
        nodes = _mark_nodes_within(node, self.priced_within)  # its parts are no bigger: none is counted again
        return steps + (nodes // PARTS_PER_STEP if nodes > BIG_EXPRESSION else 0)

    def ag(self, node: ast.expr) -> GenEval:
        """A generator function evaluating `node` (which may contain `await`)."""
        if node not in self.awaits:
            ev = self.ev(node)

            def sync_as_gen(f: Frame) -> Gen:
                return ev(f)
                yield  # pragma: no cover - makes this a generator function

            return sync_as_gen
        method = self.dispatch["ag_"].get(type(node).__name__)
        if method is not None:
            steps = self._size_steps(node)
            compiled = method(self, node)
            if steps:
                ctx = self.ctx

                def wide(f: Frame) -> Gen:
                    ctx.charge(steps)
                    return (yield from compiled(f))

                return wide
            return compiled
        eager = self.eager(node)
        if eager is not None:
            return eager_as_gen(eager)
        return self._hoisted(node)

    def eager(self, node: ast.expr) -> EagerEval | None:
        """The eager form (see `Later`) of `node`, which contains `await`, when it has one: an
        awaited call of a known tool, or an expression whose only suspending parts are such."""
        if not self._has_eager_form(node):
            return None
        if isinstance(node, ast.Await):
            return self._eager_tool_call(node)
        if isinstance(node, ast.Call):
            return self._eager_call(node)
        return self._eager_hoisted(node)

    def _has_eager_form(self, node: ast.AST) -> bool:
        """Whether `eager` can compile `node` (checked first, so nothing is compiled twice)."""
        if node not in self.awaits:
            return True
        if isinstance(node, ast.Await):
            return self._known_tool(node) is not None
        if isinstance(node, ast.Call):
            _, callee, parts = self._call_parts(node)
            return self._has_eager_form(callee) and all(self._has_eager_form(p) for _, _, p in parts)
        if isinstance(node, ast.expr) and type(node).__name__ in self.dispatch["ag_"]:
            return False
        return all(self._has_eager_form(child) for child in ast.iter_child_nodes(node))

    def _known_tool(self, node: ast.Await) -> ToolFunction | None:
        """The tool of `await tool(...)` when known at compile time, with arguments free of
        `await` and of `*` unpacking."""
        call_node = node.value
        if not isinstance(call_node, ast.Call) or call_node in self.awaits:
            return None
        if any(isinstance(a, ast.Starred) for a in call_node.args):
            return None
        callee = self._callee(call_node.func)
        if callee is None or callee[0] != "const" or type(callee[1]) is not ToolFunction:
            return None
        return callee[1]

    def part(self, node: ast.expr) -> tuple[bool, Any]:
        """(is_async, closure) for a child expression."""
        if node in self.awaits:
            return True, self.ag(node)
        return False, self.ev(node)

    # -- names and constants ---------------------------------------------------------------

    def ev_Constant(self, node: ast.Constant) -> Eval:
        value = node.value
        if type(value) is str:
            value = sys.intern(value)  # equal literals are one object, as in CPython: `id('a') == id('a')`
        return lambda f: value

    def ev_Name(self, node: ast.Name) -> Eval:
        return self._load(self.analysis.resolve(self.scope, node.id), node)

    @staticmethod
    def _load_class_name(slot: int, enclosing: Eval) -> Eval:
        """A name a class body binds: the class namespace, else where the name resolves outside."""

        def load_class_name(f: Frame) -> Any:
            value = f[slot]
            return enclosing(f) if value is UNBOUND else value

        return load_class_name

    def _load(self, res: Resolution, node: ast.Name) -> Eval:
        name = node.id
        scope = self.scope
        span = span_of(node)
        if res.kind == "fast":
            slot = res.slot
            if name in scope.params and name not in scope.deleted and scope.kind == "function":
                return lambda f: f[slot]
            if scope.kind == "class":
                return self._load_class_name(slot, self._load(self.analysis.class_fallback(name), node))

            def load_fast(f: Frame) -> Any:
                value = f[slot]
                if value is UNBOUND:
                    # a comprehension is a function in CPython 3.11: its own names are locals too
                    local = scope.kind in ("function", "comprehension")
                    error = _unbound_local(name) if local else _name_error(name)
                    note_position(error, span)
                    raise error
                return value

            return load_fast
        if res.kind == "cell":
            slot = res.slot
            own_cell = name in scope.cells  # the defining frame reads it: a local, not a free variable

            def load_cell(f: Frame) -> Any:
                value = f[slot].value
                if value is UNBOUND:
                    error = _unbound_local(name) if own_cell else _name_error(name, free=True)
                    note_position(error, span)
                    raise error
                return value

            return load_cell
        builtins = self.rt.builtins
        if res.kind == "global":
            slot = res.slot
            module_frame = self.module_frame

            def load_global(f: Frame) -> Any:
                value = module_frame[slot]
                if value is UNBOUND:
                    if name in builtins:
                        return builtins[name]
                    error = _name_error(name)
                    note_position(error, span)
                    raise error
                return value

            return load_global
        if name in builtins:
            value = builtins[name]
            return lambda f: value

        def load_missing(f: Frame) -> Any:
            error = _name_error(name)
            note_position(error, span)
            raise error

        return load_missing

    # -- operators -------------------------------------------------------------------------

    def operand(self, node: ast.expr) -> tuple[str, Any]:
        """How a hot operator reads an operand: ("const", value), ("slot", (index, loader)) for a
        variable in the running frame (read inline as `f[index]`; `loader` handles an unbound slot and
        is None when the variable is a parameter that is always bound), or ("ev", closure)."""
        if isinstance(node, ast.Constant):
            return "const", node.value
        if isinstance(node, ast.Name):
            scope = self.scope
            res = self.analysis.resolve(scope, node.id)
            same_frame = res.kind == "fast" or (res.kind == "global" and scope.owner.kind == "module")
            if same_frame:
                always_bound = (
                    scope.kind == "function" and node.id in scope.params and node.id not in scope.deleted
                )
                return "slot", (res.slot, None if always_bound else self.ev(node))
        return "ev", self.ev(node)

    def ev_BinOp(self, node: ast.BinOp) -> Eval:
        op_type = type(node.op)
        op = BINARY[op_type]
        native = _NATIVE_INT_BINARY.get(op_type)
        ctx = self.ctx
        span = span_of(node)
        left_kind, left_operand = self.operand(node.left)
        right_kind, right_operand = self.operand(node.right)
        left: Any = left_operand
        right: Any = right_operand
        if left_kind == "const" or (native is None and left_kind == "slot"):
            left_kind, left = "ev", self.ev(node.left)
        small = _SMALL
        low = _MINUS_SMALL

        def checked(a: Any, b: Any) -> Any:
            try:
                return op(ctx, a, b)
            except BaseException as error:
                note_position(error, span)
                raise

        if native is None:
            if right_kind != "ev":
                right_kind, right = "ev", self.ev(node.right)

            def binop(f: Frame) -> Any:
                a = left(f)
                b = right(f)
                try:
                    return op(ctx, a, b)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return binop
        if right_kind == "const" and type(right) is int and low < right < small:
            constant = right
            if op_type in (ast.Mod, ast.FloorDiv) and constant == 0:
                right_kind, right = "ev", self.ev(node.right)
            elif left_kind == "slot" and op_type in (ast.Add, ast.Sub):
                slot, loader = left
                addend = constant if op_type is ast.Add else -constant

                def slot_plus_const(f: Frame) -> Any:  # `n + 1`, `n - 1`
                    a = f[slot]
                    if type(a) is int and low < a < small:
                        return a + addend
                    if a is UNBOUND:
                        a = loader(f)
                    return checked(a, constant)

                return slot_plus_const
            elif left_kind == "slot":
                slot, loader = left

                def slot_const(f: Frame) -> Any:
                    a = f[slot]
                    if type(a) is int and low < a < small:
                        return native(a, constant)
                    if a is UNBOUND:
                        a = loader(f)
                    return checked(a, constant)

                return slot_const
            else:

                def ev_const(f: Frame) -> Any:
                    a = left(f)
                    if type(a) is int and low < a < small:
                        return native(a, constant)
                    return checked(a, constant)

                return ev_const
        if left_kind == "slot" and right_kind == "slot":
            left_pair: Any = left
            right_pair: Any = right
            left_slot, left_loader = left_pair
            right_slot, right_loader = right_pair
            divides_slots = op_type in (ast.Mod, ast.FloorDiv)

            def slot_slot(f: Frame) -> Any:
                a = f[left_slot]
                if a is UNBOUND:
                    a = left_loader(f)
                b = f[right_slot]
                if b is UNBOUND:
                    b = right_loader(f)
                if (
                    type(a) is int
                    and type(b) is int
                    and low < a < small
                    and low < b < small
                    and (b or not divides_slots)
                ):
                    return native(a, b)
                return checked(a, b)

            return slot_slot
        if right_kind != "ev":
            right_kind, right = "ev", self.ev(node.right)
        left_ev: Any = self.ev(node.left) if left_kind == "slot" else left
        right_ev: Any = right
        divides = op_type in (ast.Mod, ast.FloorDiv)
        if op_type is ast.Add:

            def ev_add(f: Frame) -> Any:
                a = left_ev(f)
                b = right_ev(f)
                if type(a) is int and type(b) is int:
                    result = a + b
                    if low < result < small:  # what `operators.add` checks on ints
                        return result
                return checked(a, b)

            return ev_add

        def ev_ev(f: Frame) -> Any:
            a = left_ev(f)
            b = right_ev(f)
            if (
                type(a) is int
                and type(b) is int
                and low < a < small
                and low < b < small
                and (b or not divides)
            ):
                return native(a, b)
            return checked(a, b)

        return ev_ev

    def ev_UnaryOp(self, node: ast.UnaryOp) -> Eval:
        operand = self.ev(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda f: not operand(f)
        op = UNARY[type(node.op)]
        ctx = self.ctx
        span = span_of(node)
        if isinstance(node.op, ast.USub):

            def negate(f: Frame) -> Any:
                value = operand(f)
                if type(value) is int or type(value) is float:  # `operators.negative` without a check
                    return -value
                try:
                    return op(ctx, value)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return negate

        def unary(f: Frame) -> Any:
            value = operand(f)
            try:
                return op(ctx, value)
            except BaseException as error:
                note_position(error, span)
                raise

        return unary

    def ev_BoolOp(self, node: ast.BoolOp) -> Eval:
        values = [self.ev(v) for v in node.values]
        if isinstance(node.op, ast.And):
            if len(values) == 2:
                first, second = values
                return lambda f: first(f) and second(f)

            def all_of(f: Frame) -> Any:
                value: Any = True
                for ev in values:
                    value = ev(f)
                    if not value:
                        return value
                return value

            return all_of
        if len(values) == 2:
            first, second = values
            return lambda f: first(f) or second(f)

        def any_of(f: Frame) -> Any:
            value: Any = False
            for ev in values:
                value = ev(f)
                if value:
                    return value
            return value

        return any_of

    def slot_compare(self, node: ast.expr) -> SlotCompare | None:
        """The parts of `name < constant` when a loop or conditional can test it inline (a variable of
        the running frame against an int or short str constant, one native comparison operator)."""
        if not (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.left, ast.Name)
            and isinstance(node.comparators[0], ast.Constant)
        ):
            return None
        native = _NATIVE_COMPARE.get(type(node.ops[0]))
        constant = node.comparators[0].value
        if native is None or not _is_short_scalar(constant):
            return None
        left_kind, left = self.operand(node.left)
        if left_kind != "slot":
            return None
        slot, loader = left
        op = COMPARE[type(node.ops[0])]
        ctx = self.ctx
        span = span_of(node)

        def checked(a: Any, b: Any) -> Any:
            try:
                return op(ctx, a, b)
            except BaseException as error:
                note_position(error, span)
                raise

        return SlotCompare(slot, loader, native, constant, checked)

    def ev_Compare(self, node: ast.Compare) -> Eval:
        inline = self.slot_compare(node)
        if inline is not None:
            slot, loader, slot_native, slot_constant, slot_checked = inline
            constant_type = type(slot_constant)

            def compare_slot_const(f: Frame) -> Any:
                a = f[slot]
                if type(a) is constant_type:
                    return slot_native(a, slot_constant)
                if a is UNBOUND:
                    a = loader(f)
                return slot_checked(a, slot_constant)

            return compare_slot_const
        ctx = self.ctx
        span = span_of(node)
        left = self.ev(node.left)
        ops = [COMPARE[type(op)] for op in node.ops]
        rights = [self.ev(c) for c in node.comparators]
        if len(ops) == 1:
            op = ops[0]
            op_type = type(node.ops[0])
            native = _NATIVE_COMPARE.get(op_type)
            if native is not None:
                comparator = node.comparators[0]

                def checked(a: Any, b: Any) -> Any:
                    try:
                        return op(ctx, a, b)
                    except BaseException as error:
                        note_position(error, span)
                        raise

                if isinstance(comparator, ast.Constant) and _is_short_scalar(comparator.value):
                    constant = comparator.value
                    constant_type = type(constant)

                    def compare_const(f: Frame) -> Any:
                        a = left(f)
                        if type(a) is constant_type:
                            return native(a, constant)
                        return checked(a, constant)

                    return compare_const
                right = rights[0]

                def compare_scalar(f: Frame) -> Any:
                    a = left(f)
                    b = right(f)
                    kind = type(a)
                    if type(b) is kind and (kind is int or (kind is str and len(a) <= SMALL_COPY_CHARS)):
                        return native(a, b)
                    return checked(a, b)

                return compare_scalar
            right = rights[0]

            def compare_one(f: Frame) -> Any:
                a = left(f)
                b = right(f)
                try:
                    return op(ctx, a, b)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return compare_one
        pairs = list(zip(ops, rights, strict=True))

        def compare_chain(f: Frame) -> Any:
            a = left(f)
            result: Any = True
            for op, right in pairs:
                b = right(f)
                try:
                    result = op(ctx, a, b)
                except BaseException as error:
                    note_position(error, span)
                    raise
                if not result:
                    return result
                a = b
            return result

        return compare_chain

    def ev_IfExp(self, node: ast.IfExp) -> Eval:
        inline = self.slot_compare(node.test)
        test = self.ev(node.test) if inline is None else None
        body = self.ev(node.body)
        orelse = self.ev(node.orelse)
        if inline is None:
            assert test is not None
            return lambda f: body(f) if test(f) else orelse(f)
        slot, loader, native, constant, checked = inline
        constant_type = type(constant)

        def if_compare(f: Frame) -> Any:  # `a if n < 2 else b` with the test inlined
            a = f[slot]
            if type(a) is constant_type:
                return body(f) if native(a, constant) else orelse(f)
            if a is UNBOUND:
                a = loader(f)
            return body(f) if checked(a, constant) else orelse(f)

        return if_compare

    def ev_NamedExpr(self, node: ast.NamedExpr) -> Eval:
        value = self.ev(node.value)
        store = self.store_walrus(node.target)

        def walrus(f: Frame) -> Any:
            result = value(f)
            store(f, result)
            return result

        return walrus

    def store_walrus(self, target: ast.Name) -> Callable[[Frame, Any], None]:
        scope = self.scope
        while scope.kind == "comprehension":
            assert scope.parent is not None
            scope = scope.parent
        previous = self.scope
        self.scope = scope
        try:
            return self.store(target)
        finally:
            self.scope = previous

    # -- attribute and subscript -----------------------------------------------------------

    def ev_Attribute(self, node: ast.Attribute) -> Eval:
        name = node.attr
        ctx = self.ctx
        span = span_of(node)
        if self._is_zero_arg_super(node.value):
            make_super = self.super_proxy(node.value)

            def super_attr(f: Frame) -> Any:
                try:
                    return attr.get_attribute(ctx, make_super(f), name)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return super_attr
        value = self.ev(node.value)
        get_attribute = attr.get_attribute
        if name == "__class__":  # `type(x)` as the program sees it, never the host's class

            def class_of(f: Frame) -> Any:
                return ctx.type_of(value(f))

            return class_of
        if name == "__dict__":  # the attribute dict itself, never an entry of it named `__dict__`

            def dict_of(f: Frame) -> Any:
                try:
                    return get_attribute(ctx, value(f), name)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return dict_of

        def attribute(f: Frame) -> Any:
            obj = value(f)
            try:
                if isinstance(obj, ProgramInstance):
                    attrs = obj.__dict__
                    if name in attrs:
                        return attrs[name]
                    return type(obj).ptc_getattr(obj, ctx, name)
                return get_attribute(ctx, obj, name)
            except BaseException as error:
                note_position(error, span)
                raise

        return attribute

    def _is_zero_arg_super(self, node: ast.expr) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "super"
            and not node.args
            and not node.keywords
            and self.analysis.resolve(self.scope, "super").kind == "builtin"
        )

    def super_proxy(self, node: ast.expr) -> Eval:
        scope = self.scope.owner
        span = span_of(node)
        if scope.kind != "function" or scope.super_slot is None or not scope.params:
            error_message = "super(): no arguments (use it inside a method of a class)"

            def no_super(f: Frame) -> Any:
                error = RuntimeError(error_message)
                note_position(error, span)
                raise error

            return no_super
        function_slot = scope.super_slot
        self_slot = scope.bound[scope.params[0]]
        self_is_cell = scope.params[0] in scope.cells

        def make_super(f: Frame) -> Any:
            function = f[function_slot]
            owner = function.owner
            instance = f[self_slot].value if self_is_cell else f[self_slot]
            if owner is None:
                raise RuntimeError("super(): __class__ cell not found")
            return SuperProxy(owner, instance)

        return make_super

    def ev_Subscript(self, node: ast.Subscript) -> Eval:
        value = self.ev(node.value)
        span = span_of(node)
        if isinstance(node.slice, ast.Constant) and type(node.slice.value) in (str, int):
            constant = node.slice.value
            value_kind, value_operand = (
                self.operand(node.value) if isinstance(node.value, ast.Name) else ("ev", None)
            )
            if value_kind == "slot":
                slot, loader = cast("tuple[int, Any]", value_operand)

                def subscript_slot_const(f: Frame) -> Any:  # `row["name"]`, `pair[0]`
                    obj = f[slot]
                    if obj is UNBOUND:
                        obj = loader(f)
                    try:
                        return obj[constant]
                    except BaseException as error:
                        note_position(error, span)
                        raise

                return subscript_slot_const

            def subscript_const(f: Frame) -> Any:
                obj = value(f)
                try:
                    return obj[constant]
                except BaseException as error:
                    note_position(error, span)
                    raise

            return subscript_const
        if isinstance(node.slice, ast.Slice):  # a slice copies: charged by its length (data engineer)
            ctx = self.ctx
            slice_of = self.ev(node.slice)

            def subscript_slice(f: Frame) -> Any:
                obj = value(f)
                key = slice_of(f)
                try:
                    return get_slice(ctx, obj, key)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return subscript_slice
        index = self.ev(node.slice)
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned

        def subscript(f: Frame) -> Any:
            obj = value(f)
            key = index(f)
            try:
                if key.__class__ is int and obj.__class__ is list:  # the common case: nothing hashed
                    return obj[key]
                if type(key) is slice:  # `obj[slice(a, b)]` copies like `obj[a:b]`
                    return get_slice(ctx, obj, key)
                if (
                    key.__class__ is not int
                    or not MINUS_HASH_MODULUS < key < HASH_MODULUS
                    or (poisoned and key in poisoned)
                ) and (
                    key.__class__ not in FREE_KEY_TYPES
                    or (key.__class__ is str and len(key) > SMALL_COPY_CHARS)
                ):
                    charge_key(ctx, key)
                    if obj.__class__ is not dict:  # a sequence may take an `__index__` instance
                        key = sequence_key(obj, key)
                return obj[key]
            except BaseException as error:
                note_position(error, span)
                raise

        return subscript

    def ev_Slice(self, node: ast.Slice) -> Eval:
        lower = self.ev(node.lower) if node.lower else None
        upper = self.ev(node.upper) if node.upper else None
        step = self.ev(node.step) if node.step else None
        return lambda f: slice(
            lower(f) if lower else None, upper(f) if upper else None, step(f) if step else None
        )

    # -- displays --------------------------------------------------------------------------

    def _elements(self, elts: list[ast.expr], sequence: bool = True) -> Eval:
        """A closure producing the elements of a display as a list (handles `*starred`). A list or
        tuple display names a non-iterable `*x` as CPython does ("Value after * must be an
        iterable, not int"); a set display keeps `iter()`'s message, as CPython's does."""
        ctx = self.ctx
        if not any(isinstance(e, ast.Starred) for e in elts):
            evs = [self.ev(e) for e in elts]
            if len(evs) == 1:
                only = evs[0]
                return lambda f: [only(f)]
            if len(evs) == 2:
                a, b = evs
                return lambda f: [a(f), b(f)]
            return lambda f: [ev(f) for ev in evs]
        parts = [
            (isinstance(e, ast.Starred), self.ev(e.value if isinstance(e, ast.Starred) else e)) for e in elts
        ]
        limit = ctx.limits.max_container_length

        def elements(f: Frame) -> list[Any]:
            out: list[Any] = []
            for starred, ev in parts:
                if starred:
                    value = ev(f)
                    try:
                        out.extend(materialize(ctx, value))
                    except TypeError as error:
                        if sequence and not_iterable(error, value):
                            name = ptc_type_name(value)
                            raise TypeError(f"Value after * must be an iterable, not {name}") from None
                        raise
                    if len(out) > limit:
                        ctx.check_container_length(len(out))
                else:
                    out.append(ev(f))
            return out

        return elements

    def ev_List(self, node: ast.List) -> Eval:
        if not node.elts:
            return lambda f: []
        return self._elements(node.elts)

    def ev_Tuple(self, node: ast.Tuple) -> Eval:
        if not node.elts:
            return lambda f: ()
        value = _constant_value(node, self.constant_values)
        if value is not _NOT_CONSTANT:  # one object for every equal tuple of constants, as CPython's
            shared = self.constants.setdefault(_constant_key(value), value)
            return lambda f: shared
        if not any(isinstance(e, ast.Starred) for e in node.elts):
            evs = [self.ev(e) for e in node.elts]
            if len(evs) == 2:
                a, b = evs
                return lambda f: (a(f), b(f))
            return lambda f: tuple([ev(f) for ev in evs])
        elements = self._elements(node.elts)
        return lambda f: tuple(elements(f))

    def ev_Set(self, node: ast.Set) -> Eval:
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        elements = self._elements(node.elts, sequence=False)
        span = span_of(node)

        def make_set(f: Frame) -> Any:
            items = elements(f)
            try:
                for item in items:
                    if (
                        item.__class__ is not int
                        or not MINUS_HASH_MODULUS < item < HASH_MODULUS
                        or (poisoned and item in poisoned)
                    ) and (
                        item.__class__ not in FREE_KEY_TYPES
                        or (item.__class__ is str and len(item) > SMALL_COPY_CHARS)
                    ):  # charge_key: a big tuple or a long text
                        charge_key(ctx, item)
                return OrderedSet(items)
            except BaseException as error:
                note_position(error, span)
                raise

        return make_set

    def ev_Dict(self, node: ast.Dict) -> Eval:
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        span = span_of(node)
        parts = [
            (None if k is None else self.ev(k), self.ev(v))
            for k, v in zip(node.keys, node.values, strict=True)
        ]
        if all(k is not None for k, _ in parts):
            pairs: list[tuple[Eval, Eval]] = [(k, v) for k, v in parts if k is not None]
            if all(isinstance(k, ast.Constant) for k in node.keys):
                entries = [
                    (k.value, v)
                    for k, (_, v) in zip(node.keys, pairs, strict=True)
                    if isinstance(k, ast.Constant)
                ]

                def make_dict_constant_keys(f: Frame) -> Any:
                    out: dict[Any, Any] = {}
                    try:
                        for key, value in entries:
                            out[key] = value(f)
                    except BaseException as error:
                        note_position(error, span)
                        raise
                    return out

                return make_dict_constant_keys

            def make_dict(f: Frame) -> Any:
                try:
                    out: dict[Any, Any] = {}
                    for key, value in pairs:
                        k = key(f)
                        if (
                            k.__class__ is not int
                            or not MINUS_HASH_MODULUS < k < HASH_MODULUS
                            or (poisoned and k in poisoned)
                        ) and (
                            k.__class__ not in FREE_KEY_TYPES
                            or (k.__class__ is str and len(k) > SMALL_COPY_CHARS)
                        ):  # charge_key: a big tuple or a long text
                            charge_key(ctx, k)
                        out[k] = value(f)
                    return out
                except BaseException as error:
                    note_position(error, span)
                    raise

            return make_dict

        def make_dict_unpacking(f: Frame) -> Any:
            out: dict[Any, Any] = {}
            for key, value in parts:
                try:
                    if key is None:
                        mapping = value(f)
                        if not isinstance(mapping, dict):
                            raise TypeError(f"{ptc_type_name(mapping)!r} object is not a mapping")
                        ctx.check_container_length(len(out) + len(mapping))
                        charge_entries(ctx, len(mapping))  # a new hash table: memory per step (data engineer)
                        charge_stored_keys(ctx, mapping)
                        out.update(mapping)
                    else:
                        k = key(f)
                        if (
                            k.__class__ is not int
                            or not MINUS_HASH_MODULUS < k < HASH_MODULUS
                            or (poisoned and k in poisoned)
                        ) and (
                            k.__class__ not in FREE_KEY_TYPES
                            or (k.__class__ is str and len(k) > SMALL_COPY_CHARS)
                        ):
                            charge_key(ctx, k)
                        out[k] = value(f)
                except BaseException as error:
                    note_position(error, span)
                    raise
            return out

        return make_dict_unpacking

    def ev_JoinedStr(self, node: ast.JoinedStr) -> Eval:
        """An f-string: its constant pieces are laid out once, only the fields are evaluated; the
        result is checked and charged like `format.join_parts` (each field is within the limits
        already)."""
        ctx = self.ctx
        if len(node.values) == 1:
            return self.ev(node.values[0])
        template = [str(v.value) if isinstance(v, ast.Constant) else "" for v in node.values]
        fields = [
            (index, self.ev(v)) for index, v in enumerate(node.values) if not isinstance(v, ast.Constant)
        ]
        small = SMALL_COPY_CHARS
        if len(fields) == 1:
            field_index, field = fields[0]
            prefix = "".join(template[:field_index])
            suffix = "".join(template[field_index + 1 :])

            def joined_one(f: Frame) -> Any:  # f"item-{i}"
                text = prefix + field(f) + suffix
                if len(text) > small:
                    ctx.check_str_length(len(text))
                    charge_copy(ctx, len(text))
                return text

            return joined_one

        def joined(f: Frame) -> Any:
            pieces = [*template]
            for index, field in fields:
                pieces[index] = field(f)
            text = "".join(pieces)
            if len(text) > small:
                ctx.check_str_length(len(text))
                charge_copy(ctx, len(text))
            return text

        return joined

    def ev_FormattedValue(self, node: ast.FormattedValue) -> Eval:
        ctx = self.ctx
        span = span_of(node)
        value = self.ev(node.value)
        conversion = node.conversion if node.conversion != -1 else None
        spec_node = node.format_spec
        if (
            conversion is None
            and isinstance(spec_node, ast.JoinedStr)
            and all(isinstance(v, ast.Constant) for v in spec_node.values)
        ):
            constant_spec = "".join(str(v.value) for v in spec_node.values if isinstance(v, ast.Constant))

            def formatted_constant_spec(f: Frame) -> Any:  # f"{x:>12}"
                v = value(f)
                try:
                    return format_value(ctx, v, constant_spec)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return formatted_constant_spec
        spec = self.ev(spec_node) if spec_node is not None else None
        if spec is None and conversion is None:
            big = BIG_INT
            minus_big = -big

            def formatted_plain(f: Frame) -> Any:
                v = value(f)
                cls = type(v)
                if cls is str:
                    return v
                if (cls is int and minus_big < v < big) or cls is float or cls is bool:
                    return repr(v)  # `format_value` with no spec, for these types
                try:
                    return format_field(ctx, v, None, "")
                except BaseException as error:
                    note_position(error, span)
                    raise

            return formatted_plain

        def formatted(f: Frame) -> Any:
            v = value(f)
            s = spec(f) if spec is not None else ""
            try:
                return format_field(ctx, v, conversion, s)
            except BaseException as error:
                note_position(error, span)
                raise

        return formatted

    def ev_Starred(self, node: ast.Starred) -> Eval:
        raise SyntaxError("can't use starred expression here")

    def ev_Await(self, node: ast.Await) -> Eval:  # pragma: no cover - the validator forbids this
        raise SyntaxError("'await' outside async function")

    def ev_Lambda(self, node: ast.Lambda) -> Eval:
        return self.function(node, "<lambda>")

    # -- calls -----------------------------------------------------------------------------

    def _call_arguments(self, node: ast.Call) -> tuple[Eval, Eval | None]:
        """(args_ev, kwargs_ev): evaluate positional args to a tuple and keywords to a dict."""
        ctx = self.ctx
        has_star = any(isinstance(a, ast.Starred) for a in node.args)
        args_ev: Eval
        if has_star:
            parts = [
                (isinstance(a, ast.Starred), self.ev(a.value if isinstance(a, ast.Starred) else a))
                for a in node.args
            ]
            limit = ctx.limits.max_container_length

            def starred_args(f: Frame) -> tuple[Any, ...]:
                out: list[Any] = []
                for starred, ev in parts:
                    if starred:
                        iterable = ev(f)
                        if not (
                            hasattr(type(iterable), "__iter__") or hasattr(type(iterable), "__getitem__")
                        ):
                            raise callee_error(
                                f"argument after * must be an iterable, not {ptc_type_name(iterable)}"
                            )
                        out.extend(materialize(ctx, iterable))
                        if len(out) > limit:
                            ctx.check_container_length(len(out))
                    else:
                        out.append(ev(f))
                return tuple(out)

            args_ev = starred_args

        else:
            evs = [self.ev(a) for a in node.args]
            if not evs:
                args_ev = lambda f: ()  # noqa: E731
            elif len(evs) == 1:
                only = evs[0]
                args_ev = lambda f: (only(f),)  # noqa: E731
            elif len(evs) == 2:
                first, second = evs
                args_ev = lambda f: (first(f), second(f))  # noqa: E731
            else:
                args_ev = lambda f: tuple([ev(f) for ev in evs])  # noqa: E731
        if not node.keywords:
            return args_ev, None
        keywords = [(k.arg, self.ev(k.value)) for k in node.keywords]

        def kwargs_ev(f: Frame) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for name, ev in keywords:
                if name is None:
                    mapping = ev(f)
                    if not isinstance(mapping, dict):
                        raise callee_error(
                            f"argument after ** must be a mapping, not {ptc_type_name(mapping)}"
                        )
                    if len(mapping) > SMALL_KEYWORDS:  # each entry is checked here and bound in Python
                        charge_entries(ctx, len(mapping))
                    for key, value in mapping.items():  # pyright: ignore[reportUnknownVariableType]
                        if type(key) is not str:
                            raise TypeError("keywords must be strings")
                        if key in out:
                            raise callee_error(f"got multiple values for keyword argument {key!r}")
                        out[key] = value
                    ctx.check_container_length(len(out))
                else:
                    if name in out:
                        raise callee_error(f"got multiple values for keyword argument {name!r}")
                    out[name] = ev(f)
            return out

        return args_ev, kwargs_ev

    def ev_Call(self, node: ast.Call) -> Eval:
        ctx = self.ctx
        span = span_of(node)
        func_node = node.func
        if isinstance(func_node, ast.Name) and func_node.id == "super" and self._is_zero_arg_super(node):
            return self.super_proxy(node)
        if (
            isinstance(func_node, ast.Attribute)
            and func_node.attr != "__class__"  # `p.__class__(6)` calls the class `type(p)` gives
            and not self._is_zero_arg_super(func_node.value)
        ):
            return self._method_call(node, func_node)
        func = self.ev(func_node)
        suspends = is_suspending_call(node)
        if len(node.args) == 1 and _plain_positional(node) and not suspends:
            arg = self.ev(node.args[0])
            callee = self._callee(func_node)
            if callee is not None:
                if _is_builtin_id(callee) and _is_temporary(node.args[0], self.constant_values):
                    return self._temporary_id(arg, span)
                return self._call_one_known(callee, func, arg, span)

            def call_one(f: Frame) -> Any:
                fn = func(f)
                a = arg(f)
                try:
                    if type(fn) is ProgramFunction:
                        return fn.code.invoke1(fn, a)
                    if type(fn) is ToolFunction:
                        return fn.call_at(span, (a,), {})
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    return fn(a)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return call_one
        args_ev, kwargs_ev = self._call_arguments(node)

        def call(f: Frame) -> Any:
            fn = func(f)
            try:
                args = args_ev(f)
                kwargs = kwargs_ev(f) if kwargs_ev is not None else None
            except TypeError as error:
                name_callee(error, fn)
                raise
            try:
                if type(fn) is ProgramFunction:
                    result = fn.code.invoke(fn, args, kwargs)
                elif type(fn) is ToolFunction:
                    return fn.call_at(span, args, kwargs or {})
                elif suspends:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    result = _at_suspension_site(ctx, fn, args, kwargs)
                elif kwargs:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    result = fn(*args, **kwargs)
                else:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    result = fn(*args)
            except BaseException as error:
                note_position(error, span)
                raise
            if suspends and type(result) is Suspension:
                error = RuntimeError(_SUSPEND_IN_SYNC_CODE)
                note_position(error, span)
                raise error
            return result

        return call

    def _temporary_id(self, arg: Eval, span: Any) -> Eval:
        """`id([])`: the id of an object that nothing holds once the call returns. CPython frees it
        there and reuses its memory for the next such object, so `id([]) == id([])`; here each
        type's temporaries share one id of their own, which no held object ever has."""
        ctx = self.ctx

        def temporary_id(f: Frame) -> Any:
            value = arg(f)
            try:
                return ctx.temporary_id(type(value))
            except BaseException as error:
                note_position(error, span)
                raise

        return temporary_id

    def _callee(self, node: ast.expr) -> tuple[str, Any] | None:
        """("const", value) for a builtin or tool name, ("global", slot) for a module-level name read
        from a function: callees a call can fetch without a closure call."""
        if not isinstance(node, ast.Name):
            return None
        res = self.analysis.resolve(self.scope, node.id)
        if res.kind == "builtin" and node.id in self.rt.builtins:
            return "const", self.rt.builtins[node.id]
        if res.kind == "global":
            return "global", res.slot
        return None

    def _call_one_known(self, callee: tuple[str, Any], func: Eval, arg: Eval, span: Any) -> Eval:
        ctx = self.ctx
        kind, payload = callee
        if kind == "const":
            fn_const = payload
            if type(fn_const) is ToolFunction:

                def call_tool(f: Frame) -> Any:
                    a = arg(f)
                    try:
                        return fn_const.call_at(span, (a,), None)
                    except BaseException as error:
                        note_position(error, span)
                        raise

                return call_tool

            def call_builtin(f: Frame) -> Any:
                a = arg(f)
                try:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    return fn_const(a)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return call_builtin
        slot = payload
        module_frame = self.module_frame
        rt = self.rt
        max_depth = rt.max_depth

        def call_global(f: Frame) -> Any:
            fn = module_frame[slot]
            if fn is UNBOUND:
                fn = func(f)
            a = arg(f)
            if type(fn) is ProgramFunction:
                inline = fn.code.inline1
                if inline is not None:  # `invoke1`, inlined (see `InlineCall`)
                    frame = [None, a, *inline.pad]
                    try:
                        ctx.steps_left -= 1
                        if ctx.steps_left < 0:
                            ctx.charge(0)
                        depth = rt.depth = rt.depth + 1
                        if depth > max_depth:
                            rt.depth -= 1
                            raise inline.depth_exceeded()
                    except BaseException as error:
                        note_position(error, span)
                        raise
                    try:
                        if inline.returns_value:
                            return inline.body(frame)
                        inline.body(frame)
                        return frame[RETURN_SLOT]
                    except BaseException as error:
                        if inline.statement is not None:
                            note_position(error, inline.statement)
                        note_frame(error, inline.name, ctx)
                        note_position(error, span)
                        raise
                    finally:
                        rt.depth -= 1
            try:
                if type(fn) is ProgramFunction:
                    return fn.code.invoke1(fn, a)
                if type(fn) is ToolFunction:
                    return fn.call_at(span, (a,), None)
                ctx.steps_left -= 1  # one step per native call (§4.4)
                if ctx.steps_left < 0:
                    ctx.charge(0)
                return fn(a)
            except BaseException as error:
                note_position(error, span)
                raise

        return call_global

    def _method_call(self, node: ast.Call, func_node: ast.Attribute) -> Eval:
        ctx = self.ctx
        span = span_of(node)
        name = func_node.attr
        receiver = self.ev(func_node.value)
        plain = _plain_positional(node)
        call_method = attr.call_method
        suspends = is_suspending_call(node)
        limit = ctx.limits.max_container_length
        if name == "append" and plain and len(node.args) == 1:
            arg = self.ev(node.args[0])

            def append(f: Frame) -> Any:
                obj = receiver(f)
                value = arg(f)
                if type(obj) is list and len(obj) < limit:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    obj.append(value)
                    return None
                try:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    return _method(ctx, call_method, obj, name, (value,), None)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return append

        builtin_entries = attr.METHODS_BY_NAME.get(name)
        if builtin_entries is not None and plain and not suspends and len(node.args) <= 2:
            return self._builtin_method_call(node, receiver, builtin_entries)
        args_ev, kwargs_ev = self._call_arguments(node)

        def method_call(f: Frame) -> Any:
            obj = receiver(f)
            try:
                args = args_ev(f)
                kwargs = kwargs_ev(f) if kwargs_ev is not None else None
            except TypeError as error:
                name_callee(error, obj, name)
                raise
            try:
                ctx.steps_left -= 1  # one step per native call (§4.4)
                if ctx.steps_left < 0:
                    ctx.charge(0)
                if suspends:
                    result = _method_at_suspension_site(ctx, call_method, obj, name, args, kwargs)
                else:
                    result = _method(ctx, call_method, obj, name, args, kwargs)
            except BaseException as error:
                retry = _method_failed(error, obj, name, args, kwargs, span)
                result = _method_again(ctx, obj, name, retry, span)
            if suspends and type(result) is Suspension:
                error = RuntimeError(_SUSPEND_IN_SYNC_CODE)
                note_position(error, span)
                raise error
            return result

        return method_call

    def _builtin_method_call(
        self, node: ast.Call, receiver: Eval, entries: Mapping[type, tuple[Callable[..., Any], int]]
    ) -> Eval:
        """`obj.name(a, b)` (at most two positional arguments) where `name` is a method of builtin
        types: `attr.call_method`'s work done at the call site, the receiver's entry found in one
        lookup; any other receiver takes `_method`."""
        assert isinstance(node.func, ast.Attribute)
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        span = span_of(node)
        name = node.func.attr
        call_method = attr.call_method
        charge_linear = attr.charge_linear
        with_ctx, linear, keyed = registry.CALL_WITH_CTX, registry.CALL_LINEAR, registry.CALL_KEYED
        affixes = registry.CALL_AFFIXES
        charge_affixes = attr.charge_affixes
        small = SMALL_COPY_CHARS
        arguments = [self.ev(a) for a in node.args]
        if not arguments:

            def method_call_none(f: Frame) -> Any:
                obj = receiver(f)
                entry = entries.get(type(obj))
                try:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    if entry is None:
                        return _method(ctx, call_method, obj, name, (), None)
                    function, mode = entry
                    if mode == with_ctx:
                        return function(ctx, obj)
                    if mode == linear and len(obj) > small:
                        charge_linear(ctx, obj)
                    return function(obj)
                except BaseException as error:
                    restate_method_error(error, obj, name, 0, None)
                    note_position(error, span)
                    raise

            return method_call_none
        if len(arguments) == 1:
            only = arguments[0]

            def method_call_one(f: Frame) -> Any:
                obj = receiver(f)
                a = only(f)
                entry = entries.get(type(obj))
                try:
                    ctx.steps_left -= 1  # one step per native call (§4.4)
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    if entry is None:
                        return _method(ctx, call_method, obj, name, (a,), None)
                    function, mode = entry
                    if mode == with_ctx:
                        return function(ctx, obj, a)
                    if mode == linear:
                        if len(obj) > small:
                            charge_linear(ctx, obj)
                    elif mode == keyed and (
                        (
                            a.__class__ is not int
                            or not MINUS_HASH_MODULUS < a < HASH_MODULUS
                            or (poisoned and a in poisoned)
                        )
                        and (a.__class__ not in FREE_KEY_TYPES or (a.__class__ is str and len(a) > small))
                    ):
                        charge_key(ctx, a)
                    elif mode == affixes and (len(obj) > small or isinstance(a, tuple)):
                        charge_affixes(ctx, obj, a)
                    return function(obj, a)
                except BaseException as error:
                    retry = _method_failed(error, obj, name, (a,), None, span)
                return _method_again(ctx, obj, name, retry, span)

            return method_call_one
        first, second = arguments

        def method_call_two(f: Frame) -> Any:
            obj = receiver(f)
            a = first(f)
            b = second(f)
            entry = entries.get(type(obj))
            try:
                ctx.steps_left -= 1  # one step per native call (§4.4)
                if ctx.steps_left < 0:
                    ctx.charge(0)
                if entry is None:
                    return _method(ctx, call_method, obj, name, (a, b), None)
                function, mode = entry
                if mode == with_ctx:
                    return function(ctx, obj, a, b)
                if mode == linear:
                    if len(obj) > small:
                        charge_linear(ctx, obj)
                elif mode == keyed and (
                    (
                        a.__class__ is not int
                        or not MINUS_HASH_MODULUS < a < HASH_MODULUS
                        or (poisoned and a in poisoned)
                    )
                    and (a.__class__ not in FREE_KEY_TYPES or (a.__class__ is str and len(a) > small))
                ):
                    charge_key(ctx, a)
                elif mode == affixes and (len(obj) > small or isinstance(a, tuple)):
                    charge_affixes(ctx, obj, a)
                return function(obj, a, b)
            except BaseException as error:
                retry = _method_failed(error, obj, name, (a, b), None, span)
            return _method_again(ctx, obj, name, retry, span)

        return method_call_two

    # -- async forms -----------------------------------------------------------------------

    def ag_Await(self, node: ast.Await) -> GenEval:
        awaited_tool = self._eager_tool_call(node)
        if awaited_tool is not None:
            return eager_as_gen(awaited_tool)
        value_part = self.part(node.value)
        sched = self.rt.sched
        span = span_of(node)
        await_gen = sched.await_gen

        def await_(f: Frame) -> Gen:
            is_async, ev = value_part
            value = (yield from ev(f)) if is_async else ev(f)
            kind = type(value)
            if kind is ProgramCoroutine:
                return (yield from value.take())
            if kind is ToolCallAwaitable:
                try:
                    outcome = sched.start_call(value)
                except BaseException as error:
                    note_position(error, span)
                    raise
                if type(outcome) is not HostWork:
                    return outcome
                while not outcome.done:
                    yield outcome
                if outcome.error is not None:
                    note_position(outcome.error, span)
                    raise outcome.error
                return outcome.value
            try:
                return (yield from await_gen(value))
            except BaseException as error:
                note_position(error, span)
                raise

        return await_

    def _eager_tool_call(self, node: ast.Await) -> EagerEval | None:
        """`await tool(...)` of a known tool (`_known_tool`): bound and issued in one plain call,
        with no `ToolCallAwaitable` and, when the host completes the call at once, no scheduler
        object or generator either (the common case of a fast tool)."""
        tool = self._known_tool(node)
        if tool is None:
            return None
        call_node = node.value
        assert isinstance(call_node, ast.Call)
        issue_call = self.rt.sched.issue_call
        tool_name = tool.name
        site = tool.site(call_node)
        span = span_of(node)

        def wait(work: HostWork) -> Gen:
            while not work.done:
                yield work
            if work.error is not None:
                note_position(work.error, span)
                raise work.error
            return work.value

        names = tool.positional_names
        if names is not None and len(names) == 1 == len(call_node.args) and not call_node.keywords:
            only_name = names[0]
            only = self.ev(call_node.args[0])

            def await_tool_one(f: Frame) -> Any:  # `await tool(x)`: binding inlined
                value = only(f)
                try:
                    outcome = issue_call(tool_name, {only_name: value}, site, type(value) in PLAIN_SCALARS)
                except BaseException as error:
                    note_position(error, span)
                    raise
                if type(outcome) is HostWork:
                    return Later(wait(outcome))
                return outcome

            return await_tool_one
        bind = self._tool_binder(tool, call_node)

        def await_tool(f: Frame) -> Any:
            arguments = bind(f)
            try:
                outcome = issue_call(tool_name, arguments, site, False)
            except BaseException as error:
                note_position(error, span)
                raise
            if type(outcome) is HostWork:
                return Later(wait(outcome))
            return outcome

        return await_tool

    def _tool_binder(self, tool: ToolFunction, node: ast.Call) -> Callable[[Frame], dict[str, Any]]:
        """Evaluates the arguments of `tool(...)` (no starred ones) and binds them to parameter
        names; a binding error is reported at the call, before anything is issued."""
        names = tool.positional_names
        span = span_of(node)
        if not node.keywords and names is not None and len(node.args) == len(names):
            evs = [self.ev(a) for a in node.args]
            return lambda f: dict(zip(names, [ev(f) for ev in evs], strict=True))
        args_ev, kwargs_ev = self._call_arguments(node)

        def bind(f: Frame) -> dict[str, Any]:
            try:
                args = args_ev(f)
                kwargs = kwargs_ev(f) if kwargs_ev is not None else None
            except TypeError as error:
                name_callee(error, tool)
                raise
            try:
                return tool.bind(args, kwargs)
            except BaseException as error:
                note_position(error, span)
                raise

        return bind

    def _hoisted(self, node: ast.expr) -> GenEval:
        """Async form of a node with no specific one (no `ag_` method) and no eager form: evaluate
        each maximal suspending child first (in order) into a temporary slot, then run the node's
        sync closure reading those slots. The children evaluated before the last suspending one are
        hoisted too (`_hoisting_order`), so everything runs in CPython's order."""
        temps: list[tuple[int, Any, bool]] = []
        replaced: dict[ast.AST, ast.AST] = {}
        for child, earlier in self._hoisting_order(node):
            if earlier:
                temps.append((*self._hoist_earlier(child, replaced), False))
            else:
                self._collect_async_children(child, temps, replaced)
        sync = self.ev(_clone_replacing(node, replaced, self.awaits))

        def hoisted(f: Frame) -> Gen:
            for slot, ev, is_async in temps:
                f[slot] = (yield from ev(f)) if is_async else ev(f)
            return sync(f)

        return hoisted

    def _hoisting_order(self, node: ast.expr) -> list[tuple[Any, bool]]:
        """(child, earlier) for the children of a hoisted node in evaluation order; `earlier`: a
        child with no `await` evaluated before the last one that has, which CPython evaluates
        before suspending (a name read there may be rebound while the program waits)."""
        if isinstance(node, ast.Dict):  # evaluated key, value, key, value...
            ordered: list[ast.AST] = []
            for key, value in zip(node.keys, node.values, strict=True):
                ordered.extend([value] if key is None else [key, value])
        else:
            ordered = list(ast.iter_child_nodes(node))
        last = max((index for index, child in enumerate(ordered) if child in self.awaits), default=-1)
        plan: list[tuple[Any, bool]] = []
        for index, child in enumerate(ordered):
            if child in self.awaits:
                plan.append((child, False))
                continue
            operand = child.value if isinstance(child, ast.Starred) else child
            if (
                index < last
                and isinstance(operand, ast.expr)
                and not isinstance(operand, ast.Constant)
                and not isinstance(getattr(operand, "ctx", None), ast.Store)  # a walrus target
            ):
                plan.append((child, True))
        return plan

    def _hoist_earlier(self, child: ast.expr, replaced: dict[ast.AST, ast.AST]) -> tuple[int, Eval]:
        """(temporary slot, closure) to evaluate an earlier child (`_hoisting_order`) into it
        (of `*xs`, `xs`: the display still unpacks it)."""
        slot = self.scope.alloc()
        if isinstance(child, ast.Starred):
            replaced[child] = ast.Starred(value=_TempLoad(slot), ctx=ast.Load())
            return slot, self.ev(child.value)
        replaced[child] = _TempLoad(slot)
        return slot, self.ev(child)

    def _eager_hoisted(self, node: ast.expr) -> EagerEval:
        """Eager `_hoisted` (every suspending child has an eager form: `_has_eager_form`)."""
        children: list[tuple[int, EagerEval]] = []
        replaced: dict[ast.AST, ast.AST] = {}
        for child, earlier in self._hoisting_order(node):
            if earlier:
                children.append(self._hoist_earlier(child, replaced))
            else:
                self._collect_eager_children(child, children, replaced)
        sync = self.ev(_clone_replacing(node, replaced, self.awaits))

        def rest(f: Frame, index: int, pending: Later) -> Gen:
            f[children[index][0]] = yield from pending.gen
            for slot, eager in children[index + 1 :]:
                value = eager(f)
                f[slot] = (yield from value.gen) if type(value) is Later else value
            return sync(f)

        def hoisted(f: Frame) -> Any:
            for index, (slot, eager) in enumerate(children):
                value = eager(f)
                if type(value) is Later:
                    return Later(rest(f, index, value))
                f[slot] = value
            return sync(f)

        return hoisted

    def _collect_eager_children(
        self, node: ast.AST, children: list[tuple[int, EagerEval]], replaced: dict[ast.AST, ast.AST]
    ) -> None:
        if node not in self.awaits:
            return
        # `*xs` in a display is no value of its own: the display unpacks the hoisted `xs`
        if not isinstance(node, ast.expr) or isinstance(node, ast.Starred):
            for child in ast.iter_child_nodes(node):
                self._collect_eager_children(child, children, replaced)
            return
        eager = self.eager(node)
        assert eager is not None
        slot = self.scope.alloc()
        children.append((slot, eager))
        replaced[node] = _TempLoad(slot)

    def _collect_async_children(
        self, node: ast.AST, temps: list[tuple[int, Any, bool]], replaced: dict[ast.AST, ast.AST]
    ) -> None:
        # as in `_collect_eager_children`, a `*xs` display element keeps its star and hoists `xs`
        if node not in self.awaits or not isinstance(node, ast.expr) or isinstance(node, ast.Starred):
            if node in self.awaits:
                for child in ast.iter_child_nodes(node):
                    self._collect_async_children(child, temps, replaced)
            return
        slot = self.scope.alloc()
        temps.append((slot, self.ag(node), True))
        replaced[node] = _TempLoad(slot)

    def ev__TempLoad(self, node: _TempLoad) -> Eval:
        slot = node.slot
        return lambda f: f[slot]

    def ag_Yield(self, node: ast.Yield) -> GenEval:
        """`yield` in a generator function: its body generator yields program values directly."""
        value = self.part(node.value) if node.value is not None else None

        def yield_(f: Frame) -> Gen:
            if value is None:
                return (yield None)
            is_async, ev = value
            produced = (yield from ev(f)) if is_async else ev(f)
            return (yield produced)

        return yield_

    def ag_YieldFrom(self, node: ast.YieldFrom) -> GenEval:
        value = self.part(node.value)

        def yield_from(f: Frame) -> Gen:
            is_async, ev = value
            iterable = (yield from ev(f)) if is_async else ev(f)
            return (yield from iter(iterable))

        return yield_from

    def ag_BoolOp(self, node: ast.BoolOp) -> GenEval:
        parts = [self.part(v) for v in node.values]
        is_and = isinstance(node.op, ast.And)

        def boolop(f: Frame) -> Gen:
            value: Any = is_and
            for is_async, ev in parts:
                value = (yield from ev(f)) if is_async else ev(f)
                if is_and and not value:
                    return value
                if not is_and and value:
                    return value
            return value

        return boolop

    def ag_IfExp(self, node: ast.IfExp) -> GenEval:
        test = self.ag(node.test)
        body = self.ag(node.body)
        orelse = self.ag(node.orelse)

        def ifexp(f: Frame) -> Gen:
            if (yield from test(f)):
                return (yield from body(f))
            return (yield from orelse(f))

        return ifexp

    def ag_Compare(self, node: ast.Compare) -> GenEval:
        ctx = self.ctx
        span = span_of(node)
        left = self.ag(node.left)
        pairs = [(COMPARE[type(op)], self.ag(c)) for op, c in zip(node.ops, node.comparators, strict=True)]

        def compare(f: Frame) -> Gen:
            a = yield from left(f)
            result: Any = True
            for op, right in pairs:
                b = yield from right(f)
                try:
                    result = op(ctx, a, b)
                except BaseException as error:
                    note_position(error, span)
                    raise
                if not result:
                    return result
                a = b
            return result

        return compare

    def _call_parts(
        self, node: ast.Call
    ) -> tuple[str | None, ast.expr, list[tuple[str, str | None, ast.expr]]]:
        """(method name or None, callee node, [(kind, keyword, node)]) of a call, in evaluation
        order: `obj.m(...)` evaluates `obj` then calls its method `m`; kind is "arg", "star"
        (`*xs`), "kw" (`k=v`) or "kwsplat" (`**kw`)."""
        func_node = node.func
        method_name: str | None = None
        if isinstance(func_node, ast.Attribute) and not self._is_zero_arg_super(func_node.value):
            method_name = func_node.attr
            callee = func_node.value
        else:
            callee = func_node
        parts: list[tuple[str, str | None, ast.expr]] = [
            ("star", None, a.value) if isinstance(a, ast.Starred) else ("arg", None, a) for a in node.args
        ]
        parts.extend(("kw" if k.arg is not None else "kwsplat", k.arg, k.value) for k in node.keywords)
        return method_name, callee, parts

    def _call_result(
        self, node: ast.Call, method_name: str | None
    ) -> Callable[[Any, list[Any], dict[str, Any]], Any]:
        """Makes the call once callee and arguments are evaluated (shared by the async forms).
        Returns the result, or a `Later` when it is a suspending native's `Suspension`."""
        span = span_of(node)
        ctx = self.ctx
        call_method = attr.call_method
        sched = self.rt.sched
        suspends = is_suspending_call(node)
        method = _method_at_suspension_site if suspends else _method
        native = _at_suspension_site if suspends else _call_native

        def call(target: Any, values: list[Any], kwargs: dict[str, Any]) -> Any:
            try:
                if method_name is not None:
                    result = method(ctx, call_method, target, method_name, tuple(values), kwargs or None)
                elif type(target) is ToolFunction:
                    return target.call_at(span, tuple(values), kwargs)
                elif type(target) is ProgramFunction:
                    result = target(*values, **kwargs)
                else:
                    result = native(ctx, target, tuple(values), kwargs)
            except BaseException as error:
                note_position(error, span)
                raise
            if type(result) is Suspension:
                return Later(sched.suspend_gen(result))
            return result

        return call

    def ag_Call(self, node: ast.Call) -> GenEval:
        """A call with `await` in its callee or arguments: evaluated left to right."""
        ctx = self.ctx
        method_name, callee_node, part_nodes = self._call_parts(node)
        callee = self.part(callee_node)
        parts = [(kind, keyword, self.part(value)) for kind, keyword, value in part_nodes]
        make_call = self._call_result(node, method_name)

        def call(f: Frame) -> Gen:
            is_async, ev = callee
            target = (yield from ev(f)) if is_async else ev(f)
            values: list[Any] = []
            kwargs: dict[str, Any] = {}
            for kind, keyword, (part_async, part_ev) in parts:
                value = (yield from part_ev(f)) if part_async else part_ev(f)
                _add_argument(ctx, values, kwargs, kind, keyword, value)
            result = make_call(target, values, kwargs)
            if type(result) is Later:
                return (yield from result.gen)
            return result

        return call

    def _eager_call(self, node: ast.Call) -> EagerEval:
        """Eager `ag_Call` (every suspending part has an eager form: `_has_eager_form`), e.g.
        `results.append(await tool(x))`."""
        ctx = self.ctx
        method_name, callee_node, part_nodes = self._call_parts(node)
        callee = self.eager(callee_node) if callee_node in self.awaits else self.ev(callee_node)
        assert callee is not None
        parts: list[tuple[str, str | None, EagerEval]] = []
        for kind, keyword, value_node in part_nodes:
            part = self.eager(value_node) if value_node in self.awaits else self.ev(value_node)
            assert part is not None
            parts.append((kind, keyword, part))
        make_call = self._call_result(node, method_name)

        def finish(
            f: Frame, target: Any, values: list[Any], kwargs: dict[str, Any], index: int, pending: Later
        ) -> Gen:
            """The call from part `index` on (-1: the callee), whose eager form suspended."""
            value = yield from pending.gen
            if index < 0:
                target = value
            else:
                kind, keyword, _ = parts[index]
                _add_argument(ctx, values, kwargs, kind, keyword, value)
            for kind, keyword, part in parts[index + 1 :]:
                value = part(f)
                if type(value) is Later:
                    value = yield from value.gen
                _add_argument(ctx, values, kwargs, kind, keyword, value)
            result = make_call(target, values, kwargs)
            if type(result) is Later:
                return (yield from result.gen)
            return result

        def call(f: Frame) -> Any:
            target = callee(f)
            values: list[Any] = []
            kwargs: dict[str, Any] = {}
            if type(target) is Later:
                return Later(finish(f, None, values, kwargs, -1, target))
            for index, (kind, keyword, part) in enumerate(parts):
                value = part(f)
                if type(value) is Later:
                    return Later(finish(f, target, values, kwargs, index, value))
                _add_argument(ctx, values, kwargs, kind, keyword, value)
            return make_call(target, values, kwargs)

        return call


def _plain_positional(node: ast.Call) -> bool:
    """Whether the call passes positional arguments only, none of them `*xs`: the shape the fast
    paths compile argument by argument (instead of through `_call_arguments`, so that each
    argument is compiled once; compiling it twice would double per nesting level)."""
    return not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)


def _add_argument(
    ctx: Any, values: list[Any], kwargs: dict[str, Any], kind: str, keyword: str | None, value: Any
) -> None:
    if kind == "arg":
        values.append(value)
    elif kind == "star":
        values.extend(materialize(ctx, value))
    elif keyword is not None:
        kwargs[keyword] = value
    else:
        kwargs.update(value)


def eager_as_gen(eager: EagerEval) -> GenEval:
    """An eager closure as a generator function, for callers that delegate with `yield from`."""

    def as_gen(f: Frame) -> Gen:
        value = eager(f)
        if type(value) is Later:
            return (yield from value.gen)
        return value

    return as_gen


def _call_native(ctx: Any, fn: Any, args: tuple[Any, ...], kwargs: Any) -> Any:
    return fn(*args, **kwargs) if kwargs else fn(*args)


def _at_suspension_site(ctx: Any, fn: Any, args: tuple[Any, ...], kwargs: Any) -> Any:
    """A native called by a call written as a suspension point (`sleep(1)`): the one place it may
    hand back a `Suspension` (`RunContext.suspension_site`). Program code the call runs (a program
    function of that name) is not a suspension site."""
    if type(fn) is ProgramFunction:
        return fn(*args, **kwargs) if kwargs else fn(*args)
    ctx.suspension_site = True
    try:
        return fn(*args, **kwargs) if kwargs else fn(*args)
    finally:
        ctx.suspension_site = False


def _method_at_suspension_site(
    ctx: Any, call_method: Callable[..., Any], obj: Any, name: str, args: tuple[Any, ...], kwargs: Any
) -> Any:
    """`obj.sleep(1)` / `asyncio.run(main())` written as a suspension point (`_at_suspension_site`)."""
    if isinstance(obj, ProgramInstance):
        return _method(ctx, call_method, obj, name, args, kwargs)
    ctx.suspension_site = True
    try:
        return call_method(ctx, obj, name, args, kwargs or {})
    finally:
        ctx.suspension_site = False


def _method(
    ctx: Any, call_method: Callable[..., Any], obj: Any, name: str, args: tuple[Any, ...], kwargs: Any
) -> Any:
    if isinstance(obj, ProgramInstance):
        charge_mro_walk(ctx, type(obj))
        function = _instance_method(obj, name)
        if function is not None:
            return function.code.invoke(function, (obj, *args), kwargs)
        method = type(obj).ptc_getattr(obj, ctx, name)
        return method(*args, **kwargs) if kwargs else method(*args)
    return call_method(ctx, obj, name, args, kwargs or {})


def _method_failed(
    error: BaseException, obj: Any, name: str, args: tuple[Any, ...], kwargs: Any, span: Any
) -> Arguments:
    """Inside the `except` of a failed method call: the arguments to call it again with, when the
    failure was a program instance with `__index__` where the method takes an integer
    (`runtime.indexing`); otherwise the error, in CPython's words, is raised again here. Only a
    builtin value's method is called again: a program's method (or an interpreter object's, which
    may run program code, such as a generator's `send`) could have done work before it failed."""
    retry = None if isinstance(obj, PtcObject) else with_index_converted(error, args, kwargs)
    if retry is None:
        restate_method_error(error, obj, name, len(args), kwargs)
        note_position(error, span)
        raise error
    return retry


def _method_again(ctx: Any, obj: Any, name: str, arguments: Arguments, span: Any) -> Any:
    args, kwargs = arguments
    try:
        return _method(ctx, attr.call_method, obj, name, args, kwargs)
    except BaseException as error:
        restate_method_error(error, obj, name, len(args), kwargs)
        note_position(error, span)
        raise


def _instance_method(obj: ProgramInstance, name: str) -> ProgramFunction | None:
    if name in obj.__dict__:
        return None
    for klass in type(obj).__mro__:
        namespace = klass.__dict__.get("ptc_namespace")
        if namespace is not None and name in namespace:
            value = namespace[name]
            return value if type(value) is ProgramFunction else None
    return None


class _TempLoad(ast.expr):
    """A read of a temporary slot holding an already-awaited sub-expression (see `_hoisted`)."""

    _fields = ()

    def __init__(self, slot: int) -> None:
        super().__init__()
        self.slot = slot


def _clone_replacing(node: ast.AST, replaced: dict[ast.AST, ast.AST], awaits: set[ast.AST]) -> Any:
    """A shallow copy of `node` along the paths to `replaced` children; other subtrees are shared
    (scope analysis keys comprehensions and lambdas by node identity)."""

    def substitute(value: Any) -> Any:
        if isinstance(value, ast.AST):
            if value in replaced:
                return replaced[value]
            if value in awaits:
                return _clone_replacing(value, replaced, awaits)
        return value

    clone = copy.copy(node)
    for name, value in ast.iter_fields(node):
        if isinstance(value, list):
            setattr(clone, name, [substitute(v) for v in value])  # pyright: ignore[reportUnknownVariableType]
        else:
            setattr(clone, name, substitute(value))
    return clone
