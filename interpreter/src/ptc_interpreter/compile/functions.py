"""`def`, `async def`, `lambda` and `class`: compiled bodies plus the code that binds a call.

A program function's call builds a fresh frame (a list) with the arguments in their slots, turns
captured variables into cells, copies the closure's cells into the free-variable slots, charges a
step and checks the recursion depth, then runs the body. The common case (positional arguments that
match the parameters exactly) is a single list build. `async def` returns a `ProgramCoroutine`
wrapping the body's generator; nothing runs until it is awaited or scheduled.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Generator
from typing import Any

from ..parse.mangle import written_name
from ..parse.tree import child_nodes
from ..runtime.budget import materialize
from ..runtime.exceptions import (
    PROGRAM_EXCEPTIONS,
    ProgramRecursionError,
    leaving_program_generator,
    note_frame,
    note_position,
    recursion_error,
    source_span,
)
from ..runtime.native import missing_arguments, too_many_positional
from ..runtime.objects import (
    UNBOUND,
    Cell,
    ClassBody,
    ClassSpec,
    FunctionCode,
    InlineCall,
    ProgramClassMeta,
    ProgramCoroutine,
    ProgramFunction,
    ProgramGenerator,
    class_builder,
    make_class,
)
from .base import CompilerBase, Eval, Frame, span_of
from .expressions import PARTS_PER_STEP, WIDE_EXPRESSION
from .scope import RETURN_SLOT, Scope

Gen = Generator[Any, Any, Any]

MANY_SLOTS = 64
"""A call of a function with more local variables than this costs a step per this many (its frame is
allocated per call), besides a step per 4 parameters past `WIDE_EXPRESSION`."""

_EXCEPTION_BASES = frozenset(PROGRAM_EXCEPTIONS.values())


def _uses_zero_arg_super(node: ast.AST) -> bool:
    stack = [node]
    while stack:
        child = stack.pop()
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Name)
            and child.func.id == "super"
            and not child.args
        ):
            return True
        stack.extend(child_nodes(child))
    return False


def is_generator_function(node: ast.AST) -> bool:
    """Whether `yield` occurs in the function's own body (not in nested functions)."""
    if isinstance(node, ast.Lambda):
        return False
    stack = child_nodes(node)
    while stack:
        child = stack.pop()
        if isinstance(child, ast.Yield | ast.YieldFrom):
            return True
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            continue
        stack.extend(child_nodes(child))
    return False


