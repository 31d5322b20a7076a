"""The public entry points: `run`, `check`, `describe_tools`.

`run` is parse → validate → compile (once, to closures) → drive the main program generator on the
scheduler. Everything that can go wrong comes out as a `PtcError`; only the host's own cancellation
of the caller (`asyncio.CancelledError`) is re-raised as itself, after the program's `finally`
blocks ran and in-flight host work settled (docs/semantics.md §3.4).
"""

from __future__ import annotations

import ast
import asyncio
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from .builtins import make_builtins
from .builtins.arity import BuiltinFunction
from .compile.base import Runtime
from .compile.program import compile_program
from .errors import Problem, PtcError, PtcInternalError, PtcLimitError, PtcSyntaxError
from .host import DEFAULT_STANDALONE_TIMEOUT, Host, LocalHost, ToolCall, ToolFunction, ToolSpec
from .limits import Limits
from .modules import MODULE_FACTORIES
from .parse import parse_program
from .parse.validate import validate
from .runtime.context import RunContext
from .runtime.exceptions import as_program_sees, to_ptc_error
from .runtime.native import NativeFunction
from .runtime.objects import ClassMethod, ProgramProperty, StaticMethod, SuperProxy
from .runtime.registry import HOST_BUILTIN_SIGNATURES
from .runtime.reprs import program_repr
from .runtime.scheduler import Scheduler
from .runtime.tools import ToolFunction as ProgramTool
from .runtime.tools import from_plain, plain_result

SEMANTICS_VERSION = 4
"""Bumped whenever a change could alter the calls, order or value a given program produces.

2: `asyncio.gather` follows CPython 3.11 (the first failure is raised at once and the other children
keep running; an awaitable passed twice runs once); native work on nested data, long texts and
colliding keys is charged and nesting is bounded (`Limits.max_nesting_depth`), so a program near a
limit stops earlier; `hash()` is process-independent for every hashable value.

3: `asyncio.as_completed(timeout=...)` starts a timer (it ignored the timeout); `time.sleep` and
`asyncio.run` called through another name raise instead of returning without sleeping; recursion
past the limit is a catchable `RecursionError`; keys with colliding hashes, lazy-iterator chains and
superlinear module work are charged, so a program near a limit stops earlier; many programs that
were refused (enum, decimal, fractions, difflib, pprint, `__index__`, dunder aliases) now run."""


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a successful run produced."""

    value: Any
    """The value of the program's last statement if it is an expression, else None."""
    stdout: str
    """Everything `print` wrote."""
    calls: tuple[ToolCall, ...]
    """The tool calls the program issued, in issue order."""
    steps_used: int
    stderr: str = ""
    """Everything the program wrote to `sys.stderr` (`print(..., file=sys.stderr)`): kept apart from
    `stdout`, as CPython keeps it; both count towards `Limits.max_stdout_chars`."""


def _specs(tools: Mapping[str, ToolFunction] | None, tool_specs: Sequence[ToolSpec] | None) -> list[ToolSpec]:
    specs = list(tool_specs or ())
    known = {s.name for s in specs}
    for name, function in (tools or {}).items():
        if name not in known:
            specs.append(ToolSpec.from_callable(name, function))
    return specs


def check(
    code: str,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    tool_specs: Sequence[ToolSpec] | None = None,
) -> list[Problem]:
    """Static validation without running: syntax, unsupported constructs, unknown names, tools and
    argument names. Returns every problem found (empty when the program looks runnable)."""
    try:
        tree = parse_program(code)
    except PtcSyntaxError as error:
        return list(error.problems)
    ctx = RunContext(LocalHost({}), Limits())
    names = {**make_builtins(ctx), **_CORE_BUILTINS}
    problems, _ = validate(tree, _specs(tools, tool_specs), names)
    return problems


