"""Where each variable lives: scope analysis that turns names into frame slots before compiling.

Every function (and the module, and each class body) runs on a flat list, its *frame*; every name
it binds gets a fixed slot index, so a variable access is a list index, not a dict lookup.
Comprehensions bind their targets in extra slots of the enclosing frame (they do not leak: no
other scope can resolve to those slots). A variable read by a nested function becomes a cell in the
defining frame and a free variable (a slot holding the same cell) in every frame in between. Module
level names are read directly from the module frame by every function (`global`).

The validator extends the same walk (`parse.validate`), so validating and analysing a program is
one pass over its tree, and reports unknown names from this analysis.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar, Literal

from ..parse.tree import CHILD_FIELDS, generic_children

ScopeKind = Literal["module", "function", "class", "comprehension"]
AccessKind = Literal["fast", "cell", "global", "builtin"]

RETURN_SLOT = 0
"""Slot 0 of every frame holds the value being returned."""


class Scope:
    """One function, class body, comprehension or the module: the names it binds and how."""

    def __init__(self, kind: ScopeKind, node: ast.AST, parent: Scope | None, name: str) -> None:
        self.kind: ScopeKind = kind
        self.node = node
        self.parent = parent
        self.name = name
        self.bound: dict[str, int] = {}
        """Names bound in this scope -> slot in the owner frame."""
        self.global_names: set[str] = set()
        self.nonlocal_names: set[str] = set()
        self.cells: set[str] = set()
        """Names of this scope captured by nested functions (stored as `Cell`s)."""
        self.free: dict[str, int] = {}
        """Free variables (frame owners only): name -> slot holding the enclosing frame's cell."""
        self.deleted: set[str] = set()
        self.nslots = 1
        self.params: list[str] = []
        self.is_async = False
        self.super_slot: int | None = None
        """Slot holding the running function object, when the body calls zero-argument `super()`."""
        self.handling_slot: int | None = None
        """Slot holding the exception being handled (for a bare `raise`), once code needs it."""
        self.used: dict[str, None] = {}
        """Names read, written or deleted in this scope, in first-use order."""
        self.resolutions: dict[str, Resolution] = {}
        """`ScopeAnalysis.resolve` results, memoized once the analysis is complete."""

    @property
    def owner(self) -> Scope:
        scope = self
        while scope.kind == "comprehension":
            assert scope.parent is not None
            scope = scope.parent
        return scope

    def alloc(self) -> int:
        owner = self.owner
        slot = owner.nslots
        owner.nslots += 1
        return slot

    def bind(self, name: str) -> None:
        if name not in self.bound:
            self.bound[name] = self.alloc()

    def is_frame_owner(self) -> bool:
        return self.kind != "comprehension"


@dataclass(slots=True)
class Resolution:
    kind: AccessKind
    slot: int = -1


class ScopeAnalysis:
    """Scopes of one module: build with `analyze(tree)`, then `resolve(scope, name)`."""

    def __init__(self, tree: ast.Module) -> None:
        self.module = Scope("module", tree, None, "<module>")
        self.scopes: dict[ast.AST, Scope] = {tree: self.module}
        self.declared_globals: set[str] = set()
        self.complete = False
        """Set once every use is resolved: from then on resolutions no longer change (and are memoized)."""

    def scope_of(self, node: ast.AST) -> Scope:
        return self.scopes[node]

    def resolve(self, scope: Scope, name: str) -> Resolution:
        """How code in `scope` reads or writes `name` (marks cells/free variables as a side effect)."""
        if not self.complete:
            return self._resolve(scope, name)
        resolution = scope.resolutions.get(name)
        if resolution is None:
            resolution = scope.resolutions[name] = self._resolve(scope, name)
        return resolution

    def _resolve(self, scope: Scope, name: str) -> Resolution:
        module = self.module
        if scope.kind == "module":
            return Resolution("global", module.bound[name]) if name in module.bound else Resolution("builtin")
        if name in scope.global_names:
            return self._global(name)
        if name in scope.bound and name not in scope.nonlocal_names:
            return Resolution("cell" if name in scope.cells else "fast", scope.bound[name])
        crossed: list[Scope] = []
        current = scope
        while True:
            if current.is_frame_owner():
                crossed.append(current)
            parent = current.parent
            assert parent is not None
            if parent.kind == "module":
                return self._global(name)
            if parent.kind == "class":
                current = parent
                continue
            if name in parent.global_names:
                return self._global(name)
            if name in parent.bound and name not in parent.nonlocal_names:
                if not crossed:
                    return Resolution("cell" if name in parent.cells else "fast", parent.bound[name])
                parent.cells.add(name)
                for owner in crossed:
                    if name not in owner.free:
                        owner.free[name] = owner.alloc()
                return Resolution("cell", scope.owner.free[name])
            current = parent

    def class_fallback(self, name: str) -> Resolution:
        """Where a class body reads a name it binds but has not bound yet: CPython's `LOAD_NAME`
        looks in the class namespace, then the globals and builtins, never an enclosing function
        (`x = 5` then `class C: x = x + 1` gives 6)."""
        return self._global(name)

    def _global(self, name: str) -> Resolution:
        module = self.module
        if name in module.bound:
            return Resolution("global", module.bound[name])
        return Resolution("builtin")

    def mark_all(self) -> None:
        """Resolve every name use once so that cells and free variables are known before compiling."""
        for scope in self.scopes.values():
            if scope.kind == "module":
                continue  # module-level code reads globals and builtins only: nothing to mark
            for name in sorted(scope.nonlocal_names):  # sorted: cells and slots never depend on hashing
                self._resolve(scope, name)
            for name in scope.used:
                self._resolve(scope, name)
        self.complete = True


def analyze(tree: ast.Module) -> ScopeAnalysis:
    return ScopeBuilder(tree).analyze()


