"""The compiler assembled from its mixins, and the entry point that compiles a whole program."""

from __future__ import annotations

import ast
from collections.abc import Generator
from types import MappingProxyType
from typing import Any

from ..runtime.exceptions import leaving_program_generator
from ..runtime.objects import UNBOUND
from .base import SUSPENDING_WORDS, Frame, Runtime, find_awaits
from .comprehensions import ComprehensionCompiler
from .expressions import ExpressionCompiler
from .functions import FunctionCompiler
from .patterns import PatternCompiler
from .scope import RETURN_SLOT, ScopeAnalysis, analyze
from .statements import StatementCompiler


class Compiler(
    ExpressionCompiler, ComprehensionCompiler, StatementCompiler, FunctionCompiler, PatternCompiler
):
    """AST to closures for one run (see `compile.base` for the closure conventions)."""


class _ResultStatement(ast.stmt):
    """The program's last expression statement: its value becomes the run's result."""

    _fields = ("value",)

    def __init__(self, value: ast.expr, like: ast.stmt) -> None:
        super().__init__()
        self.value = value
        ast.copy_location(self, like)


def _st_result(self: Compiler, node: _ResultStatement) -> Any:
    value = self.ev(node.value)

    def result(f: Frame) -> Any:
        f[RETURN_SLOT] = value(f)

    return result


def _as_result(self: Compiler, node: _ResultStatement) -> Any:
    value = self.ag(node.value)

    def result(f: Frame) -> Generator[Any, Any, Any]:
        f[RETURN_SLOT] = yield from value(f)

    return result


Compiler.st__ResultStatement = _st_result  # type: ignore[attr-defined]
Compiler.as__ResultStatement = _as_result  # type: ignore[attr-defined]
Compiler.dispatch = MappingProxyType(
    {
        prefix: MappingProxyType(
            {
                name[len(prefix) :]: getattr(Compiler, name)
                for name in dir(Compiler)
                if name.startswith(prefix)
            }
        )
        for prefix in ("ev_", "ag_", "st_", "as_", "pat_")
    }
)


def compile_program(
    tree: ast.Module, rt: Runtime, source: str, analysis: ScopeAnalysis | None = None
) -> Generator[Any, Any, Any]:
    """Compile `tree` against `rt` and return the main program generator (not started).
    `analysis` may be passed when the validator already computed it."""
    body = list(tree.body)
    if analysis is None:
        analysis = analyze(tree)
    awaits = find_awaits(tree) if any(word in source for word in SUSPENDING_WORDS) else set[ast.AST]()
    if body and isinstance(body[-1], ast.Expr):
        last = body[-1]
        assert isinstance(last, ast.Expr)
        result = _ResultStatement(last.value, last)
        if last in awaits:
            awaits.add(result)
        body[-1] = result
    module_scope = analysis.module
    module_frame: Frame = []
    compiler = Compiler(rt, analysis, awaits, module_frame, "yield" in source, "super" in source)
    compiler.future_annotations = "__future__" in source and any(
        isinstance(statement, ast.ImportFrom)
        and statement.module == "__future__"
        and any(alias.name == "annotations" for alias in statement.names)
        for statement in tree.body
    )
    is_async, run = compiler.block(body)
    module_frame.extend([UNBOUND] * module_scope.nslots)
    module_frame[RETURN_SLOT] = None

    def main() -> Generator[Any, Any, Any]:
        if is_async:
            try:
                yield from run(module_frame)
            except BaseException as error:
                # CPython runs module code with top-level `await` as a coroutine (PEP 479 applies);
                # without, a StopIteration leaves as itself (`run` looks through the conversion).
                raise leaving_program_generator(error, "coroutine")  # noqa: B904 - the same error, or PEP 479's
        else:
            run(module_frame)
        return module_frame[RETURN_SLOT]

    return main()
