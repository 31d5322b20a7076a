"""Runs one conformance case under CPython 3.11 and under the interpreter and compares the outcomes.

A case is a small trusted program in `cases/<area>__<case>.py`. CPython is the truth: the
interpreter must produce the same value and stdout, or the same exception type and message (what a
program reads with `str(e)`), or — where CPython rejects the program at compile time — refuse it
before it runs. The file's closing `# expect:` line states CPython's outcome for readers; the runner
checks it is still true, and `python tests/conformance/conformance_runner.py --write` rewrites it.

A deliberate difference is listed in `differences/<area>.md`, one table row per case, with text the
interpreter's error must contain: a listed case must be a clean refusal, never a different value.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import contextvars
import io
import random
import re
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ptc_interpreter
from ptc_reference import is_set_like

ROOT = Path(__file__).parent
CASES_DIR = ROOT / "cases"
DIFFERENCES_DIR = ROOT / "differences"
RESULT_NAME = "__conformance_result__"
EXPECT_PREFIX = "# expect: "
RUN_TIMEOUT_S = 30
"""A hung interpreter run fails its case instead of hanging the session."""


@dataclass(frozen=True)
class Outcome:
    """How a run ended. `kind` is 'value', 'raised' (uncaught at run time) or 'refused' (before the
    program ran: CPython's compile-time errors, the interpreter's static problems)."""

    kind: str
    value: Any = None
    stdout: str = ""
    exc_type: str | None = None
    message: str | None = None
    report: str = ""
    """The interpreter's full error report (for differences' text)."""


def case_paths() -> list[Path]:
    return sorted(CASES_DIR.glob("*.py"))


def area_of(path: Path) -> str:
    return path.stem.split("__", 1)[0]


def _capture_last_expression(tree: ast.Module) -> ast.Module:
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        assign = ast.Assign(targets=[ast.Name(id=RESULT_NAME, ctx=ast.Store())], value=last.value)
        tree.body[-1] = ast.copy_location(assign, last)
        ast.fix_missing_locations(tree)
    return tree


async def run_cpython(source: str) -> Outcome:
    """CPython compiles the whole program first (its compile-time errors refuse it), then runs it as
    `__main__` with top-level await, the last expression statement's value captured."""
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # `5()` in a case is on purpose
            compile(source, "<program>", "exec", flags=flags, dont_inherit=True)
    except SyntaxError as error:
        return Outcome("refused", exc_type=type(error).__name__, message=error.msg)
    tree = _capture_last_expression(ast.parse(source))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        code = compile(tree, "<program>", "exec", flags=flags, dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    stdout = io.StringIO()
    random.seed(0)
    try:
        # Each program in its own, empty context variables, as in a fresh process: a decimal
        # context one program sets is not the next one's.
        variables = contextvars.Context()
        with contextlib.redirect_stdout(stdout):
            maybe_coroutine = variables.run(eval, code, namespace)
            if maybe_coroutine is not None:
                await asyncio.create_task(maybe_coroutine, context=variables)
    except (Exception, asyncio.CancelledError) as error:
        return Outcome("raised", stdout=stdout.getvalue(), exc_type=type(error).__name__, message=str(error))
    return Outcome("value", namespace.get(RESULT_NAME), stdout.getvalue())


async def run_interpreter(source: str) -> Outcome:
    try:
        result = await asyncio.wait_for(ptc_interpreter.run(source), timeout=RUN_TIMEOUT_S)
    except ptc_interpreter.PtcSyntaxError as error:
        first = error.problems[0]
        return Outcome("refused", exc_type=first.kind, message=first.message, report=str(error))
    except ptc_interpreter.PtcRuntimeError as error:
        return Outcome(
            "raised",
            stdout=error.stdout or "",
            exc_type=error.exc_type,
            message=error.message,
            report=str(error),
        )
    except ptc_interpreter.PtcError as error:
        return Outcome(
            "refused",
            stdout=error.stdout or "",
            exc_type=error.kind,
            message=error.message,
            report=str(error),
        )
    return Outcome("value", result.value, result.stdout)


def _stable_repr(value: Any) -> str:
    """repr with sets shown sorted, so the expectation does not depend on the hash seed."""
    if isinstance(value, (set, frozenset)):
        inner = ", ".join(sorted(_stable_repr(v) for v in value))  # pyright: ignore[reportUnknownVariableType]
        name = type(value).__name__
        if not inner:
            return f"{name}()"
        return f"{{{inner}}}" if name == "set" else f"{name}({{{inner}}})"
    if isinstance(value, list):
        return "[" + ", ".join(_stable_repr(v) for v in value) + "]"  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, tuple):
        items = [_stable_repr(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_stable_repr(k)}: {_stable_repr(v)}" for k, v in value.items()) + "}"  # pyright: ignore[reportUnknownVariableType]
    return repr(value)


