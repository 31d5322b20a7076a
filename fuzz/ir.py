"""Generated programs as a small tree that Hypothesis can shrink, rendered to Python source.

Why an IR instead of generating text: shrinking works on the tree (drop a statement, flatten a
gather, shorten a loop), so a failure ends as a *small* program, and rendering guarantees every
program is well formed: variables exist before use, helpers only call earlier helpers, every call
site has a distinct name (`c3`) whose behaviour the `Script` table gives.

Rendered programs look like model output: `out = []` collects results, helpers are `async def hN(k)`
returning their own `out`, tool keys are f-strings naming the call site and the loop indices /
helper key that lead to it (`f"c3.{k}.{i2}"`), so every call in a run has a distinct key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from .simhost import Script

Handler = Literal["Exception", "ToolError", "TimeoutError"]


@dataclass(frozen=True)
class ToolAw:
    """`fetch(key)` or `spawn("helper", key)`."""

    script: Script
    tool: Literal["fetch", "spawn"] = "fetch"


@dataclass(frozen=True)
class HelperAw:
    """`hN(key)`: a call of the N-th helper (rendered modulo the helpers that exist before it)."""

    helper: int


@dataclass(frozen=True)
class GatherAw:
    items: tuple[Awaitable, ...]
    return_exceptions: bool = False


@dataclass(frozen=True)
class SleepAw:
    seconds: int
    result: int = 0


Awaitable = Union[ToolAw, HelperAw, GatherAw, SleepAw]  # noqa: UP007 - recursive alias


@dataclass(frozen=True)
class AwaitStmt:
    """`out.append(await <aw>)` (or a bare `await <aw>` when `keep` is false)."""

    aw: Awaitable
    keep: bool = True


@dataclass(frozen=True)
class WaitFor:
    aw: Awaitable
    timeout: int
    catch: bool = True


@dataclass(frozen=True)
class Tasks:
    """Create tasks, run `body`, then await the tasks flagged in `awaited` (the rest are left pending)."""

    aws: tuple[Awaitable, ...]
    body: tuple[Stmt, ...] = ()
    awaited: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Try:
    body: tuple[Stmt, ...]
    handler: Handler | None = "Exception"
    handler_body: tuple[Stmt, ...] = ()
    final: bool = True


@dataclass(frozen=True)
class Loop:
    count: int
    body: tuple[Stmt, ...]


@dataclass(frozen=True)
class Print:
    pass


@dataclass(frozen=True)
class Raise:
    pass


@dataclass(frozen=True)
class Return:
    """`return out` — inside a loop, only on its last-but-one iteration (an early exit)."""


@dataclass(frozen=True)
class SetLoop:
    """`for name in {"x", "y", ...}:` — set iteration order must not depend on string hashing."""

    names: tuple[str, ...]
    body: tuple[Stmt, ...]


@dataclass(frozen=True)
class Group:
    """`async with asyncio.TaskGroup() as tg:` creating a task per awaitable, then `body`; the
    tasks' results are appended after the block."""

    aws: tuple[Awaitable, ...]
    body: tuple[Stmt, ...] = ()


@dataclass(frozen=True)
class TimeoutBlock:
    """`async with asyncio.timeout(seconds):` around `body`, inside `try`/`except TimeoutError`."""

    seconds: int
    body: tuple[Stmt, ...]


Stmt = Union[AwaitStmt, WaitFor, Tasks, Try, Loop, Print, Raise, Return, SetLoop, Group, TimeoutBlock]  # noqa: UP007


@dataclass(frozen=True)
class Program:
    helpers: tuple[tuple[Stmt, ...], ...]
    body: tuple[Stmt, ...]


@dataclass
class Rendered:
    source: str
    scripts: dict[str, Script]
    finally_sites: list[str] = field(default_factory=list[str])