async def run(
    code: str,
    *,
    tools: Mapping[str, ToolFunction] | None = None,
    host: Host | None = None,
    tool_specs: Sequence[ToolSpec] | None = None,
    limits: Limits | None = None,
    filename: str = "<program>",
    timeout: float | None = DEFAULT_STANDALONE_TIMEOUT,
) -> RunResult:
    """Run a program. Raises `PtcError` (syntax, runtime, tool, limit) on failure; once the program
    has started, the error's `stdout` is what it printed. A host with an `on_stdout` method
    (`OutputObserver`) sees the output as it is printed, which also covers cancellation.

    Without a `host` the run is standalone and may take `timeout` seconds of wall-clock time (None:
    no limit): a run still going then, or whose every task waits on a timer ending later, fails at
    once with `PtcLimitError` (`limit == "timeout"`) instead of sleeping for real. A given host
    brings its own limit, or none (`WallClockLimited`): `LocalHost(timeout=...)`."""
    own_tools: Mapping[str, ToolFunction] | None = None
    if host is None:
        host = LocalHost(dict(tools or {}), timeout=timeout)
        own_tools = host.tools  # as the host calls them (positional-only parameters adapted)
    elif timeout != DEFAULT_STANDALONE_TIMEOUT:
        raise TypeError(
            "timeout= is for standalone runs (no host=); give the host its own: LocalHost(timeout=...)"
        )
    limits = limits or Limits()
    _ensure_python_recursion_room(limits)
    specs = _specs(tools, tool_specs)
    tree = parse_program(code, filename)
    source_lines = code.splitlines()
    ctx = RunContext(host, limits)
    sched = Scheduler(ctx, from_plain, own_tools)
    ctx.scheduler = sched
    namespace = make_builtins(ctx)
    namespace.update(_CORE_BUILTINS)
    namespace["__doc__"] = ast.get_docstring(tree, clean=False)  # the program's, as `__main__`'s
    problems, analysis = validate(tree, specs, namespace, limits)
    if problems:
        # the syntax errors first: CPython refuses such a program before running any of it, so an
        # error it would only meet at run time (a name or module found missing) is not the first
        refused = sorted(problems, key=lambda problem: problem.kind != "SyntaxError")
        raise PtcSyntaxError(tuple(refused), code)
    try:
        for spec in specs:
            namespace[spec.name] = ProgramTool(spec, source_lines)
        rt = Runtime(ctx, sched, namespace, MODULE_FACTORIES, source_lines)
        main = compile_program(tree, rt, code, analysis)
    except PtcError:
        raise
    except RecursionError:
        raise PtcLimitError("max_recursion_depth", "the program is nested too deeply to compile") from None
    except Exception as error:  # pragma: no cover - a compiler bug
        raise PtcInternalError(f"interpreter bug while compiling: {type(error).__name__}: {error}") from None
    try:
        return await _run_to_end(ctx, sched, rt, main, source_lines)
    finally:
        ctx.end()


async def _run_to_end(
    ctx: RunContext, sched: Scheduler, rt: Runtime, main: Any, source_lines: list[str]
) -> RunResult:
    """Drive the program and build its result or report, both while the run is still open (a
    program `__repr__` or `__str__` may run for them). The `PtcError` is raised outside any
    `except` block, so it chains to nothing of the program's."""
    failure: PtcError
    try:
        value = await sched.run_main(main)
    except BaseException as error:
        rt.dead = True
        if isinstance(error, asyncio.CancelledError) and sched.cancelled_externally:
            raise  # only the caller's own cancellation leaves raw (§3.4); the program's is reported
        if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        failure = to_ptc_error(as_program_sees(error), source_lines)
    else:
        try:
            return RunResult(
                value=_result_value(ctx, value, source_lines),
                stdout=ctx.stdout,
                calls=tuple(sched.calls),
                steps_used=ctx.limits.max_steps - max(ctx.steps_left, 0),
                stderr="".join(ctx.stderr_parts),
            )
        except PtcError as error:
            failure = error
        finally:
            # The run is over: a generator the program left suspended is closed when it is
            # collected, and none of its `except`/`finally` code may run then (it would run the
            # program after its end, inside whatever the process is doing at that moment).
            rt.dead = True
    failure.stdout = ctx.stdout
    failure.stderr = "".join(ctx.stderr_parts)
    raise failure


FRAMES_PER_PROGRAM_CALL = 30
"""Python frames one program-level call can nest (call, invoke, block, statement, loop, expression,
comprehension...), measured generously; CPython's own recursion limit must leave room for
`max_recursion_depth` program calls so that the program's limit, not the host's, is what trips."""


PYTHON_RECURSION_CEILING = 8_000
"""The highest recursion limit the interpreter sets. CPython's limit also bounds native recursions
that pass through Python frames (a `map` pulling from a generator pulling from a `map`...), which use
the thread's C stack: on an 8 MB thread (Linux's default, and what Temporal's workflow threads get)
such a chain overflowed the stack with SIGSEGV at a limit of 17,500 and not at 16,000 (about 500
bytes a level). Half of that leaves room for the host's own frames; a host raising
`max_recursion_depth` past (8,000 - 1,000) / 30 = 233 gets a clean recursion error earlier instead."""


def _ensure_python_recursion_room(limits: Limits) -> None:
    needed = min(FRAMES_PER_PROGRAM_CALL * limits.max_recursion_depth + 1000, PYTHON_RECURSION_CEILING)
    if sys.getrecursionlimit() < needed:
        sys.setrecursionlimit(needed)  # only ever raised; CPython's default of 1000 is too tight