def expectation(outcome: Outcome) -> str:
    """The `# expect:` text of a CPython outcome."""
    if outcome.kind == "value":
        text = _stable_repr(outcome.value)
    elif outcome.kind == "raised":
        text = f"raises {outcome.exc_type}: {outcome.message}"
    else:
        text = f"refused at compile time: {outcome.exc_type}: {outcome.message}"
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def stated_expectation(source: str) -> str | None:
    lines = source.rstrip("\n").splitlines()
    if lines and lines[-1].startswith(EXPECT_PREFIX):
        return lines[-1][len(EXPECT_PREFIX) :]
    return None


_PLAIN = (type(None), bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset)


def _same_value(expected: Any, actual: Any) -> bool:
    if not isinstance(expected, _PLAIN):
        return actual == repr(expected)  # a run's result is plain data: other values become their repr
    if isinstance(expected, (set, frozenset)):
        return is_set_like(actual) and set(expected) == set(actual)  # pyright: ignore[reportUnknownArgumentType]
    if type(expected) is not type(actual):
        return False
    if isinstance(expected, dict):
        return list(expected) == list(actual) and all(_same_value(v, actual[k]) for k, v in expected.items())  # pyright: ignore[reportUnknownVariableType]
    if isinstance(expected, (list, tuple)):
        return len(expected) == len(actual) and all(map(_same_value, expected, actual))  # pyright: ignore[reportUnknownArgumentType]
    return expected == actual or (expected != expected and actual != actual)


def mismatch(expected: Outcome, actual: Outcome) -> str | None:
    """Why the interpreter's outcome differs from CPython's, or None when it conforms."""
    if expected.kind == "refused":
        if actual.kind == "refused" and actual.exc_type == "SyntaxError":
            return None
        return f"CPython refuses it at compile time ({expected.exc_type}: {expected.message}); got {actual}"
    if expected.kind == "raised" and actual.kind == "refused":
        # A run-time error the interpreter finds statically (an undefined name) conforms when it
        # names the same error; its message may add a did-you-mean.
        if actual.exc_type == expected.exc_type and (actual.message or "").startswith(expected.message or ""):
            return None
        return f"expected {expected.exc_type}: {expected.message!r}; refused with {actual.exc_type}: {actual.message!r}"
    if actual.kind != expected.kind:
        return f"expected {expectation(expected)}; got {actual}"
    if actual.stdout != expected.stdout:
        return f"stdout {actual.stdout!r} != CPython's {expected.stdout!r}"
    if expected.kind == "raised":
        if (actual.exc_type, actual.message) != (expected.exc_type, expected.message):
            return f"expected {expected.exc_type}: {expected.message!r}; got {actual.exc_type}: {actual.message!r}"
        return None
    if not _same_value(expected.value, actual.value):
        return f"value {actual.value!r} != CPython's {expected.value!r}"
    return None


_ROW = re.compile(r"^\|\s*`([a-z0-9_]+)`\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*$")


def listed_differences() -> dict[str, str]:
    """case name -> text the interpreter's refusal must contain, from every `differences/*.md` table."""
    listed: dict[str, str] = {}
    for path in sorted(DIFFERENCES_DIR.glob("*.md")):
        for line in path.read_text().splitlines():
            match = _ROW.match(line)
            if match:
                case, text, _why = match.groups()
                if not case.startswith(path.stem + "__"):
                    raise ValueError(f"{path.name}: case {case!r} belongs to another area's file")
                listed[case] = text.strip("`")
    return listed


async def _write_expectations() -> None:
    for path in case_paths():
        source = path.read_text()
        text = EXPECT_PREFIX + expectation(await run_cpython(source))
        lines = source.rstrip("\n").splitlines()
        if lines and lines[-1].startswith(EXPECT_PREFIX):
            lines[-1] = text
        else:
            lines.append(text)
        path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(
            "usage: conformance_runner.py --write  (rewrites every case's '# expect:' line from CPython)"
        )
    asyncio.run(_write_expectations())
