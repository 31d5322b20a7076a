"""Static validation: every problem the program has before it runs, reported at once.

The model fixes its program from this list, so each problem says what is wrong, where (exact span)
and, where one helps, what to write instead. Checked: constructs the interpreter does not support,
names and attributes starting with `_` (never reachable, except the dunders a program class may
define), names that are not defined anywhere (with a did-you-mean), unknown modules, tool calls with
unknown, missing or duplicated arguments, and every error CPython's symbol table and compiler raise
after parsing, so a program CPython would reject never starts here either: `await`, `yield`,
`return`, `break`, `continue` out of place; `global`/`nonlocal` after use, assignment or
annotation, or naming a parameter; duplicate parameters and repeated keyword arguments; starred
targets and values where CPython allows none; walrus targets it forbids in comprehensions; the
`match` rules (names bound twice, alternatives binding different names, irrefutable cases before
others, duplicate mapping keys); more than 20 nested blocks.
"""

from __future__ import annotations
import __future__

import ast
import difflib
import sys
from collections.abc import Collection, Iterable, Sequence

from ..compile.scope import Scope, ScopeAnalysis, ScopeBuilder, visitor_dispatch
from ..errors import Problem, SourceSpan
from ..host import ToolSpec
from ..limits import Limits
from ..modules import MODULE_FACTORIES
from ..modules.members import MODULE_DECLARATIONS
from ..runtime.registry import (
    USER_DUNDERS,
    cannot_import_message,
    closest_name,
    private_name,
    readable_name,
    refused_name_message,
    writable_name,
)
from .tree import child_nodes

ALLOWED_DUNDER_NAMES = frozenset({"__name__", "__debug__"})
CLASS_DATA_DUNDERS = frozenset({"__doc__", "__name__"})
"""Dunder names a class body may assign (`__doc__` also reads and assigns as a module's name)."""
"""Dunder names a program may read (`if __name__ == "__main__":`, `__debug__`, always True: asserts run)."""

_BUILTIN_VALUE_TYPES = frozenset(
    {"dict", "list", "tuple", "set", "frozenset", "str", "bytes", "int", "float", "bool", "range"}
)
"""Builtin types a program class cannot derive from (program classes derive from program classes,
`object` and the exception classes)."""

_BUILTIN_BASE_HINT = "write a class that keeps a {0} in an attribute and defines the methods it needs"
_BUILTIN_BASE_HINTS = {
    "dict": "for a default value per missing key (`__missing__`) use collections.defaultdict(factory) "
    "or d.get(key, default); otherwise keep the dict in an attribute of your class",
}

MAX_NESTED_BLOCKS = 20
"""CPython's `CO_MAXBLOCKS`: loops, `with` items and `try` parts open at once in one body."""


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


_MODULE_NAMES = frozenset(MODULE_FACTORIES) | {"asyncio"}

_IMPORT_ERROR_CATCHERS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})
_NAME_ERROR_CATCHERS = frozenset({"NameError"})
"""Only a handler that names NameError itself: a typo under `except Exception:` is still reported
before the run (CPython would catch it and carry on, which is rarely what the program meant)."""


def _catches_import_error(
    handler_type: ast.expr | None, catchers: frozenset[str] = _IMPORT_ERROR_CATCHERS
) -> bool:
    """Whether an `except` clause catches the ImportError of a failed import (bare, or naming
    ImportError or one of its bases, alone or in a tuple); with `catchers`, another error."""
    if handler_type is None:
        return catchers is _IMPORT_ERROR_CATCHERS
    names = handler_type.elts if isinstance(handler_type, ast.Tuple) else [handler_type]
    return any(isinstance(name, ast.Name) and name.id in catchers for name in names)


def _is_type_checking(test: ast.expr) -> bool:
    """`if TYPE_CHECKING:` or `if typing.TYPE_CHECKING:` (false at run time, so the body never runs)."""
    if isinstance(test, ast.Attribute):
        return test.attr == "TYPE_CHECKING"
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"