@dataclass
class _Writer:
    scale: float = 1.0
    """Seconds of real time per virtual second in sleeps and timeouts (1 on the simulated host)."""
    lines: list[str] = field(default_factory=list[str])
    scripts: dict[str, Script] = field(default_factory=dict[str, Script])
    finally_sites: list[str] = field(default_factory=list[str])
    counter: int = 0

    def seconds(self, value: int) -> str:
        return f"{value * self.scale:g}"

    def site(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"


@dataclass(frozen=True)
class _Scope:
    indent: int
    path: tuple[str, ...]
    """Names whose values make a key unique here: `k` in helpers, loop variables."""
    helpers: int
    """How many helpers this code may call (those defined before it)."""
    in_helper: bool
    loop_var: str | None = None

    def key(self, site: str) -> str:
        if not self.path:
            return f'"{site}"'
        return 'f"' + site + "".join(f".{{{name}}}" for name in self.path) + '"'

    def inner(self, **changes: object) -> _Scope:
        values = {**self.__dict__, "indent": self.indent + 1, **changes}
        return _Scope(**values)  # type: ignore[arg-type]


def render(program: Program, scale: float = 1.0) -> Rendered:
    w = _Writer(scale)
    w.lines.append("import asyncio")
    for index, body in enumerate(program.helpers):
        w.lines.append("")
        w.lines.append(f"async def h{index}(k):")
        w.lines.append("    out = []")
        _block(w, body, _Scope(1, ("k",), index, True))
        w.lines.append("    return out")
    w.lines.append("")
    w.lines.append("out = []")
    _block(w, program.body, _Scope(0, (), len(program.helpers), False))
    w.lines.append("out")
    return Rendered("\n".join(w.lines) + "\n", w.scripts, w.finally_sites)


def _emit(w: _Writer, scope: _Scope, line: str) -> None:
    w.lines.append("    " * scope.indent + line)


def _block(w: _Writer, body: tuple[Stmt, ...], scope: _Scope) -> None:
    if not body:
        _emit(w, scope, "pass")
    for stmt in body:
        _stmt(w, stmt, scope)


def _aw(w: _Writer, aw: Awaitable, scope: _Scope) -> str:
    if isinstance(aw, ToolAw):
        site = w.site("c")
        w.scripts[site] = aw.script
        if aw.tool == "spawn":
            return f'spawn("helper", {scope.key(site)})'
        return f"fetch({scope.key(site)})"
    if isinstance(aw, HelperAw):
        if scope.helpers == 0:  # shrinking removed the helpers: fall back to a call
            site = w.site("c")
            w.scripts[site] = Script()
            return f"fetch({scope.key(site)})"
        return f"h{aw.helper % scope.helpers}({scope.key(w.site('s'))})"
    if isinstance(aw, GatherAw):
        items = ", ".join(_aw(w, item, scope) for item in aw.items)
        flag = ", return_exceptions=True" if aw.return_exceptions else ""
        return f"asyncio.gather({items}{flag})"
    return f"asyncio.sleep({w.seconds(aw.seconds)}, {aw.result})"


def _stmt(w: _Writer, stmt: Stmt, scope: _Scope) -> None:
    if isinstance(stmt, AwaitStmt):
        expr = _aw(w, stmt.aw, scope)
        _emit(w, scope, f"out.append(await {expr})" if stmt.keep else f"await {expr}")
    elif isinstance(stmt, WaitFor):
        expr = f"await asyncio.wait_for({_aw(w, stmt.aw, scope)}, timeout={w.seconds(stmt.timeout)})"
        if stmt.catch:
            _emit(w, scope, "try:")
            _emit(w, scope.inner(), f"out.append({expr})")
            _emit(w, scope, "except TimeoutError:")
            _emit(w, scope.inner(), 'out.append("timeout")')
        else:
            _emit(w, scope, f"out.append({expr})")
    elif isinstance(stmt, Tasks):
        site = w.site("t")
        names = [f"{site}_{i}" for i in range(len(stmt.aws))]
        for name, aw in zip(names, stmt.aws, strict=True):
            _emit(w, scope, f"{name} = asyncio.create_task({_aw(w, aw, scope)})")
        for s in stmt.body:
            _stmt(w, s, scope)
        for name, awaited in zip(names, stmt.awaited, strict=False):
            if awaited:
                _emit(w, scope, f"out.append(await {name})")
    elif isinstance(stmt, Try):
        site = w.site("T")
        _emit(w, scope, "try:")
        if stmt.final:
            w.finally_sites.append(site)
            _emit(w, scope.inner(), f'print("enter {site}")')
        _block(w, stmt.body, scope.inner())
        if stmt.handler is not None:
            _emit(w, scope, f"except {stmt.handler} as e:")
            _emit(w, scope.inner(), f'out.append(("{site}", type(e).__name__, str(e)))')
            for s in stmt.handler_body:
                _stmt(w, s, scope.inner())
        if stmt.final or stmt.handler is None:
            _emit(w, scope, "finally:")
            _emit(w, scope.inner(), f'print("finally {site}", len(out))')
    elif isinstance(stmt, Loop):
        var = w.site("i")
        _emit(w, scope, f"for {var} in range({stmt.count}):")
        _block(w, stmt.body, scope.inner(path=(*scope.path, var), loop_var=var))
    elif isinstance(stmt, SetLoop):
        var = w.site("n")
        names = ", ".join(f'"{name}"' for name in stmt.names)
        _emit(w, scope, f"for {var} in {{{names}}}:")
        _block(w, stmt.body, scope.inner(path=(*scope.path, var), loop_var=var))
    elif isinstance(stmt, Group):
        site = w.site("g")
        _emit(w, scope, f"async with asyncio.TaskGroup() as {site}:")
        inner = scope.inner()
        names = [f"{site}_{i}" for i in range(len(stmt.aws))]
        for name, aw in zip(names, stmt.aws, strict=True):
            _emit(w, inner, f"{name} = {site}.create_task({_aw(w, aw, scope)})")
        for s in stmt.body:
            _stmt(w, s, inner)
        if not names:
            _emit(w, inner, "pass")
        _emit(w, scope, f"out.append([{', '.join(f'{name}.result()' for name in names)}])")
    elif isinstance(stmt, TimeoutBlock):
        site = w.site("o")
        _emit(w, scope, "try:")
        _emit(w, scope.inner(), f"async with asyncio.timeout({w.seconds(stmt.seconds)}):")
        _block(w, stmt.body, scope.inner().inner())
        _emit(w, scope, "except TimeoutError:")
        _emit(w, scope.inner(), f'out.append("timeout {site}")')
    elif isinstance(stmt, Print):
        _emit(w, scope, f'print("{w.site("p")}", out)')
    elif isinstance(stmt, Raise):
        _emit(w, scope, f"raise ValueError({scope.key(w.site('r'))})")
    elif isinstance(stmt, Return):
        if not scope.in_helper:
            _emit(w, scope, f'print("{w.site("p")}", len(out))')
        elif scope.loop_var is not None:
            _emit(w, scope, f"if {scope.loop_var} == 1:")
            _emit(w, scope.inner(), "return out")
        else:
            _emit(w, scope, "return out")
