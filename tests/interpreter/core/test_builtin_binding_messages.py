"""Every builtin, and every function of the modules whose host functions are the binding reference,
refuses a call with the wrong number or names of arguments in CPython's words, and binds every call
CPython binds: programs compare `str(e)` (`id() takes exactly one argument (2 given)`,
`getattr() takes no keyword arguments`), and a shim that bound `id(obj=x)` where CPython refuses would
be a silent difference. Compared against CPython itself, call shape by call shape."""

from __future__ import annotations

import builtins
import importlib
import inspect

import pytest
from ptc_interpreter.modules.members import MODULE_DECLARATIONS
from ptc_interpreter.runtime.registry import BINDING_ERROR, HOST_BINDING_MODULES
from ptc_reference import assert_same_as_cpython

_NOT_PROGRAM_BUILTINS = frozenset(
    {"print", "input", "open", "exit", "quit", "breakpoint", "help", "exec", "eval", "compile", "globals"}
    | {"locals", "vars", "dir", "copyright", "credits", "license", "memoryview", "aiter", "anext", "super"}
    | {"type", "object", "bytearray", "complex", "delattr"}
)
"""Builtins a program cannot call (refused by the sandbox) or that bind arguments in several ways."""

_KNOWN_GAPS = frozenset(
    {
        "property",  # fset/fdel/doc are not supported: refused, never bound silently
        "copy.deepcopy",  # the memo argument is not supported
        "copy.copy",
        "functools.wraps",  # assigned=/updated= are not supported
        "functools.partial",
        "textwrap.wrap",  # CPython's keywords go through TextWrapper(**kwargs)
        "textwrap.fill",
        "textwrap.dedent",
        "json.dumps",
        "operator.methodcaller",
        "difflib.IS_LINE_JUNK",
        "difflib.IS_CHARACTER_JUNK",
    }
)
"""Callables whose shims refuse some calls CPython binds (features left out, each refused with a
clear error): the sweep skips them; what they refuse is never bound silently."""

_FIRST_ARGUMENT_BY_POSITION_ONLY = frozenset({"base64", "hashlib"})
"""Modules whose shims take the data argument by position only (`b64encode(s=b"x")` and
`md5(string=b"x")` are refused with a clear error): the sweep leaves out calls naming it."""


def _shapes(reference: object, module: str = "") -> list[tuple[int, tuple[str, ...]]]:
    shapes: list[tuple[int, tuple[str, ...]]] = [(count, ()) for count in range(5)]
    shapes += [(0, ("bogus",)), (1, ("bogus",))]
    try:
        names = [p.name for p in inspect.signature(reference).parameters.values()]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        names = []
    if module in _FIRST_ARGUMENT_BY_POSITION_ONLY:
        names = names[1:]
    for name in names[:3]:
        if not name.startswith("_"):
            shapes += [(0, (name,)), (1, (name,))]
    return shapes


def _program(setup: str, callee: str, reference: object, module: str = "") -> str:
    calls = []
    for count, keywords in _shapes(reference, module):
        arguments = ", ".join(["()"] * count + [f"{keyword}=()" for keyword in keywords])
        calls.append(f"lambda: {callee}({arguments})")
    return f"""{setup}
import re
binding = re.compile({BINDING_ERROR.pattern!r})
outcomes = []
for call in [{", ".join(calls)}]:
    try:
        call()
        outcomes.append("binds")
    except TypeError as error:
        outcomes.append(str(error) if binding.search(str(error)) else "binds")
    except Exception:
        outcomes.append("binds")
outcomes
"""


def _builtin_names() -> list[str]:
    names = []
    for name in sorted(dir(builtins)):
        value = getattr(builtins, name)
        if (
            name.startswith("_")
            or name in _NOT_PROGRAM_BUILTINS
            or name in _KNOWN_GAPS
            or not callable(value)
        ):
            continue
        if isinstance(value, type) and issubclass(value, BaseException):
            continue
        names.append(name)
    return names


def _module_functions() -> list[str]:
    names = []
    for module in sorted(HOST_BINDING_MODULES):
        host = importlib.import_module(module)
        for member in MODULE_DECLARATIONS[module].members:
            value = getattr(host, member, None)
            qualified = f"{module}.{member}"
            if callable(value) and not isinstance(value, type) and qualified not in _KNOWN_GAPS:
                names.append(qualified)
    return names


@pytest.mark.parametrize("name", _builtin_names())
async def test_a_builtin_binds_arguments_as_cpython_does(name: str) -> None:
    await assert_same_as_cpython(_program("", name, getattr(builtins, name)))


@pytest.mark.parametrize("qualified", _module_functions())
async def test_a_module_function_binds_arguments_as_cpython_does(qualified: str) -> None:
    module, _, member = qualified.rpartition(".")
    setup = f"from {module.rpartition('.')[0]} import {module.rpartition('.')[2]}" if "." in module else ""
    setup = setup or f"import {module}"
    callee = f"{module.rpartition('.')[2]}.{member}"
    reference = getattr(importlib.import_module(module), member)
    await assert_same_as_cpython(_program(setup, callee, reference, module))


async def test_a_method_of_a_module_value_refuses_a_missing_argument_in_cpythons_words() -> None:
    await assert_same_as_cpython(
        "import datetime\ntry:\n    datetime.date(2020, 1, 2).strftime()\nexcept TypeError as e:\n    r = str(e)\nr"
    )
