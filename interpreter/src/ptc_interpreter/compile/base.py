"""Shared state of the compiler mixins, and the per-run `Runtime` compiled closures capture.

The compiler turns each AST node into a Python closure once per run. An expression compiles to
`ev(frame) -> value` when its subtree has no `await`, and otherwise to a generator function
`gen(frame)` used with `yield from`, whose yields go to the scheduler. A statement compiles the same
way and returns `None`, or a control signal (`BREAK`, `CONTINUE`, `RETURN`; a returned value is in
`frame[RETURN_SLOT]`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any

from ..parse.tree import CHILD_FIELDS, generic_children
from ..runtime.allowlist import PtcObject
from ..runtime.scheduler import SUSPENDING_CALLS, Scheduler
from .scope import Scope, ScopeAnalysis

if TYPE_CHECKING:
    from ..runtime.allowlist import ShimModule
    from ..runtime.context import RunContext

Frame = list[Any]
Eval = Callable[[Frame], Any]
GenEval = Callable[[Frame], Generator[Any, Any, Any]]


class _Signal:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


BREAK: Any = _Signal("BREAK")
CONTINUE: Any = _Signal("CONTINUE")
RETURN: Any = _Signal("RETURN")


class Runtime:
    """Per-run state the compiled closures share (the interpreter has no global mutable state)."""

    __slots__ = (
        "builtins",
        "ctx",
        "dead",
        "depth",
        "max_depth",
        "module_factories",
        "modules",
        "sched",
        "source_lines",
    )

    def __init__(
        self,
        ctx: RunContext,
        sched: Scheduler,
        builtins: dict[str, Any],
        module_factories: Mapping[str, Callable[[RunContext], ShimModule]],
        source_lines: list[str],
    ) -> None:
        self.ctx = ctx
        self.sched = sched
        self.builtins = builtins
        self.module_factories = module_factories
        self.modules: dict[str, ShimModule] = {}
        self.depth = 0
        self.max_depth = ctx.limits.max_recursion_depth
        self.source_lines = source_lines
        self.dead = False
        """Set when the run is being torn down: `finally` bodies no longer run."""

    def import_module(self, name: str) -> ShimModule:
        module = self.modules.get(name)
        if module is None:
            package, dot, child = name.rpartition(".")
            if dot and name in self.module_factories:  # `urllib.parse`: the package's own member
                module = self.modules[name] = self.import_module(package).members[child]
                return module
            factory = self.module_factories.get(name)
            if factory is None:
                package, _, _ = name.partition(".")
                raise ModuleNotFoundError(
                    f"No module named {name if package in self.module_factories else package!r}"
                )
            module = factory(self.ctx)
            self.modules[name] = module
            for member in module.members.values():
                if isinstance(member, PtcObject) and getattr(member, "ptc_name", None) == "type":
                    python_type = getattr(member, "python_type", None)  # a module class (`NativeClass`)
                    if isinstance(python_type, type):
                        self.ctx.module_classes.setdefault(python_type, member)
        return module


def span_of(node: ast.AST) -> Any:
    """What closures keep for error positions: the node itself, converted to a `SourceSpan` only
    when an error is reported (`runtime.exceptions.source_span`), so compiling stays cheap."""
    return node


class CompilerBase:
    """State shared by the expression, statement and function compilers."""

    dispatch: Mapping[str, Mapping[str, Callable[..., Any]]] = {}
    """prefix ("ev_", "ag_", "st_", "as_", "pat_") -> node class name -> compile method; built once
    for the assembled compiler class (`compile.program`)."""

    def __init__(
        self,
        rt: Runtime,
        analysis: ScopeAnalysis,
        awaits: set[ast.AST],
        module_frame: Frame,
        has_yield: bool,
        has_super: bool,
    ) -> None:
        self.has_yield = has_yield
        """Whether the source contains `yield` at all (skips generator detection otherwise)."""
        self.has_super = has_super
        """Whether the source contains `super` at all (skips the zero-argument `super()` scan otherwise)."""
        self.rt = rt
        self.ctx = rt.ctx
        self.analysis = analysis
        self.awaits = awaits
        """Nodes whose subtree (not counting nested function bodies) contains `await`."""
        self.module_frame = module_frame
        self.scope: Scope = analysis.module
        self.in_async = True
        """Whether code being compiled runs in an async context (top level or `async def`)."""
        self.qualname_prefix = ""
        """Prefix of the qualified name of functions defined in the code being compiled."""
        self.future_annotations = False
        """`from __future__ import annotations` is in force: `__annotations__` reads as source text."""
        self.priced_within: set[ast.AST] = set()
        """Nodes inside a big expression whose steps its outermost node charges (`BIG_EXPRESSION`)."""
        self.constants: dict[Any, Any] = {}
        """The program's tuples of constants by `_constant_key`: equal ones are one object, as CPython
        merges the constants of one compilation (`(1, 2) is (1, 2)`)."""
        self.constant_values: dict[ast.AST, Any] = {}
        """Each tuple node looked at: its value when all of it is constant, else `_NOT_CONSTANT`."""

    def is_async(self, node: ast.AST) -> bool:
        return node in self.awaits

    def frame_slot(self, target: ast.expr) -> int | None:
        """The slot of a name target stored directly in the running frame (a local, or a global
        assigned at module level), for loops and statements that inline the store."""
        if not isinstance(target, ast.Name):
            return None
        res = self.analysis.resolve(self.scope, target.id)
        if res.kind == "fast" or (res.kind == "global" and self.scope.owner.kind == "module"):
            return res.slot
        return None

    # implemented by the mixins
    def ev(self, node: ast.expr) -> Eval:
        raise NotImplementedError

    def ag(self, node: ast.expr) -> GenEval:
        raise NotImplementedError

    def part(self, node: ast.expr) -> tuple[bool, Any]:
        raise NotImplementedError

    def block(self, body: list[ast.stmt], extra_steps: int = 0) -> tuple[bool, Any]:
        raise NotImplementedError

    def store(self, target: ast.expr) -> Callable[[Frame, Any], None]:
        raise NotImplementedError

    def function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, name: str) -> Eval:
        raise NotImplementedError


SUSPENDING_WORDS = ("await", "async", "yield", "sleep", "run")
"""If none of these occurs in the source, no node can suspend and `find_awaits` is skipped."""


_SUSPENDING_NODES: frozenset[type[ast.AST]] = frozenset(
    {ast.Await, ast.AsyncFor, ast.AsyncWith, ast.Yield, ast.YieldFrom}
)
_FUNCTION_NODES: frozenset[type[ast.AST]] = frozenset({ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda})
_CHILDLESS_NODES: frozenset[type[ast.AST]] = frozenset(
    node_class for node_class, fields in CHILD_FIELDS.items() if not fields
)
"""`Name`, `Constant`, `Pass`...: nodes that can neither suspend nor hold one that does."""


def is_suspending_call(node: ast.Call) -> bool:
    """Whether the call is one the scheduler may suspend, by the name called (`time.sleep(...)`,
    `sleep(...)`, `asyncio.run(...)`; see `runtime.scheduler`)."""
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr in SUSPENDING_CALLS) or (
        isinstance(func, ast.Name) and func.id in SUSPENDING_CALLS
    )


def find_awaits(tree: ast.Module) -> set[ast.AST]:
    """Every node whose evaluation may suspend: it contains an `await` outside nested function bodies
    (async comprehensions and `async for`/`async with` count), or, in an async context, a call the
    scheduler may suspend (`time.sleep(...)`, `asyncio.run(...)`; see `runtime.scheduler`)."""
    result: set[ast.AST] = set()
    childless = _CHILDLESS_NODES

    def walk(node: ast.AST, async_context: bool) -> bool:
        kind = type(node)
        found = False
        if kind in _FUNCTION_NODES:
            async_context = kind is ast.AsyncFunctionDef
        elif kind is ast.ClassDef:
            async_context = False
        elif kind in _SUSPENDING_NODES:
            found = True
        elif kind is ast.comprehension:
            found = bool(node.is_async)  # type: ignore[attr-defined]
        elif async_context and kind is ast.Call:
            found = is_suspending_call(node)  # type: ignore[arg-type]
        fields = CHILD_FIELDS.get(kind)
        if fields is None:
            for child in generic_children(node):
                found = walk(child, async_context) or found
        else:
            for field_name, is_list in fields:
                if is_list:
                    items: list[ast.AST | None] = getattr(node, field_name)
                    for item in items:
                        if item is not None and type(item) not in childless and walk(item, async_context):
                            found = True
                else:
                    child: ast.AST | None = getattr(node, field_name)
                    if child is not None and type(child) not in childless and walk(child, async_context):
                        found = True
        if kind in _FUNCTION_NODES or kind is ast.ClassDef:
            return False  # defining a function or class never suspends
        if found:
            result.add(node)
        return found

    walk(tree, True)
    return result