class ScopeBuilder:
    """The walk that builds a `ScopeAnalysis`; `parse.validate` extends it with the static checks.

    `dispatch` maps a node class to the method handling it; any other node's children are walked
    generically (`parse.tree.CHILD_FIELDS`).
    """

    dispatch: ClassVar[Mapping[type[ast.AST], Callable[[Any, Any], None]]] = MappingProxyType({})

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.analysis = ScopeAnalysis(tree)
        self.scope = self.analysis.module
        """The scope of the code being visited."""

    def analyze(self) -> ScopeAnalysis:
        analysis = self.analysis
        for statement in self.tree.body:
            self.visit(statement)
        for name in analysis.declared_globals:
            analysis.module.bind(name)
        analysis.mark_all()
        return analysis

    def _new(self, kind: ScopeKind, node: ast.AST, name: str) -> Scope:
        scope = Scope(kind, node, self.scope, name)
        self.analysis.scopes[node] = scope
        return scope

    def _enter(self, scope: Scope) -> Scope:
        previous = self.scope
        self.scope = scope
        return previous

    def _leave(self, previous: Scope) -> None:
        self.scope = previous

    # -- binding ---------------------------------------------------------------------------

    def visit_Name(self, node: ast.Name) -> None:
        scope = self.scope
        name = node.id
        scope.used[name] = None
        context = type(node.ctx)
        if context is not ast.Load:
            scope.bind(name)
            if context is ast.Del:
                scope.deleted.add(name)

    def visit_Constant(self, node: ast.Constant) -> None:
        return None

    def visit_Global(self, node: ast.Global) -> None:
        self.scope.global_names.update(node.names)
        self.analysis.declared_globals.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope.nonlocal_names.update(node.names)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.scope.bind(alias.asname or alias.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name != "*":
                self.scope.bind(alias.asname or alias.name)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is not None:
            self.visit(node.type)
        if node.name:
            self.scope.bind(node.name)
        for statement in node.body:
            self.visit(statement)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.visit(node.value)
        target_scope = self.scope
        while target_scope.kind == "comprehension":
            assert target_scope.parent is not None
            target_scope = target_scope.parent
        target_scope.bind(node.target.id)
        self.scope.used[node.target.id] = None

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.pattern is not None:
            self.visit(node.pattern)
        if node.name:
            self.scope.bind(node.name)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name:
            self.scope.bind(node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        self.walk_children(node)
        if node.rest:
            self.scope.bind(node.rest)

    # -- new scopes ------------------------------------------------------------------------

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, name: str) -> None:
        args = node.args
        for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
            self.visit(default)
        scope = self._new("function", node, name)
        scope.is_async = isinstance(node, ast.AsyncFunctionDef)
        params = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
        if args.vararg:
            params.append(args.vararg.arg)
        if args.kwarg:
            params.append(args.kwarg.arg)
        scope.params = params
        for param in params:
            scope.bind(param)
        previous = self._enter(scope)
        if isinstance(node, ast.Lambda):
            self.visit(node.body)
        else:
            for statement in node.body:
                self.visit(statement)
        self._leave(previous)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.scope.bind(node.name)
        self._function(node, node.name)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.scope.bind(node.name)
        self._function(node, node.name)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._function(node, "<lambda>")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        for base in node.bases:
            self.visit(base)
        for keyword in node.keywords:
            self.visit(keyword.value)
        self.scope.bind(node.name)
        scope = self._new("class", node, node.name)
        previous = self._enter(scope)
        for statement in node.body:
            self.visit(statement)
        self._leave(previous)

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        generators = node.generators
        self.visit(generators[0].iter)
        scope = self._new("comprehension", node, "<comprehension>")
        previous = self._enter(scope)
        for index, generator in enumerate(generators):
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
        self._leave(previous)

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_GeneratorExp = _comprehension
    visit_DictComp = _comprehension

    def visit_arg(self, node: ast.arg) -> None:  # annotations are never evaluated
        return None

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.visit(node.target)
        if node.value is not None:
            self.visit(node.value)

    def visit(self, node: ast.AST) -> None:
        self.dispatch.get(type(node), ScopeBuilder.walk_children)(self, node)

    def walk_children(self, node: ast.AST) -> None:
        # Dispatches each child itself rather than through `visit`: a Python call less per node.
        dispatch = self.dispatch
        walk = ScopeBuilder.walk_children
        fields = CHILD_FIELDS.get(type(node))
        if fields is None:
            for child in generic_children(node):
                dispatch.get(type(child), walk)(self, child)
            return
        for field_name, is_list in fields:
            if is_list:
                items: list[ast.AST | None] = getattr(node, field_name)
                for item in items:
                    if item is not None:  # `Dict.keys` and `arguments.kw_defaults` hold None
                        dispatch.get(type(item), walk)(self, item)
            else:
                child: ast.AST | None = getattr(node, field_name)
                if child is not None:
                    dispatch.get(type(child), walk)(self, child)


def visitor_dispatch(
    visitor_class: type[ScopeBuilder], inherited: Mapping[type[ast.AST], Callable[[Any, Any], None]]
) -> Mapping[type[ast.AST], Callable[[Any, Any], None]]:
    """`inherited` overlaid with the `visit_<NodeClass>` methods `visitor_class` itself defines.
    The base table sends every other known node class straight to `walk_children`."""
    table = dict(inherited) if inherited else dict.fromkeys(CHILD_FIELDS, ScopeBuilder.walk_children)
    for name, method in vars(visitor_class).items():
        if name.startswith("visit_"):
            table[getattr(ast, name[len("visit_") :])] = method
    return MappingProxyType(table)


ScopeBuilder.dispatch = visitor_dispatch(ScopeBuilder, {})
