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
from ptc_interpreter.modules import TYPE_TABLES
from ptc_interpreter.modules.members import MODULE_DECLARATIONS
from ptc_interpreter.runtime.attr import BUILTIN_TABLES
from ptc_interpreter.runtime.registry import BINDING_ERROR, HOST_BINDING_MODULES, Method
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


def _calls(callee: str, shapes: list[tuple[int, tuple[str, ...]]]) -> list[str]:
    calls = []
    for count, keywords in shapes:
        arguments = ", ".join(["()"] * count + [f"{keyword}=()" for keyword in keywords])
        calls.append(f"lambda: {callee}({arguments})")
    return calls


def _program(setup: str, callee: str, reference: object, module: str = "") -> str:
    return _calls_program(setup, _calls(callee, _shapes(reference, module)))


def _calls_program(setup: str, calls: list[str]) -> str:
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


_METHOD_RECEIVERS = {
    "str": "'ab'",
    "bytes": "b'ab'",
    "list": "[1]",
    "tuple": "(1,)",
    "dict": "{1: 2}",
    "set": "{1}",
    "frozenset": "frozenset({1})",
    "int": "(5)",
    "float": "(1.5)",
    "range": "range(3)",
    "Counter": "collections.Counter('ab')",
    "OrderedDict": "collections.OrderedDict(a=1)",
    "defaultdict": "collections.defaultdict(int)",
    "deque": "collections.deque([1])",
    "date": "datetime.date(2020, 1, 2)",
    "datetime": "datetime.datetime(2020, 1, 2)",
    "time": "datetime.time(1)",
    "timedelta": "datetime.timedelta(1)",
    "timezone": "datetime.timezone.utc",
    "re.Pattern": "re.compile('(?P<a>a)')",
    "re.Match": "re.match('(?P<a>a)', 'a')",
}
"""A value of each type whose methods a program calls, by the type's name as the tables know it."""


def _method_program(type_name: str) -> str:
    """Every method of one receiver type called in each binding shape: the reference's parameter
    names and the shim's own (a shim that takes by name what CPython takes by position only would
    bind a call CPython refuses)."""
    receiver = _METHOD_RECEIVERS[type_name]
    setup = "import collections, datetime, re"
    namespace: dict[str, object] = {}
    exec(f"{setup}\nvalue = {receiver}", namespace)  # trusted: the receivers above
    host_value = namespace["value"]
    table = next(t for cls, t in {**BUILTIN_TABLES, **TYPE_TABLES}.items() if cls.__name__ == type_name)
    calls: list[str] = []
    for name, entry in sorted(table.items()):
        if not isinstance(entry, Method) or name.startswith("_"):
            continue
        shapes = _shapes(getattr(host_value, name))
        try:
            shim = inspect.signature(entry.function).parameters.values()
        except (TypeError, ValueError):
            shim = []
        for parameter in list(shim)[2:]:  # after the run context (or the receiver) and the receiver
            if parameter.kind in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
                shapes += [(0, (parameter.name,)), (1, (parameter.name,))]
        calls += _calls(f"{receiver}.{name}", shapes)
    return _calls_program(setup, calls)


@pytest.mark.parametrize("type_name", sorted(_METHOD_RECEIVERS))
async def test_a_method_of_a_builtin_value_binds_arguments_as_cpython_does(type_name: str) -> None:
    await assert_same_as_cpython(_method_program(type_name))
