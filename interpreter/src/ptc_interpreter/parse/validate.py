"""Static validation: every problem the program has before it runs, reported at once.

The model fixes its program from this list, so each problem says what is wrong, where (exact span)
and, where one helps, what to write instead. Checked: constructs the interpreter does not support,
names and attributes starting with `_` (never reachable, except the dunders a program class may
define), names that are not defined anywhere (with a did-you-mean), unknown modules, tool calls with
unknown, missing or duplicated arguments, and the context rules CPython's compiler enforces after
parsing (`await` outside `async def`, `return`/`break`/`continue` out of place, bad `nonlocal`).
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from ..compile.scope import Scope, ScopeAnalysis, analyze
from ..errors import Problem, SourceSpan
from ..host import ToolSpec
from ..limits import Limits
from ..runtime.objects import USER_DUNDERS
from .tree import visit_children

ALLOWED_DUNDER_NAMES = frozenset({"__name__"})
"""Dunder names a program may read (`if __name__ == "__main__":`)."""

ALLOWED_DUNDER_ATTRIBUTES = frozenset({"__name__"})
"""Dunder attributes a program may read: only names (`type(e).__name__`, `f.__name__`)."""

_UNSUPPORTED: dict[type[ast.AST], tuple[str, str]] = {
    ast.AsyncFor: ("'async for' is not supported", "use `for x in await ...` or `asyncio.gather(...)`"),
    ast.TryStar: ("'except*' is not supported", "use a plain `except` clause"),
}


def _span(node: ast.AST) -> SourceSpan:
    line = getattr(node, "lineno", 1)
    col = getattr(node, "col_offset", 0)
    end_line = getattr(node, "end_lineno", None) or line
    end_col = getattr(node, "end_col_offset", None)
    return SourceSpan(line, col, end_line, end_col if end_col is not None else col + 1)


def _closest(name: str, candidates: Iterable[str]) -> str | None:
    visible = sorted({c for c in candidates if not c.startswith("__") and c != name})
    close = difflib.get_close_matches(name, visible, n=1, cutoff=0.6)
    if not close:
        lowered = {c.lower(): c for c in visible}
        if name.lower() in lowered:
            close = [lowered[name.lower()]]
    return close[0] if close else None


def module_names() -> frozenset[str]:
    from ..modules import MODULE_FACTORIES

    return frozenset(MODULE_FACTORIES) | {"asyncio"}


class _Validator(ast.NodeVisitor):
    def __init__(
        self,
        analysis: ScopeAnalysis,
        tool_specs: Sequence[ToolSpec],
        builtin_names: frozenset[str],
        limits: Limits,
    ) -> None:
        self.analysis = analysis
        self.limits = limits
        self.tools = {spec.name: spec for spec in tool_specs}
        self.builtin_names = builtin_names
        self.modules = module_names()
        self.problems: list[Problem] = []
        self.scope: Scope = analysis.module  # type: ignore[assignment]
        self.function_kinds: list[str] = []
        """Stack of enclosing function kinds: 'def', 'async', 'lambda', 'class'."""
        self.loop_depth: list[int] = [0]

    def problem(
        self, node: ast.AST, message: str, hint: str | None = None, kind: str = "SyntaxError"
    ) -> None:
        self.problems.append(Problem(message, _span(node), hint, kind))

    # -- scopes ----------------------------------------------------------------------------

    def _in_scope(self, node: ast.AST, visit_body: Iterable[ast.AST], kind: str) -> None:
        previous = self.scope
        self.scope = self.analysis.scope_of(node)
        self.function_kinds.append(kind)
        self.loop_depth.append(0)
        for child in visit_body:
            self.visit(child)
        self.loop_depth.pop()
        self.function_kinds.pop()
        self.scope = previous

    def _function_common(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        args = node.args
        for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
            self.visit(default)
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
            if arg is not None and arg.arg.startswith("__"):
                self.problem(arg, f"parameter names starting with '__' are not allowed: {arg.arg!r}")

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self._check_def_name(node)
        self._function_common(node)
        kind = "async" if isinstance(node, ast.AsyncFunctionDef) else "def"
        self._in_scope(node, node.body, kind)

    visit_AsyncFunctionDef = visit_FunctionDef

    def _check_def_name(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        name = node.name
        if not name.startswith("__"):
            return
        in_class = self.scope.kind == "class"
        if in_class and name in USER_DUNDERS:
            return
        if in_class and name.endswith("__"):
            allowed = ", ".join(sorted(USER_DUNDERS))
            self.problem(
                node, f"the special method {name!r} is not supported", f"supported special methods: {allowed}"
            )
        else:
            self.problem(
                node,
                f"names starting with '__' are not allowed: {name!r}",
                "rename it without the underscores",
            )

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function_common(node)
        self._in_scope(node, [node.body], "lambda")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        for base in node.bases:
            self.visit(base)
        for keyword in node.keywords:
            self.problem(keyword, "class keywords (metaclass=...) are not supported", "use plain inheritance")
        if node.name.startswith("__"):
            self.problem(node, f"names starting with '__' are not allowed: {node.name!r}")
        self._in_scope(node, node.body, "class")

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        generators = node.generators
        self.visit(generators[0].iter)
        previous = self.scope
        self.scope = self.analysis.scope_of(node)
        for index, generator in enumerate(generators):
            if generator.is_async:
                self.problem(
                    generator, "'async for' in a comprehension is not supported", "use `for x in await ...`"
                )
            if index > 0:
                self.visit(generator.iter)
            self.visit(generator.target)
            for condition in generator.ifs:
                self.visit(condition)
        if isinstance(node, ast.DictComp):
            self.visit(node.key)
            self.visit(node.value)
        else:
            self.visit(node.elt)
        if isinstance(node, ast.GeneratorExp) and any(
            isinstance(n, ast.Await) for n in _walk_same_scope(node)
        ):
            self.problem(
                node,
                "'await' inside a generator expression is not supported",
                "use a list comprehension: [await f(x) for x in xs]",
            )
        self.scope = previous

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_DictComp = _comprehension
    visit_GeneratorExp = _comprehension

    # -- names and attributes --------------------------------------------------------------

    def visit_Name(self, node: ast.Name) -> None:
        name = node.id
        if name.startswith("__") and name not in ALLOWED_DUNDER_NAMES:
            self.problem(
                node,
                f"names starting with '__' are not allowed: {name!r}",
                "rename it without the underscores",
            )
            return
        if not isinstance(node.ctx, ast.Load):
            if name in ALLOWED_DUNDER_NAMES:
                self.problem(node, f"cannot assign to {name!r}")
            return
        resolution = self.analysis.resolve(self.scope, name)
        if resolution.kind != "builtin":
            return
        if name in self.tools or name in self.builtin_names:
            return
        candidates = set(self.builtin_names) | set(self.tools) | self._visible_names()
        close = _closest(name, candidates)
        message = f"name {name!r} is not defined"
        hint: str | None = None
        if close is not None:
            message += f". Did you mean {close!r}?"
        elif self.tools:
            hint = "no variable, builtin or tool has this name; available tools: " + ", ".join(
                sorted(self.tools)
            )
        self.problems.append(Problem(message, _span(node), hint, "NameError"))

    def _visible_names(self) -> set[str]:
        names: set[str] = set()
        scope: Scope | None = self.scope
        while scope is not None:
            names.update(scope.bound)
            scope = scope.parent
        return names

    def visit_Attribute(self, node: ast.Attribute) -> None:
        name = node.attr
        if name.startswith("_") and name not in ALLOWED_DUNDER_ATTRIBUTES and name not in USER_DUNDERS:
            hint = "attributes starting with '_' do not exist for programs"
            if not name.startswith("__"):
                hint = f"rename the attribute to {name.lstrip('_')!r}"
            self.problem(node, f"attribute names starting with '_' are not allowed: {name!r}", hint)
        self.visit(node.value)

    def visit_Global(self, node: ast.Global) -> None:
        if self.scope.kind == "module":
            return
        for name in node.names:
            if name.startswith("__"):
                self.problem(node, f"names starting with '__' are not allowed: {name!r}")

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        if self.scope.kind != "function":
            self.problem(node, "nonlocal declaration not allowed at module level")
            return
        for name in node.names:
            if self.analysis.resolve(self.scope, name).kind in ("global", "builtin"):
                self.problem(node, f"no binding for nonlocal {name!r} found")

    # -- imports ---------------------------------------------------------------------------

    def _check_module(self, node: ast.AST, name: str) -> None:
        if name not in self.modules:
            available = ", ".join(sorted(self.modules))
            self.problems.append(
                Problem(
                    f"module {name!r} is not available",
                    _span(node),
                    f"available modules: {available}",
                    "ImportError",
                )
            )

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)
            if alias.asname and alias.asname.startswith("__"):
                self.problem(node, f"names starting with '__' are not allowed: {alias.asname!r}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            self.problem(node, "relative imports are not supported")
            return
        self._check_module(node, node.module or "")
        for alias in node.names:
            if alias.name == "*":
                self.problem(node, "'from ... import *' is not supported", "import the names you use")
            elif alias.name.startswith("_"):
                self.problem(node, f"names starting with '_' cannot be imported: {alias.name!r}")

    # -- context rules ---------------------------------------------------------------------

    def visit_Constant(self, node: ast.Constant) -> None:
        limits = self.limits
        value = node.value
        if isinstance(value, str | bytes) and len(value) > limits.max_string_length:
            self.problems.append(
                Problem(
                    f"literal of {len(value)} characters exceeds the limit of {limits.max_string_length}",
                    _span(node),
                    "pass large data through a tool instead of the program text",
                    "LimitExceeded",
                )
            )
        elif isinstance(value, int) and value.bit_length() > limits.max_int_bits:
            self.problems.append(
                Problem(
                    f"integer literal of {value.bit_length()} bits exceeds the limit of {limits.max_int_bits}",
                    _span(node),
                    None,
                    "LimitExceeded",
                )
            )

    def visit_Await(self, node: ast.Await) -> None:
        kind = self.function_kinds[-1] if self.function_kinds else "module"
        if kind in ("def", "lambda", "class"):
            where = (
                "a lambda"
                if kind == "lambda"
                else "a class body"
                if kind == "class"
                else "a non-async function"
            )
            self.problem(node, f"'await' inside {where}", "make the function `async def` and await its calls")
        self.visit(node.value)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> None:
        kind = self.function_kinds[-1] if self.function_kinds else "module"
        if kind in ("def", "lambda", "class"):
            self.problem(node, "'async with' outside an async function", "make the function `async def`")
        self.generic_visit(node)

    def visit_Yield(self, node: ast.Yield | ast.YieldFrom) -> None:
        kind = self.function_kinds[-1] if self.function_kinds else "module"
        if kind == "async":
            self.problem(
                node,
                "async generators ('yield' inside 'async def') are not supported",
                "collect the values in a list and return it",
            )
        elif kind != "def" or self.scope.kind != "function":
            self.problem(node, "'yield' outside function")
        if node.value is not None:
            self.visit(node.value)

    visit_YieldFrom = visit_Yield

    def visit_Return(self, node: ast.Return) -> None:
        if not self.function_kinds or self.function_kinds[-1] == "class":
            self.problem(
                node, "'return' outside function", "the value of the program's last expression is its result"
            )
        if node.value is not None:
            self.visit(node.value)

    def _loop(self, node: ast.For | ast.While) -> None:
        if isinstance(node, ast.For):
            self.visit(node.target)
            self.visit(node.iter)
        else:
            self.visit(node.test)
        self.loop_depth[-1] += 1
        for statement in node.body:
            self.visit(statement)
        self.loop_depth[-1] -= 1
        for statement in node.orelse:
            self.visit(statement)

    visit_For = _loop
    visit_While = _loop

    def visit_Break(self, node: ast.Break) -> None:
        if self.loop_depth[-1] == 0:
            self.problem(node, "'break' outside loop")

    def visit_Continue(self, node: ast.Continue) -> None:
        if self.loop_depth[-1] == 0:
            self.problem(node, "'continue' not properly in loop")

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if (
            isinstance(func, ast.Name)
            and func.id in self.tools
            and self.analysis.resolve(self.scope, func.id).kind == "builtin"
        ):
            self._check_tool_call(node, self.tools[func.id])

    def _check_tool_call(self, node: ast.Call, spec: ToolSpec) -> None:
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return
        positional = [p for p in spec.parameters if p.kind == "positional_or_keyword"]
        accepts_any = any(p.kind == "var_keyword" for p in spec.parameters)
        known = [p.name for p in spec.parameters if p.kind != "var_keyword"]
        signature = f"{spec.name}({', '.join(known)})"
        if len(node.args) > len(positional):
            self.problems.append(
                Problem(
                    f"{spec.name}() takes {len(positional)} positional argument{'s' if len(positional) != 1 else ''} but {len(node.args)} were given",
                    _span(node),
                    f"the tool's signature is {signature}",
                    "TypeError",
                )
            )
            return
        bound = {p.name for p in positional[: len(node.args)]}
        unexpected = False
        for keyword in node.keywords:
            assert keyword.arg is not None
            if keyword.arg in bound:
                self.problems.append(
                    Problem(
                        f"{spec.name}() got multiple values for argument {keyword.arg!r}",
                        _span(keyword),
                        None,
                        "TypeError",
                    )
                )
            elif keyword.arg not in known and not accepts_any:
                unexpected = True
                close = _closest(keyword.arg, known)
                self.problems.append(
                    Problem(
                        f"{spec.name}() got an unexpected keyword argument {keyword.arg!r}"
                        + (f". Did you mean {close!r}?" if close else ""),
                        _span(keyword),
                        f"the tool's signature is {signature}",
                        "TypeError",
                    )
                )
            bound.add(keyword.arg)
        missing = [p.name for p in spec.parameters if p.required and p.name not in bound]
        if missing and not unexpected:
            names = ", ".join(repr(m) for m in missing)
            self.problems.append(
                Problem(
                    f"{spec.name}() missing {len(missing)} required argument{'s' if len(missing) != 1 else ''}: {names}",
                    _span(node),
                    f"the tool's signature is {signature}",
                    "TypeError",
                )
            )

    def visit(self, node: ast.AST) -> None:
        """Like `NodeVisitor.visit`, with the dispatch precomputed per node class (startup cost)."""
        method = _DISPATCH.get(type(node).__name__)
        if method is not None:
            method(self, node)
        else:
            self.generic_visit(node)

    def generic_visit(self, node: ast.AST) -> None:
        unsupported = _UNSUPPORTED.get(type(node))
        if unsupported is not None:
            message, hint = unsupported
            self.problem(node, message, hint)
        visit_children(node, self.visit, _LEAF_FIELDS)


_LEAF_FIELDS = frozenset({"ctx", "op", "ops", "type_comment"})
"""Fields holding operator/context singletons: nothing to check below them."""

_DISPATCH: Mapping[str, Callable[[_Validator, Any], None]] = MappingProxyType(
    {
        name[len("visit_") :]: getattr(_Validator, name)
        for name in dir(_Validator)
        if name.startswith("visit_")
    }
)


def _walk_same_scope(node: ast.AST) -> Iterable[ast.AST]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        yield child
        yield from _walk_same_scope(child)


def validate(
    tree: ast.Module,
    source: str,
    tool_specs: Sequence[ToolSpec],
    builtin_names: Iterable[str],
    limits: Limits | None = None,
    analysis: ScopeAnalysis | None = None,
) -> list[Problem]:
    """Every static problem of `tree`, in source order. `builtin_names`: the run's builtin namespace.
    `analysis` may be passed to share one scope analysis with the compiler."""
    if analysis is None:
        analysis = analyze(tree)
    validator = _Validator(analysis, tool_specs, frozenset(builtin_names), limits or Limits())
    for statement in tree.body:
        validator.visit(statement)
    problems = validator.problems
    problems.sort(key=lambda p: (p.span.line, p.span.col) if p.span else (0, 0))
    return problems