class FunctionCompiler(CompilerBase):
    def _closure_sources(self, scope: Scope, outer: Scope) -> list[int]:
        sources: list[int] = []
        for name in scope.free:
            res = self.analysis.resolve(outer, name)
            if res.kind != "cell":  # pragma: no cover - scope analysis guarantees a cell
                raise AssertionError(f"free variable {name!r} is not a cell in the enclosing scope")
            sources.append(res.slot)
        return sources

    def function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, name: str) -> Eval:
        """A closure evaluating the `def`/`lambda`: defaults now, a new `ProgramFunction` each time."""
        args = node.args
        defaults = [self.ev(d) for d in args.defaults]
        kw_defaults = [
            (a.arg, self.ev(d))
            for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
            if d is not None
        ]
        outer = self.scope
        scope = self.analysis.scope_of(node)
        is_async = isinstance(node, ast.AsyncFunctionDef)
        qualname = self.qualname_prefix + name
        if outer.kind == "class" and self.has_super and _uses_zero_arg_super(node):
            scope.super_slot = scope.alloc()
        previous_scope, previous_async, previous_prefix = self.scope, self.in_async, self.qualname_prefix
        self.scope, self.in_async, self.qualname_prefix = scope, is_async, qualname + ".<locals>."
        try:
            returns_expression = isinstance(node, ast.Lambda) or (
                not is_async
                and len(node.body) == 1
                and isinstance(node.body[0], ast.Return)
                and node.body[0].value is not None
                and not (self.has_yield and is_generator_function(node))
            )
            if isinstance(node, ast.Lambda):
                body_async, body = False, self.ev(node.body)
            elif returns_expression:
                # `def f(x): return expr` runs the expression directly (no block, no signal)
                statement = node.body[0]
                assert isinstance(statement, ast.Return) and statement.value is not None
                body_async, body = False, self.ev(statement.value)
            else:
                body_async, body = self.block(node.body)
        finally:
            self.scope, self.in_async, self.qualname_prefix = previous_scope, previous_async, previous_prefix
        doc = None if isinstance(node, ast.Lambda) else ast.get_docstring(node, clean=False)
        code = FunctionCode(name, qualname, source_span(node), is_async, _no_invoke, doc)
        code.annotations = self._function_annotations(node)
        code.invoke = self._invoke(node, scope, code, body, body_async, returns_expression)
        closure_sources = self._closure_sources(scope, outer)

        def make_function(f: Frame) -> ProgramFunction:
            closure = tuple([f[slot] for slot in closure_sources]) if closure_sources else ()
            kwdefaults = {k: ev(f) for k, ev in kw_defaults} if kw_defaults else {}
            return ProgramFunction(code, tuple([d(f) for d in defaults]), kwdefaults, closure)

        return make_function

    def _invoke(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
        scope: Scope,
        code: FunctionCode,
        body: Any,
        body_async: bool,
        returns_expression: bool,
    ) -> Callable[[ProgramFunction, tuple[Any, ...], dict[str, Any] | None], Any]:
        rt = self.rt
        ctx = self.ctx
        args = node.args
        name = code.name
        qualname = code.qualname
        positional = [a.arg for a in (*args.posonlyargs, *args.args)]
        positional_only = {a.arg for a in args.posonlyargs}
        kwonly = [a.arg for a in args.kwonlyargs]
        count = len(positional)
        nslots = scope.nslots
        slot_of = scope.bound
        vararg_slot = slot_of[args.vararg.arg] if args.vararg else None
        kwarg_slot = slot_of[args.kwarg.arg] if args.kwarg else None
        keyword_slots = {n: slot_of[n] for n in (*positional, *kwonly) if n not in positional_only}
        pad = [UNBOUND] * (nslots - 1 - count)
        exact_fast = vararg_slot is None and kwarg_slot is None and not kwonly
        params = set(scope.params)
        cell_params = [slot_of[n] for n in scope.params if n in scope.cells]
        cell_locals = [slot for n, slot in slot_of.items() if n in scope.cells and n not in params]
        free_slots = list(scope.free.values())
        super_slot = scope.super_slot
        needs_setup = bool(cell_params or cell_locals or free_slots or super_slot is not None)
        max_depth = rt.max_depth
        single_statement = node.body[0] if returns_expression and not isinstance(node, ast.Lambda) else None

        def bind(
            function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
        ) -> Frame:
            f: Frame = [UNBOUND] * nslots
            f[RETURN_SLOT] = None
            given = too_many = len(call_args)
            if given > count:
                if vararg_slot is not None:
                    f[vararg_slot] = tuple(call_args[count:])
                    too_many = 0
                given = count
            else:
                too_many = 0
                if vararg_slot is not None:
                    f[vararg_slot] = ()
            for index in range(given):
                f[1 + index] = call_args[index]
            extra: dict[str, Any] | None = {} if kwarg_slot is not None else None
            if kwargs:
                for key, value in kwargs.items():
                    slot = keyword_slots.get(key)
                    if slot is None:
                        if extra is None:
                            passed = [name for name in kwargs if name in positional_only]
                            if passed:
                                raise TypeError(
                                    f"{qualname}() got some positional-only arguments passed as keyword "
                                    f"arguments: {', '.join(map(repr, passed))}"
                                )
                            raise TypeError(
                                f"{qualname}() got an unexpected keyword argument '{key}'"
                            )  # quoted, not repr
                        extra[key] = value
                    elif f[slot] is not UNBOUND:
                        raise TypeError(f"{qualname}() got multiple values for argument {key!r}")
                    else:
                        f[slot] = value
            if too_many:  # after the keywords, as CPython: an unknown keyword is reported first
                raise too_many_positional(qualname, count, len(function.defaults), too_many, kwonly, kwargs)
            if kwarg_slot is not None:
                f[kwarg_slot] = extra
            defaults = function.defaults
            first_default = count - len(defaults)
            missing: list[str] = []
            for index in range(count):
                if f[1 + index] is UNBOUND:
                    if index >= first_default:
                        f[1 + index] = defaults[index - first_default]
                    else:
                        missing.append(positional[index])
            if missing:
                raise missing_arguments(qualname, missing)
            for key in kwonly:
                slot = slot_of[key]
                if f[slot] is UNBOUND:
                    if key in function.kwdefaults:
                        f[slot] = function.kwdefaults[key]
                    else:
                        missing.append(key)
            if missing:
                raise missing_arguments(qualname, missing, "keyword-only")
            return f

        wide = count + len(kwonly)
        if wide > WIDE_EXPRESSION or nslots > MANY_SLOTS:
            # each parameter is bound (or defaulted) in Python, each slot allocated: `f()` of a
            # function with 1,000 defaulted parameters in a loop ran 23 times the calibration loop
            bind_narrow = bind
            bind_steps = wide // PARTS_PER_STEP + nslots // MANY_SLOTS

            def bind(
                function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
            ) -> Frame:
                ctx.charge(bind_steps)
                return bind_narrow(function, call_args, kwargs)

        def setup(function: ProgramFunction, f: Frame) -> None:
            for slot in cell_params:
                f[slot] = Cell(f[slot])
            for slot in cell_locals:
                f[slot] = Cell()
            closure = function.closure
            for index, slot in enumerate(free_slots):
                f[slot] = closure[index]
            if super_slot is not None:
                f[super_slot] = function

        if self.has_yield and is_generator_function(node):

            def run_generator(f: Frame) -> Gen:
                try:
                    if body_async:
                        yield from body(f)
                    else:
                        body(f)
                except BaseException as error:
                    note_frame(error, name, ctx)
                    raise
                return f[RETURN_SLOT]

            def invoke_generator(
                function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
            ) -> Any:
                f = bind(function, call_args, kwargs)
                if needs_setup:
                    setup(function, f)
                ctx.steps_left -= 1
                if ctx.steps_left < 0:
                    ctx.charge(0)
                return ProgramGenerator(run_generator(f), name)

            def invoke_generator_with_cleanup(
                function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
            ) -> Any:
                generator = invoke_generator(function, call_args, kwargs)
                ctx.generators.add(generator.iterator)  # closed when the run ends (`RunContext.end`)
                return generator

            # Closing a suspended generator runs program code only in a `try` or `with` around the
            # `yield`; only such generators are tracked, to close them before the run returns.
            if any(isinstance(n, ast.Try | ast.TryStar | ast.With | ast.AsyncWith) for n in ast.walk(node)):
                return invoke_generator_with_cleanup
            return invoke_generator

        if code.is_async:

            def run_async(f: Frame) -> Gen:
                try:
                    if body_async:
                        yield from body(f)
                    else:
                        body(f)
                except BaseException as error:
                    note_frame(error, name, ctx)
                    raise leaving_program_generator(error, "coroutine")  # noqa: B904 - the same error, or PEP 479's
                return f[RETURN_SLOT]

            def invoke_async(
                function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
            ) -> Any:
                if kwargs is None and exact_fast and len(call_args) == count:
                    f = [None, *call_args, *pad]
                else:
                    f = bind(function, call_args, kwargs)
                if needs_setup:
                    setup(function, f)
                ctx.steps_left -= 1
                if ctx.steps_left < 0:
                    ctx.charge(0)
                return ProgramCoroutine(run_async(f), name)

            return invoke_async

        def depth_exceeded() -> ProgramRecursionError:
            return recursion_error(
                f"maximum recursion depth of {max_depth} exceeded in {name}() (Limits.max_recursion_depth):"
                " use a loop instead of deep recursion"
            )

        def invoke(
            function: ProgramFunction, call_args: tuple[Any, ...], kwargs: dict[str, Any] | None
        ) -> Any:
            if kwargs is None and exact_fast and len(call_args) == count:
                f = [None, *call_args, *pad]
            else:
                f = bind(function, call_args, kwargs)
            if needs_setup:
                setup(function, f)
            ctx.steps_left -= 1
            if ctx.steps_left < 0:
                ctx.charge(0)
            depth = rt.depth = rt.depth + 1
            if depth > max_depth:
                rt.depth -= 1
                raise depth_exceeded()
            try:
                if returns_expression:
                    return body(f)
                body(f)
                return f[RETURN_SLOT]
            except BaseException as error:
                if single_statement is not None:
                    note_position(error, single_statement)
                note_frame(error, name, ctx)
                raise
            finally:
                rt.depth -= 1

        if exact_fast and count == 1 and not needs_setup:

            def invoke1(function: ProgramFunction, a: Any) -> Any:
                """`invoke` for the most common call shape: one positional argument, no cells."""
                f = [None, a, *pad]
                ctx.steps_left -= 1
                if ctx.steps_left < 0:
                    ctx.charge(0)
                depth = rt.depth = rt.depth + 1
                if depth > max_depth:
                    rt.depth -= 1
                    raise depth_exceeded()
                try:
                    if returns_expression:
                        return body(f)
                    body(f)
                    return f[RETURN_SLOT]
                except BaseException as error:
                    if single_statement is not None:
                        note_position(error, single_statement)
                    note_frame(error, name, ctx)
                    raise
                finally:
                    rt.depth -= 1

            code.invoke1 = invoke1
            code.inline1 = InlineCall(body, pad, returns_expression, single_statement, name, depth_exceeded)
        return invoke

    # -- statements ------------------------------------------------------------------------

    def _decorated(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, make: Eval) -> Any:
        decorators = [self.ev(d) for d in node.decorator_list]
        store = self.store(ast.copy_location(ast.Name(id=node.name, ctx=ast.Store()), node))
        span = span_of(node)
        if not decorators:

            def define(f: Frame) -> Any:
                store(f, make(f))

            return define

        def define_decorated(f: Frame) -> Any:
            functions = [d(f) for d in decorators]
            value = make(f)
            try:
                for decorator in reversed(functions):
                    value = decorator(value)
            except BaseException as error:
                note_position(error, span)
                raise
            store(f, value)

        return define_decorated

    def st_FunctionDef(self, node: ast.FunctionDef) -> Any:
        return self._decorated(node, self.function(node, written_name(node)))

    def st_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> Any:
        return self._decorated(node, self.function(node, written_name(node)))

    def _function_annotations(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
    ) -> dict[str, str] | None:
        """A function's `__annotations__` as CPython 3.11 stores them under `from __future__ import
        annotations` (source text, in its order: parameters, positional-only ones after them, `*args`,
        keyword-only, `**kwargs`, `return`); None without that import (they would be evaluated)."""
        if not self.future_annotations:
            return None
        args = node.args
        params = [*args.args, *args.posonlyargs, args.vararg, *args.kwonlyargs, args.kwarg]
        found = {
            p.arg: ast.unparse(p.annotation) for p in params if p is not None and p.annotation is not None
        }
        if not isinstance(node, ast.Lambda) and node.returns is not None:
            found["return"] = ast.unparse(node.returns)
        return found

    def _class_annotations(self, node: ast.ClassDef) -> dict[str, str] | None:
        """A class's `__annotations__` under `from __future__ import annotations`: each simple
        `name: annotation` of its body, in order, as source text. None without that import, or when
        an annotation sits inside a statement of the body (whether it runs decides whether it counts)."""
        if not self.future_annotations:
            return None
        found: dict[str, str] = {}
        for statement in node.body:
            if isinstance(statement, ast.AnnAssign):
                if statement.simple and isinstance(statement.target, ast.Name):
                    found[statement.target.id] = ast.unparse(statement.annotation)
            elif not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and any(
                isinstance(inner, ast.AnnAssign) for inner in ast.walk(statement)
            ):
                return None
        return found

    def st_ClassDef(self, node: ast.ClassDef) -> Any:
        base_parts = [
            (isinstance(b, ast.Starred), self.ev(b.value if isinstance(b, ast.Starred) else b))
            for b in node.bases
        ]
        ctx = self.ctx

        def bases(f: Frame) -> list[Any]:
            values: list[Any] = []
            for starred, ev in base_parts:
                if starred:  # `class C(*mixins)`
                    values.extend(materialize(ctx, ev(f)))
                else:
                    values.append(ev(f))
            return values

        outer = self.scope
        scope = self.analysis.scope_of(node)
        qualname = self.qualname_prefix + written_name(node)
        previous_scope, previous_async, previous_prefix = self.scope, self.in_async, self.qualname_prefix
        self.scope, self.in_async, self.qualname_prefix = scope, False, qualname + "."
        try:
            _, body = self.block(node.body)
        finally:
            self.scope, self.in_async, self.qualname_prefix = previous_scope, previous_async, previous_prefix
        closure_sources = self._closure_sources(scope, outer)
        free_slots = list(scope.free.values())
        names = [(n, slot, n in scope.cells) for n, slot in scope.bound.items()]
        cell_slots = [slot for n, slot in scope.bound.items() if n in scope.cells]
        name = written_name(node)
        span = span_of(node)
        fields = _annotated_fields(node)
        ctx = self.ctx

        redefined = _redefined_names(node)
        annotations = self._class_annotations(node)

        def make(f: Frame) -> Any:
            raw_bases = tuple(bases(f))
            builder = class_builder(raw_bases)
            base_values = tuple(object if getattr(b, "python_type", None) is object else b for b in raw_bases)
            for base in base_values if builder is None else ():
                if not (isinstance(base, ProgramClassMeta) or base in _EXCEPTION_BASES or base is object):
                    error = TypeError(
                        f"class {name} can only inherit from classes defined in the program or from exception classes"
                    )
                    note_position(error, span)
                    raise error
            cf: Frame = [UNBOUND] * scope.nslots
            cf[RETURN_SLOT] = None
            for slot in cell_slots:
                cf[slot] = Cell()
            for index, slot in enumerate(free_slots):
                cf[slot] = f[closure_sources[index]]
            if builder is None:
                body(cf)
            else:
                ctx.class_bodies.append(ClassBody(raw_bases, cf, names))
                try:
                    body(cf)
                finally:
                    ctx.class_bodies.pop()
            namespace: dict[str, Any] = {}
            for member, slot, is_cell in names:
                value = cf[slot].value if is_cell else cf[slot]
                if value is not UNBOUND:
                    namespace[member] = value
            if builder is not None:
                try:
                    return builder(ClassSpec(name, qualname, raw_bases, namespace, fields, redefined, ctx))
                except BaseException as error:
                    note_position(error, span)
                    raise
            cls = make_class(name, base_values, namespace, fields, ctx=ctx)
            cls.ptc_qualname = qualname  # pyright: ignore[reportAttributeAccessIssue]
            cls.ptc_annotations = None if annotations is None else dict(annotations)  # pyright: ignore[reportAttributeAccessIssue]
            return cls

        return self._decorated(node, make)