def _result_value(ctx: RunContext, value: Any, source_lines: list[str]) -> Any:
    """Convert the result to plain data (running program `__repr__`s within the budget) and check
    the size of its repr against `max_result_chars`."""
    failure: PtcError | None = None
    text = ""
    try:
        value = plain_result(value, lambda v: program_repr(v, ctx), [ctx.limits.max_result_chars])
        text = program_repr(value, ctx)
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise  # nothing here awaits: a CancelledError is the program's own (a `__repr__` raised it)
        failure = to_ptc_error(error, source_lines)
    if failure is not None:
        raise failure  # outside the `except` block: the report chains to nothing of the program's
    limit = ctx.limits.max_result_chars
    if len(text) > limit:
        raise PtcLimitError(
            "max_result_chars", f"the result's repr has {len(text)} characters, over the limit of {limit}"
        )
    return value


def _explicit_super(*args: Any) -> Any:
    """`super(Class, obj)`, the pre-Python-3 spelling models still write; `super()` with no
    arguments is compiled in place (it needs the method's defining class)."""
    if len(args) != 2:
        raise RuntimeError("super() takes no arguments (inside a method) or two: super(Class, self)")
    owner, instance = args
    if not (isinstance(owner, type) and "ptc_namespace" in owner.__dict__):
        raise TypeError("super() argument 1 must be a class defined in the program")
    mro: tuple[type, ...] = instance.__mro__ if isinstance(instance, type) else type(instance).__mro__  # pyright: ignore[reportUnknownMemberType]
    if owner not in mro:
        raise TypeError("super(type, obj): obj must be an instance or subtype of type")
    return SuperProxy(owner, instance)


_CORE_BUILTINS: Mapping[str, Any] = MappingProxyType(
    {
        "staticmethod": BuiltinFunction(
            "staticmethod", StaticMethod, HOST_BUILTIN_SIGNATURES["staticmethod"]
        ),
        "classmethod": BuiltinFunction("classmethod", ClassMethod, HOST_BUILTIN_SIGNATURES["classmethod"]),
        "property": NativeFunction("property", ProgramProperty),
        "super": NativeFunction("super", _explicit_super),
        "__name__": "__main__",
        "__debug__": True,
        "__doc__": None,
    }
)
"""Builtins the core provides (class decorators, `super`). They hold no run state and a program
cannot change them, so one set serves every run."""


def describe_tools(tools: Mapping[str, ToolFunction] | Sequence[ToolSpec]) -> str:
    """Python stubs for the model's prompt: `async def name(params) -> T:` plus the docstring."""
    import inspect

    stubs: list[str] = []
    if isinstance(tools, Mapping):
        for name, function in tools.items():
            stubs.append(_stub_from_callable(name, function, inspect))
    else:
        for spec in tools:
            stubs.append(spec.stub or _stub_from_spec(spec))
    return "\n\n".join(stubs) + ("\n" if stubs else "")


def _stub_from_spec(spec: ToolSpec) -> str:
    params: list[str] = []
    keyword_only_started = False
    for p in spec.parameters:
        if p.kind == "var_keyword":
            params.append(f"**{p.name}")
            continue
        if p.kind == "keyword_only" and not keyword_only_started:
            params.append("*")
            keyword_only_started = True
        params.append(p.name if p.required else f"{p.name}=...")
    doc = f'\n    """{spec.description}"""' if spec.description else "\n    ..."
    return f"async def {spec.name}({', '.join(params)}):{doc}"


def _stub_from_callable(name: str, function: Any, inspect: Any) -> str:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return _stub_from_spec(ToolSpec.from_callable(name, function))
    parts: list[str] = []
    for parameter in signature.parameters.values():
        text = str(parameter.replace(annotation=parameter.empty, default=parameter.empty))
        annotation = parameter.annotation
        if annotation is not parameter.empty:
            text += f": {_annotation(annotation)}"
        if parameter.default is not parameter.empty:
            text += (
                f" = {parameter.default!r}"
                if annotation is not parameter.empty
                else f"={parameter.default!r}"
            )
        parts.append(text)
    returns = ""
    if signature.return_annotation is not signature.empty:
        returns = f" -> {_annotation(signature.return_annotation)}"
    doc = inspect.getdoc(function)
    body = '\n    """' + doc.replace('"""', '\\"\\"\\"') + '"""' if doc else "\n    ..."
    text = ", ".join(parts)
    if any(p.kind is p.KEYWORD_ONLY for p in signature.parameters.values()) and not any(
        p.kind is p.VAR_POSITIONAL for p in signature.parameters.values()
    ):
        # insert the bare `*` before the first keyword-only parameter
        rendered: list[str] = []
        starred = False
        for parameter, part in zip(signature.parameters.values(), parts, strict=True):
            if parameter.kind is parameter.KEYWORD_ONLY and not starred:
                rendered.append("*")
                starred = True
            rendered.append(part)
        text = ", ".join(rendered)
    return f"async def {name}({text}){returns}:{body}"


def _annotation(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__name__
    return repr(annotation).replace("typing.", "")