def module_names() -> frozenset[str]:
    """The modules a program can import."""
    return _MODULE_NAMES


_ENUM_DATA_TYPES = frozenset({"int", "str", "float"})
"""Builtin types an enum class may mix in (`class Status(str, Enum)`, `class Code(int, Enum)`)."""


class _Validator(ScopeBuilder):
    """The scope analysis walk (`compile.scope.ScopeBuilder`) plus the static checks, so one pass
    over the tree does both. Checks that need the finished analysis (unknown names, tool calls,
    `nonlocal`) are collected on the way and run once it is complete."""

    def __init__(
        self,
        tree: ast.Module,
        tool_specs: Sequence[ToolSpec],
        builtin_names: Collection[str],
        limits: Limits,
    ) -> None:
        super().__init__(tree)
        self.limits = limits
        self.tools = {spec.name: spec for spec in tool_specs}
        self.builtin_names = builtin_names
        self.problems: list[Problem] = []
        self.loop_depth = 0
        """Loops enclosing the statement being visited, within the current function or class body."""
        self.outer_loop_depths: list[int] = []
        self.loaded_names: list[tuple[Scope, ast.Name]] = []
        """Names read, to check that each is defined once every binding is known."""
        self.tool_calls: list[tuple[Scope, ast.Call, ToolSpec]] = []
        self.nonlocals: list[tuple[Scope, ast.Nonlocal]] = []
        self.class_bases: list[tuple[Scope, ast.Name]] = []
        """Class bases naming a builtin value type (`class Registry(dict)`), refused once it is known
        that the name is the builtin."""
        self.block_depth = 0
        """CPython's compiler blocks (loops, `with`, `try` parts) open around the statement being
        visited, within the current function or class body."""
        self.outer_block_depths: list[int] = []
        self.annotated: dict[Scope, set[str]] = {}
        """Names given an annotation in each scope (`x: int = 1`), for the `global`/`nonlocal` rules."""
        self.starred_bases: set[int] = set()
        """`class C(*bases)`: the one place outside a display or call a starred value may stand."""
        self.postponed_annotations = any(
            isinstance(statement, ast.ImportFrom)
            and statement.module == "__future__"
            and any(alias.name == "annotations" for alias in statement.names)
            for statement in tree.body
        )
        """`from __future__ import annotations`: no annotation is evaluated, so none must name anything."""
        self.import_guards = 0
        self.guarded_loads: set[int] = set()
        """Names read in a `try:` body with an `except NameError` clause, in the code that body runs
        itself (`try: x` / `except NameError:`): an undefined one fails at run time, as in CPython."""
        """Enclosing `try:` bodies that catch ImportError and `if TYPE_CHECKING:` bodies: an unknown
        import there is what CPython runs too (it fails at run time, or never runs), not a problem."""

    def problem(
        self, node: ast.AST, message: str, hint: str | None = None, kind: str = "SyntaxError"
    ) -> None:
        self.problems.append(Problem(message, _span(node), hint, kind))

    def check(self) -> None:
        self.analyze()
        analysis = self.analysis
        tools, builtin_names = self.tools, self.builtin_names
        guarded = self.guarded_loads
        for scope, node in self.loaded_names:
            name = node.id
            if (
                name not in tools
                and name not in builtin_names
                and analysis.resolve(scope, name).kind == "builtin"
                and id(node) not in guarded
            ):
                self._report_undefined(scope, node)
        for scope, call, spec in self.tool_calls:
            assert isinstance(call.func, ast.Name)
            if analysis.resolve(scope, call.func.id).kind == "builtin":
                self._check_tool_call(call, spec)
        for scope, base in self.class_bases:
            if analysis.resolve(scope, base.id).kind == "builtin":
                self.problem(
                    base,
                    f"subclassing the builtin type {base.id!r} is not supported",
                    _BUILTIN_BASE_HINTS.get(base.id, _BUILTIN_BASE_HINT).format(base.id),
                    kind="TypeError",
                )
        for scope, node in self.nonlocals:
            for name in node.names:
                if analysis.resolve(scope, name).kind in ("global", "builtin"):
                    self.problem(node, f"no binding for nonlocal {name!r} found")

    # -- scopes ----------------------------------------------------------------------------

    def _enter(self, scope: Scope) -> Scope:
        self.outer_loop_depths.append(self.loop_depth)
        self.outer_block_depths.append(self.block_depth)
        self.loop_depth = 0
        self.block_depth = 0
        return super()._enter(scope)

    def _leave(self, previous: Scope) -> None:
        self.loop_depth = self.outer_loop_depths.pop()
        self.block_depth = self.outer_block_depths.pop()
        super()._leave(previous)

    def _enclosing_kind(self) -> str:
        """What the code being visited runs in: 'module', 'class', 'lambda', 'def' or 'async'
        (a comprehension runs in its enclosing function's context)."""
        owner = self.scope.owner
        if owner.kind != "function":
            return owner.kind
        if isinstance(owner.node, ast.Lambda):
            return "lambda"
        return "async" if owner.is_async else "def"

    def _check_parameters(self, args: ast.arguments) -> None:
        seen: set[str] = set()
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
            if arg is None:
                continue
            if arg.arg.startswith("__"):
                self.problem(arg, f"parameter names starting with '__' are not allowed: {arg.arg!r}")
            if arg.arg in seen:
                self.problem(arg, f"duplicate argument {arg.arg!r} in function definition")
            seen.add(arg.arg)

    def _refuse_await(self, nodes: list[ast.expr] | list[ast.expr | None], where: str) -> None:
        """`await` where the compiler evaluates without suspending (defaults, decorators, bases,
        comprehension targets) is refused here rather than failing inside the compiler."""
        for expression in nodes:
            if expression is None:
                continue
            for inner in ast.walk(expression):
                if isinstance(inner, ast.Await):
                    self.problem(
                        inner,
                        f"'await' in {where} is not supported",
                        "await it first into a variable, then use the variable",
                    )
                    return

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._check_def_name(node)
        self._check_parameters(node.args)
        self._refuse_await([*node.args.defaults, *node.args.kw_defaults], "a default value")
        self._refuse_await(node.decorator_list, "a decorator")
        ScopeBuilder.visit_FunctionDef(self, node)  # type: ignore[arg-type]

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
        self._check_parameters(node.args)
        self._refuse_await([*node.args.defaults, *node.args.kw_defaults], "a default value")
        ScopeBuilder.visit_Lambda(self, node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._refuse_await([*node.bases, *node.decorator_list], "a base class or class decorator")
        for keyword in node.keywords:
            self.problem(keyword, "class keywords (metaclass=...) are not supported", "use plain inheritance")
        if node.name.startswith("__"):
            self.problem(node, f"names starting with '__' are not allowed: {node.name!r}")
        self.starred_bases.update(id(base) for base in node.bases if type(base) is ast.Starred)
        self.class_bases.extend(
            (self.scope, base)
            for base in node.bases
            if type(base) is ast.Name
            and base.id in _BUILTIN_VALUE_TYPES
            # a data type mixed into an enum (`class Status(str, Enum)`); the class statement
            # refuses any other base that is not a program class when it runs
            and not (len(node.bases) > 1 and base.id in _ENUM_DATA_TYPES)
        )
        ScopeBuilder.visit_ClassDef(self, node)

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> None:
        for generator in node.generators:
            if generator.is_async:
                self.problem(  # an `ast.comprehension` has no position of its own
                    generator.target,
                    "'async for' in a comprehension is not supported",
                    "use `for x in await ...`",
                )
            self._refuse_await([generator.target], "a comprehension's target")
            for inner in (generator.iter, *_walk_same_scope(generator.iter, into_comprehensions=False)):
                if type(inner) is ast.NamedExpr:
                    self.problem(
                        inner, "assignment expression cannot be used in a comprehension iterable expression"
                    )
        if isinstance(node, ast.GeneratorExp) and any(
            isinstance(n, ast.Await) for n in _walk_same_scope(node)
        ):
            self.problem(
                node,
                "'await' inside a generator expression is not supported",
                "use a list comprehension: [await f(x) for x in xs]",
            )
        ScopeBuilder._comprehension(self, node)  # pyright: ignore[reportPrivateUsage]

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_DictComp = _comprehension
    visit_GeneratorExp = _comprehension

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        # The annotation is never evaluated, but what it names must still exist (as CPython evaluates
        # it at module and class level), unless annotations are postponed.
        if not self.postponed_annotations:
            self.visit(node.annotation)
        if type(node.target) is ast.Name:
            self.annotated.setdefault(self.scope, set()).add(node.target.id)
        ScopeBuilder.visit_AnnAssign(self, node)

    # -- names and attributes --------------------------------------------------------------

    def visit_Name(self, node: ast.Name) -> None:
        name = node.id
        scope = self.scope
        if type(node.ctx) is ast.Load and not name.startswith("__"):
            # The most frequent node: `ScopeBuilder.visit_Name` inlined for a read.
            scope.used[name] = None
            self.loaded_names.append((scope, node))
        else:
            ScopeBuilder.visit_Name(self, node)
            self._check_name(node)

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self._check_name(node.target)
        scope = self.scope
        if scope.kind == "comprehension":
            name = node.target.id
            while scope.kind == "comprehension":
                comprehension = scope.node
                assert isinstance(comprehension, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp)
                if any(
                    type(n) is ast.Name and n.id == name
                    for generator in comprehension.generators
                    for n in ast.walk(generator.target)
                ):
                    self.problem(
                        node, f"assignment expression cannot rebind comprehension iteration variable {name!r}"
                    )
                    break
                assert scope.parent is not None
                scope = scope.parent
            if scope.kind == "class":
                self.problem(
                    node, "assignment expression within a comprehension cannot be used in a class body"
                )
        ScopeBuilder.visit_NamedExpr(self, node)

    # -- starred values and targets, keyword arguments ---------------------------------------

    def _elements(self, node: ast.Tuple | ast.List | ast.Set) -> None:
        """A starred item may stand in a display or a target list (one per target list)."""
        storing = type(node) is not ast.Set and type(node.ctx) is ast.Store  # type: ignore[union-attr]
        stars = 0
        for element in node.elts:
            if type(element) is ast.Starred:
                stars += 1
                if storing and stars == 2:
                    self.problem(element, "multiple starred expressions in assignment")
                self.visit(element.value)
            else:
                self.visit(element)

    visit_Tuple = _elements
    visit_List = _elements
    visit_Set = _elements

    def visit_Starred(self, node: ast.Starred) -> None:
        """Reached only where CPython's compiler rejects a starred item (displays and calls visit
        their items' values directly)."""
        if id(node) not in self.starred_bases:
            if type(node.ctx) is ast.Store:
                self.problem(node, "starred assignment target must be in a list or tuple")
            else:
                self.problem(node, "can't use starred expression here")
        self.visit(node.value)

    def _check_name(self, node: ast.Name) -> None:
        name = node.id
        if name in CLASS_DATA_DUNDERS and (self.scope.kind == "class" or name == "__doc__"):
            # a namespace's documentation (a module's, or a class's: its docstring), and a class's
            # own `__name__ = ...` (which its instances read; the class keeps its name)
            if type(node.ctx) is ast.Load:
                self.loaded_names.append((self.scope, node))
        elif name in USER_DUNDERS and self.scope.kind == "class":
            # `__repr__ = __str__`, `__call__ = run`, `__hash__ = None` in a class body: the
            # class's own special methods, under their names
            if type(node.ctx) is ast.Load:
                self.loaded_names.append((self.scope, node))
        elif name.startswith("__") and name not in ALLOWED_DUNDER_NAMES:
            self.problem(
                node,
                f"names starting with '__' are not allowed: {name!r}",
                "rename it without the underscores",
            )
        elif type(node.ctx) is ast.Load:
            self.loaded_names.append((self.scope, node))
        elif name in ALLOWED_DUNDER_NAMES:
            self.problem(node, f"cannot assign to {name!r}")

    def _report_undefined(self, scope: Scope, node: ast.Name) -> None:
        name = node.id
        candidates = set(self.builtin_names) | set(self.tools) | _visible_names(scope)
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

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr[0] == "_":
            self._check_attribute_name(node, node.attr, writing=not isinstance(node.ctx, ast.Load))
        self.visit(node.value)

    def visit_MatchClass(self, node: ast.MatchClass) -> None:
        for name in node.kwd_attrs:  # `case Point(x=0)` reads `subject.x`
            self._check_attribute_name(node, name, writing=False)
        self.walk_children(node)

    def _check_attribute_name(self, node: ast.AST, name: str, writing: bool) -> None:
        """`registry`'s name rule, applied to the names the source spells out. A private name
        (`self._items`) passes here; the object it is used on is checked when it runs."""
        if (writable_name(name) if writing else readable_name(name)) or private_name(name):
            return
        if name[:2] == "__":
            hint = (
                "special attributes do not exist for programs (`__name__`, `__class__`, `__doc__` and the"
                " special methods of your own classes aside): use `type(x)` and `isinstance`"
            )
        elif name[:4] == "_ptc":
            hint = f"rename it, e.g. to {'_own' + name[4:]!r}"
        else:
            hint = f"rename it, e.g. to {'_' + (name.strip('_') or 'value')!r}"
        self.problem(node, refused_name_message(name), hint)

    def visit_Global(self, node: ast.Global) -> None:
        if self.scope.kind != "module":
            for name in node.names:
                if name.startswith("__"):
                    self.problem(node, f"names starting with '__' are not allowed: {name!r}")
        self._check_declaration(node, "global")
        ScopeBuilder.visit_Global(self, node)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self._check_declaration(node, "nonlocal")
        ScopeBuilder.visit_Nonlocal(self, node)
        if self.scope.kind == "module":
            self.problem(node, "nonlocal declaration not allowed at module level")
            return
        self.nonlocals.append((self.scope, node))

    def _check_declaration(self, node: ast.Global | ast.Nonlocal, keyword: str) -> None:
        """CPython's symbol table rules: a `global`/`nonlocal` name must not already be a parameter,
        used, annotated or assigned in the same scope, nor be declared both ways."""
        scope = self.scope
        other_names = scope.nonlocal_names if keyword == "global" else scope.global_names
        for name in node.names:
            if name in scope.params:
                message = f"name {name!r} is parameter and {keyword}"
            elif name in other_names:
                message = f"name {name!r} is nonlocal and global"
            elif name in scope.used and any(s is scope and n.id == name for s, n in self.loaded_names):
                message = f"name {name!r} is used prior to {keyword} declaration"
            elif name in self.annotated.get(scope, ()):
                message = f"annotated name {name!r} can't be {keyword}"
            elif name in scope.bound:
                message = f"name {name!r} is assigned to before {keyword} declaration"
            else:
                continue
            self.problem(node, message)

    # -- match -----------------------------------------------------------------------------

    def visit_Match(self, node: ast.Match) -> None:
        """CPython's compile-time pattern rules: no name bound twice, alternatives binding the same
        names, no irrefutable case (or alternative) before others, no duplicate literal keys, one
        star per sequence, no repeated class-pattern attribute."""
        last = len(node.cases) - 1
        for index, case in enumerate(node.cases):
            self._check_pattern(case.pattern, [], allow_irrefutable=index == last or case.guard is not None)
        self.walk_children(node)

    def _check_pattern(self, node: ast.pattern, stores: list[str], allow_irrefutable: bool) -> None:
        if isinstance(node, ast.MatchAs):
            if node.pattern is None and not allow_irrefutable:
                if node.name:
                    self.problem(node, f"name capture {node.name!r} makes remaining patterns unreachable")
                else:
                    self.problem(node, "wildcard makes remaining patterns unreachable")
            if node.pattern is not None:
                self._check_pattern(node.pattern, stores, allow_irrefutable)
            self._store_capture(node, node.name, stores)
        elif isinstance(node, ast.MatchOr):
            bound: list[str] | None = None
            last = len(node.patterns) - 1
            for index, alternative in enumerate(node.patterns):
                names: list[str] = []
                self._check_pattern(alternative, names, allow_irrefutable and index == last)
                if bound is None:
                    bound = names
                elif set(names) != set(bound):
                    self.problem(alternative, "alternative patterns bind different names")
            for name in bound or ():
                self._store_capture(node, name, stores)
        elif isinstance(node, ast.MatchSequence):
            stars = [p for p in node.patterns if isinstance(p, ast.MatchStar)]
            if len(stars) > 1:
                self.problem(stars[1], "multiple starred names in sequence pattern")
            for item in node.patterns:
                self._check_pattern(item, stores, True)
        elif isinstance(node, ast.MatchStar):
            self._store_capture(node, node.name, stores)
        elif isinstance(node, ast.MatchMapping):
            seen: set[object] = set()
            for key in node.keys:
                constant = _folded_constant(key)
                if constant is not _NOT_CONSTANT:
                    if constant in seen:
                        self.problem(key, f"mapping pattern checks duplicate key ({constant!r})")
                    seen.add(constant)
            for item in node.patterns:
                self._check_pattern(item, stores, True)
            self._store_capture(node, node.rest, stores)
        elif isinstance(node, ast.MatchClass):
            self._check_repeated(node.kwd_attrs, node, "attribute name repeated in class pattern: {}")
            for item in (*node.patterns, *node.kwd_patterns):
                self._check_pattern(item, stores, True)

    def _store_capture(self, node: ast.pattern, name: str | None, stores: list[str]) -> None:
        if name is None:
            return
        if name in stores:
            self.problem(node, f"multiple assignments to name {name!r} in pattern")
        stores.append(name)

    # -- imports ---------------------------------------------------------------------------

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.walk_children(node)
            return
        self.visit(node.test)
        self.import_guards += 1
        for statement in node.body:
            self.visit(statement)
        self.import_guards -= 1
        for statement in node.orelse:
            self.visit(statement)

    def _check_module(self, node: ast.AST, name: str) -> None:
        modules = module_names()
        if name not in modules and not self.import_guards:
            available = ", ".join(sorted(modules))
            package = name.partition(".")[0]
            if package in sys.stdlib_module_names:  # CPython has it; the sandbox does not offer it
                message, kind = f"module {name!r} is not available", "ImportError"
            else:  # no such module in CPython either: its own error
                message, kind = f"No module named {package!r}", "ModuleNotFoundError"
            self.problems.append(Problem(message, _span(node), f"available modules: {available}", kind))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._check_module(node, alias.name)
            if alias.asname and alias.asname.startswith("__"):
                self.problem(node, f"names starting with '__' are not allowed: {alias.asname!r}")
        ScopeBuilder.visit_Import(self, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        ScopeBuilder.visit_ImportFrom(self, node)  # bound even when refused: no follow-on NameErrors
        if node.level:  # a program is a `__main__` with no package: CPython's run-time error
            self.problem(
                node,
                "attempted relative import with no known parent package",
                "import the module by its absolute name",
                kind="ImportError",
            )
            return
        module = node.module or ""
        if module == "__future__":
            for alias in node.names:
                if alias.name not in __future__.all_feature_names:
                    self.problem(node, f"future feature {alias.name} is not defined")
            return
        self._check_module(node, module)
        declaration = MODULE_DECLARATIONS.get(module)
        for alias in node.names:
            if alias.name == "*":
                self.problem(node, "'from ... import *' is not supported", "import the names you use")
            elif alias.name.startswith("_"):
                self.problem(node, f"names starting with '_' cannot be imported: {alias.name!r}")
            elif declaration is not None and alias.name not in declaration.members and not self.import_guards:
                message = cannot_import_message(alias.name, module)
                close = closest_name(alias.name, declaration.members)
                if close is not None:
                    message += f". Did you mean {close!r}?"
                self.problem(node, message, kind="ImportError")

    # -- context rules ---------------------------------------------------------------------

    def visit_Constant(self, node: ast.Constant) -> None:
        limits = self.limits
        value = node.value
        # Exact type tests (cheaper than `isinstance` with a union): literals are never subclass
        # instances, and a bool is never too big.
        if (type(value) is str or type(value) is bytes) and len(value) > limits.max_string_length:
            self.problems.append(
                Problem(
                    f"literal of {len(value)} characters exceeds the limit of {limits.max_string_length}",
                    _span(node),
                    "pass large data through a tool instead of the program text",
                    "LimitExceeded",
                )
            )
        elif type(value) is int and value.bit_length() > limits.max_int_bits:
            self.problems.append(
                Problem(
                    f"integer literal of {value.bit_length()} bits exceeds the limit of {limits.max_int_bits}",
                    _span(node),
                    None,
                    "LimitExceeded",
                )
            )

    def visit_Await(self, node: ast.Await) -> None:
        kind = self._enclosing_kind()
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
        if self._enclosing_kind() in ("def", "lambda", "class"):
            self.problem(node, "'async with' outside an async function", "make the function `async def`")
        self.visit_With(node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> None:
        self.problem(
            node, "'async for' is not supported", "use `for x in await ...` or `asyncio.gather(...)`"
        )
        self._loop(node)

    def visit_TryStar(self, node: ast.TryStar) -> None:
        self.problem(node, "'except*' is not supported", "use a plain `except` clause")
        self.visit_Try(node)

    def visit_Yield(self, node: ast.Yield | ast.YieldFrom) -> None:
        kind = self._enclosing_kind()
        if kind == "async":
            self.problem(
                node,
                "async generators ('yield' inside 'async def') are not supported",
                "collect the values in a list and return it",
            )
        elif kind == "lambda":
            self.problem(
                node, "'yield' inside a lambda is not supported", "write a generator function with def"
            )
        elif kind != "def" or self.scope.kind != "function":
            self.problem(node, "'yield' outside function")
        if node.value is not None:
            self.visit(node.value)

    visit_YieldFrom = visit_Yield

    def visit_Return(self, node: ast.Return) -> None:
        if self.scope.owner.kind in ("module", "class"):
            self.problem(
                node, "'return' outside function", "the value of the program's last expression is its result"
            )
        if node.value is not None:
            self.visit(node.value)

    def _loop(self, node: ast.For | ast.AsyncFor | ast.While) -> None:
        if isinstance(node, ast.While):
            self.visit(node.test)
        else:
            self.visit(node.target)
            self.visit(node.iter)
        self.loop_depth += 1
        self._block(node, node.body, 1)
        self.loop_depth -= 1
        for statement in node.orelse:
            self.visit(statement)

    def _block(self, node: ast.stmt, body: list[ast.stmt], blocks: int) -> None:
        """Visit `body` inside `blocks` more of CPython's compiler blocks (it allows 20 at once)."""
        depth = self.block_depth + blocks
        if depth > MAX_NESTED_BLOCKS and self.block_depth <= MAX_NESTED_BLOCKS:
            self.problem(node, "too many statically nested blocks")
        self.block_depth, outer = depth, self.block_depth
        for statement in body:
            self.visit(statement)
        self.block_depth = outer

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            self.visit(item)
        self._block(node, node.body, len(node.items))

    def visit_Try(self, node: ast.Try | ast.TryStar) -> None:
        finally_blocks = 1 if node.finalbody else 0
        guarded = any(_catches_import_error(handler.type) for handler in node.handlers)
        self.import_guards += guarded
        first_load = len(self.loaded_names)
        self._block(node, node.body, 1 + finally_blocks if node.handlers else finally_blocks)
        self.import_guards -= guarded
        if any(_catches_import_error(handler.type, _NAME_ERROR_CATCHERS) for handler in node.handlers):
            owner = self.scope.owner
            self.guarded_loads.update(
                id(name) for scope, name in self.loaded_names[first_load:] if scope.owner is owner
            )
        for index, handler in enumerate(node.handlers):
            if handler.type is None and index < len(node.handlers) - 1:
                self.problem(handler, "default 'except:' must be last")
            if handler.type is not None:
                self.visit(handler.type)
            if handler.name:
                self.scope.bind(handler.name)
            self._block(node, handler.body, 2 + finally_blocks)  # the handler and its cleanup
        self._block(node, node.orelse, finally_blocks)
        self._block(node, node.finalbody, 1)

    visit_For = _loop
    visit_While = _loop

    def visit_Break(self, node: ast.Break) -> None:
        if self.loop_depth == 0:
            self.problem(node, "'break' outside loop")

    def visit_Continue(self, node: ast.Continue) -> None:
        if self.loop_depth == 0:
            self.problem(node, "'continue' not properly in loop")

    def visit_Call(self, node: ast.Call) -> None:
        self.visit(node.func)
        for argument in node.args:
            self.visit(argument.value if type(argument) is ast.Starred else argument)
        keywords = node.keywords
        if len(keywords) > 1:
            self._check_repeated(
                [k.arg for k in keywords if k.arg is not None], node, "keyword argument repeated: {}"
            )
        for keyword in keywords:
            self.visit(keyword.value)
        func = node.func
        if isinstance(func, ast.Name):
            spec = self.tools.get(func.id)
            if spec is not None:
                self.tool_calls.append((self.scope, node, spec))

    def _check_repeated(self, names: list[str], node: ast.AST, message: str) -> None:
        seen: set[str] = set()
        for name in names:
            if name in seen:
                self.problem(node, message.format(name))
                return
            seen.add(name)

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


_Validator.dispatch = visitor_dispatch(_Validator, ScopeBuilder.dispatch)


def _visible_names(scope: Scope | None) -> set[str]:
    names: set[str] = set()
    while scope is not None:
        names.update(scope.bound)
        scope = scope.parent
    return names


_NOT_CONSTANT = object()


def _folded_constant(node: ast.expr) -> object:
    """The value of a mapping-pattern key as CPython's constant folding sees it (`-1`, `1+2j`)."""
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_CONSTANT
    return value if isinstance(value, int | float | complex | str | bytes | None) else _NOT_CONSTANT


def _walk_same_scope(node: ast.AST, into_comprehensions: bool = True) -> Iterable[ast.AST]:
    """`node`'s descendants that run in its scope (not in nested functions or, unless asked, in
    nested comprehensions)."""
    stack = child_nodes(node)
    while stack:
        child = stack.pop()
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if not into_comprehensions and isinstance(
            child, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp
        ):
            continue
        yield child
        stack.extend(child_nodes(child))


def validate(
    tree: ast.Module,
    tool_specs: Sequence[ToolSpec],
    builtin_names: Collection[str],
    limits: Limits | None = None,
) -> tuple[list[Problem], ScopeAnalysis]:
    """Every static problem of `tree`, in source order, and its scope analysis (one walk does both;
    the compiler uses the analysis). `builtin_names`: the run's builtin namespace."""
    validator = _Validator(tree, tool_specs, builtin_names, limits or Limits())
    validator.check()
    problems = validator.problems
    problems.sort(key=lambda p: (p.span.line, p.span.col) if p.span else (0, 0))
    return problems, validator.analysis