def _redefined_names(node: ast.ClassDef) -> dict[str, ast.expr | None]:
    """Names the class body binds more than once at its top level, with the value first bound (None
    when that was a `def` or `class`): an enum refuses them, naming the first value as CPython does."""
    first: dict[str, ast.expr | None] = {}
    redefined: dict[str, ast.expr | None] = {}
    for statement in node.body:
        bound: list[tuple[str, ast.expr | None]] = []
        if isinstance(statement, ast.Assign):
            bound = [(t.id, statement.value) for t in statement.targets if isinstance(t, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            if isinstance(statement.target, ast.Name):
                bound = [(statement.target.id, statement.value)]
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound = [(statement.name, None)]
        for name, value in bound:
            if name in first:
                redefined.setdefault(name, first[name])
            else:
                first[name] = value
    return redefined


def _annotated_fields(node: ast.ClassDef) -> tuple[str, ...]:
    """The names annotated in the class body (`name: str`, `price: float = 0.0`), in order, for
    `dataclasses`; `ClassVar` annotations are class attributes, not fields."""
    return tuple(
        statement.target.id
        for statement in node.body
        if isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and not _is_class_var(statement.annotation)
    )


def _is_class_var(annotation: ast.expr) -> bool:
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    if isinstance(annotation, ast.Attribute):
        return annotation.attr == "ClassVar"
    return isinstance(annotation, ast.Name) and annotation.id == "ClassVar"


def _no_invoke(function: ProgramFunction, args: tuple[Any, ...], kwargs: dict[str, Any] | None) -> Any:
    raise AssertionError("function called before it was compiled")  # pragma: no cover
