"""Errors written for a model: static problems all at once, runtime positions and program
tracebacks, limits the program cannot catch, and the public `check`/`describe_tools`/CLI surface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError, PtcRuntimeError, PtcSyntaxError


async def get_user(user_id: int, *, verbose: bool = False) -> dict[str, object]:
    """Fetch one user by id."""
    return {"id": user_id, "name": f"user{user_id}", "score": user_id * 10}


TOOLS = {"get_user": get_user}


def test_check_reports_every_problem_with_positions_and_hints() -> None:
    code = (
        "import os\n"
        "user = await get_user(usr_id=3)\n"
        "total = 0\n"
        "total += usr['score']\n"
        "x = total.__mro__\n"
        "def f():\n"
        "    await get_user(1)\n"
        "break\n"
    )
    problems = ptc_interpreter.check(code, tools=TOOLS)
    summary = [(p.kind, p.span.line if p.span else None, p.message) for p in problems]
    assert summary == [
        ("ImportError", 1, "module 'os' is not available"),
        ("TypeError", 2, "get_user() got an unexpected keyword argument 'usr_id'. Did you mean 'user_id'?"),
        ("NameError", 4, "name 'usr' is not defined. Did you mean 'user'?"),
        ("SyntaxError", 5, "attribute names starting with '__' are not allowed: '__mro__'"),
        ("SyntaxError", 7, "'await' inside a non-async function"),
        ("SyntaxError", 8, "'break' outside loop"),
    ]
    assert problems[2].span == ptc_interpreter.SourceSpan(4, 9, 4, 12)
    assert problems[0].hint is not None and "asyncio" in problems[0].hint


def test_private_attributes_check_clean_and_special_underscore_names_get_a_rename_hint() -> None:
    """`self._side` is a private attribute of the program's own instance (docs/language.md,
    "Private attributes"); a sunder and the interpreter's reserved `_ptc` prefix are refused with a
    name that would work."""
    code = (
        "class Square:\n"
        "    def __init__(self, side):\n"
        "        self._side = side\n"
        "        self._value_ = side\n"
        "        self._ptc_cache = {}\n"
        "    @property\n"
        "    def side(self):\n"
        "        return self._side\n"
    )
    problems = {(p.span.line, p.message, p.hint) for p in ptc_interpreter.check(code) if p.span is not None}
    assert problems == {
        (
            4,
            "attribute names starting and ending with '_' are not allowed: '_value_'",
            "rename it, e.g. to '_value'",
        ),
        (
            5,
            "attribute names starting with '_ptc' are reserved for the interpreter: '_ptc_cache'",
            "rename it, e.g. to '_own_cache'",
        ),
    }


def test_check_of_a_valid_program_is_empty() -> None:
    assert (
        ptc_interpreter.check(
            "import asyncio\nusers = await asyncio.gather(get_user(1), get_user(user_id=2))", tools=TOOLS
        )
        == []
    )


def test_unsupported_constructs_say_what_to_write_instead() -> None:
    problems = ptc_interpreter.check(
        "async def f():\n    yield 1\nasync for x in y:\n    pass\nfrom json import *"
    )
    messages = [p.message for p in problems]
    assert "async generators ('yield' inside 'async def') are not supported" in messages
    assert "'async for' is not supported" in messages
    assert "'from ... import *' is not supported" in messages
    assert all(p.hint for p in problems if "not supported" in p.message)


async def test_syntax_errors_are_reported_with_a_caret() -> None:
    with pytest.raises(PtcSyntaxError) as caught:
        await ptc_interpreter.run("x = (1,\ny = 2")
    assert caught.value.line == 1
    assert "^" in str(caught.value)


async def test_name_error_report_matches_the_issue_example() -> None:
    code = "user = {'score': 1}\ntotal = 0\ntotal += usr['score']\n"
    with pytest.raises(PtcSyntaxError) as caught:
        await ptc_interpreter.run(code)
    assert str(caught.value) == (
        "line 3, col 9: NameError: name 'usr' is not defined. Did you mean 'user'?\n"
        "    total += usr['score']\n"
        "             ^^^"
    )


async def test_runtime_error_points_at_the_failing_subexpression_with_program_frames() -> None:
    code = (
        "def lookup(d):\n    return d['missing']\ndef outer():\n    return lookup({'a': 1})\nx = 1\nouter()\n"
    )
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run(code)
    error = caught.value
    assert error.exc_type == "KeyError"
    assert error.span == ptc_interpreter.SourceSpan(2, 11, 2, 23)
    assert [(f.function, f.span.line) for f in error.frames] == [("<module>", 6), ("outer", 4), ("lookup", 2)]
    text = str(error)
    assert text.startswith(
        "line 2, col 11: KeyError: 'missing'\n    return d['missing']\n           ^^^^^^^^^^^^"
    )
    assert "interpreter" not in text and ".py" not in text


async def test_limits_cannot_be_caught_by_the_program() -> None:
    code = "try:\n    while True:\n        pass\nexcept BaseException:\n    'swallowed'\n"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code, limits=Limits(max_steps=10_000))
    assert caught.value.limit == "max_steps"


async def test_recursion_depth_limit() -> None:
    code = "def down(n):\n    return down(n + 1)\ndown(0)"
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(code, limits=Limits(max_recursion_depth=50))
    assert caught.value.limit == "max_recursion_depth"
    assert caught.value.line == 2


async def test_deep_recursion_at_the_default_limit_is_clean() -> None:
    code = "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndepth(95)"
    assert (await ptc_interpreter.run(code)).value == 95


async def test_tool_argument_errors_are_type_errors_at_the_call() -> None:
    code = "args = {'user_id': 1, 'extra': 2}\ntry:\n    await get_user(**args)\nexcept TypeError as e:\n    msg = str(e)\nmsg"
    result = await ptc_interpreter.run(code, tools=TOOLS)
    assert result.value == "get_user() got an unexpected keyword argument 'extra'"
    assert result.calls == ()


async def test_tool_calls_bind_positional_and_keyword_arguments_by_signature() -> None:
    result = await ptc_interpreter.run(
        "a = await get_user(3)\nb = await get_user(user_id=4, verbose=True)\n[a['id'], b['id']]", tools=TOOLS
    )
    assert result.value == [3, 4]
    assert [dict(c.arguments) for c in result.calls] == [{"user_id": 3}, {"user_id": 4, "verbose": True}]
    assert [(c.span.line, c.source_line) for c in result.calls] == [
        (1, "a = await get_user(3)"),
        (2, "b = await get_user(user_id=4, verbose=True)"),
    ]


def test_describe_tools_renders_typed_stubs_with_docstrings() -> None:
    stub = ptc_interpreter.describe_tools(TOOLS)
    assert stub == (
        "async def get_user(user_id: int, *, verbose: bool = False) -> dict[str, object]:\n"
        '    """Fetch one user by id."""\n'
    )


def test_cli_run_and_check(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text("print('hi')\nsum(x * x for x in range(4))\n")
    run = subprocess.run(
        [sys.executable, "-m", "ptc_interpreter", "run", str(program), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    payload = json.loads(run.stdout)
    assert payload["ok"] is True and payload["value"] == 14 and payload["stdout"] == "hi\n"
    broken = tmp_path / "broken.py"
    broken.write_text("print(totl)\nimport socket\n")
    check = subprocess.run(
        [sys.executable, "-m", "ptc_interpreter", "check", str(broken)], capture_output=True, text=True
    )
    assert check.returncode == 1
    assert "line 1, col 6: NameError: name 'totl' is not defined" in check.stdout
    assert "line 2, col 0: ImportError: module 'socket' is not available" in check.stdout


async def test_program_state_never_leaks_between_runs() -> None:
    await ptc_interpreter.run("import math\nseen = [1]\nx = 5")
    with pytest.raises(PtcSyntaxError):
        await ptc_interpreter.run("seen")


async def test_result_of_program_objects_is_their_repr() -> None:
    code = "class P:\n    def __repr__(self):\n        return 'P!'\n[P(), len]"
    result = await ptc_interpreter.run(code)
    assert result.value == ["P!", "<built-in function len>"]


async def test_classes_cannot_inherit_from_host_types() -> None:
    with pytest.raises(PtcRuntimeError) as caught:
        await ptc_interpreter.run("base = list\nclass L(base):\n    pass\nL()")
    assert caught.value.exc_type == "TypeError"
    assert "can only inherit from classes defined in the program or from exception classes" in str(
        caught.value
    )


async def test_subclassing_a_builtin_type_by_name_is_refused_before_the_run() -> None:
    with pytest.raises(PtcSyntaxError) as caught:
        await ptc_interpreter.run("class Default(dict):\n    def __missing__(self, key):\n        return 0\n")
    assert "subclassing the builtin type 'dict' is not supported" in str(caught.value)
    assert "collections.defaultdict" in str(caught.value)
