"""No text a program can read, and no report, shows a memory address, a host module path, or the name
of one of the interpreter's own classes or functions.

A probe throws many kinds of program-visible values (builtins, module members, iterators, views,
shim objects, classes, exceptions) into many kinds of errors, reads every way a program can read an
error (`repr(e)`, `str(e)`, `f"{e}"`, `%`-formatting, `e.args`, `type(e)`) and every way it can
render the value itself, and also lets each error end the run uncaught. Every text is searched for
addresses, `ptc_interpreter`, `<locals>` and the interpreter's class names (taken from its source,
so a new class is covered without editing this test).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ptc_interpreter
import pytest

SETUP = """\
import re, math, json, functools, itertools, collections, datetime, dataclasses, asyncio, operator
import string, random, statistics, typing, copy, heapq, bisect
from dataclasses import dataclass
def f(a):
    return a
def gen():
    yield 1
async def co():
    return 1
class C:
    pass
@dataclass
class DC:
    a: int
NT = collections.namedtuple("NT", "a b")
out = []
"""

VALUES = {
    "builtin function": "print",
    "host builtin": "len",
    "module": "math",
    "list iterator": "iter([1])",
    "reversed": "reversed([1])",
    "map": "map(f, [1])",
    "zip": "zip([1])",
    "enumerate": "enumerate([1])",
    "filter": "filter(f, [1])",
    "range iterator": "iter(range(3))",
    "dict keys": "{1: 2}.keys()",
    "dict items": "{1: 2}.items()",
    "dict iterator": "iter({1: 2})",
    "set iterator": "iter({1})",
    "str iterator": "iter('ab')",
    "generator expression": "(i for i in [1])",
    "generator": "gen()",
    "coroutine": "co()",
    "function": "f",
    "lambda": "lambda: 1",
    "class": "C",
    "instance": "C()",
    "ToolError": "ToolError",
    "ToolError instance": "ToolError('t')",
    "pattern": "re.compile('a')",
    "match": "re.match('a', 'a')",
    "finditer": "re.finditer('a', 'aa')",
    "regex flag": "re.I",
    "date": "datetime.date(2024, 1, 1)",
    "timezone": "datetime.timezone.utc",
    "deque": "collections.deque([1])",
    "Counter": "collections.Counter('a')",
    "defaultdict": "collections.defaultdict(list)",
    "partial": "functools.partial(f, iter([]))",
    "cache": "functools.cache(f)",
    "cmp key": "functools.cmp_to_key(f)(1)",
    "itertools chain": "itertools.chain([1])",
    "lock": "asyncio.Lock()",
    "queue": "asyncio.Queue()",
    "field": "dataclasses.field()",
    "missing default": "dataclasses.field().default",
    "dataclass instance": "DC(1)",
    "namedtuple class": "NT",
    "namedtuple": "NT(1, 2)",
    "builtin type": "int",
    "type of a builtin function": "type(print)",
    "type of a module": "type(math)",
    "type of an iterator": "type(iter([]))",
    "type of a pattern": "type(re.compile('a'))",
    "type union": "int | None",
    "bound method": "[].append",
    "unbound method": "str.upper",
    "object": "object()",
    "itemgetter": "operator.itemgetter(iter([]))",
    "methodcaller": "operator.methodcaller('x', iter([]))",
    "template": "string.Template('a')",
    "Random": "random.Random(1)",
    "property": "property(f)",
    "exception class of a shim": "json.JSONDecodeError",
    "exception with an iterator": "ValueError(iter([]))",
    "OSError with an iterator": "OSError(1, iter([]))",
    "ImportError with an iterator": "ImportError(iter([]))",
    "exception group": "ExceptionGroup('g', [ValueError(iter([]))])",
    "awaitable": "asyncio.sleep(0)",
    "shim function": "asyncio.create_task",
}

ERRORS = {
    "subscript": "x[0]",
    "call": "x()",
    "call with many arguments": "x(1, 2, 3, 4, 5, 6, 7, 8, 9, zzz=1)",
    "len": "len(x)",
    "iter": "iter(x)",
    "comprehension": "[i for i in x]",
    "hash": "hash(x)",
    "dict key": "{x: 1}",
    "item assignment": "x[0] = 1",
    "add": "x + 1",
    "radd": "1 + x",
    "negate": "-x",
    "order": "x < 1",
    "int": "int(x)",
    "float": "float(x)",
    "join": "','.join([x])",
    "percent d": "'%d' % x",
    "format spec": "format(x, 'd')",
    "list index": "[1].index(x)",
    "list remove": "[].remove(x)",
    "tuple index": "(1,).index(x)",
    "range index": "range(3).index(x)",
    "deque index": "collections.deque([1]).index(x)",
    "missing key": "{}[x]",
    "attribute": "x.nope",
    "setattr": "setattr(x, 'nope', 1)",
    "sorted": "sorted([x, x])",
    "max": "max(x, x)",
    "sum": "sum([x])",
    "math": "math.sqrt(x)",
    "json": "json.dumps(x)",
    "regex": "re.compile(x)",
    "range": "range(x)",
    "repeat": "'a' * x",
    "index with": "[1][x]",
    "isinstance": "isinstance(1, x)",
    "issubclass": "issubclass(x, int)",
    "next": "next(x)",
    "bytes": "bytes(x)",
    "dict": "dict(x)",
    "raise": "raise x",
    "raise from": "raise ValueError() from x",
    "str.format attribute": "'{0.nope}'.format(x)",
    "reduce": "functools.reduce(x, [1, 2])",
    "star-star": "f(**x)",
    "date": "datetime.date(x, 1, 1)",
    "heap": "heapq.heappush([1], x)",
    "deepcopy": "copy.deepcopy(x)",
    "min key": "min([1, 2], key=x)",
    "mean": "statistics.mean([x])",
    "regex replacement": "re.sub('a', x, 'a')",
    "asdict": "dataclasses.asdict(x)",
    "await": "await x",
    "gather": "await asyncio.gather(x)",
    "with": "with x:\n        pass",
    "unpack": "a, b = x",
    "type call": "type(x)(1)",
    "class pattern": "match 1:\n        case x():\n            pass",
}

_READ_ERROR = (
    "out.append([repr(e), str(e), f'{e}', '%s|%r' % (e, e), repr(e.args), repr(type(e)), type(e).__name__])"
)
_READ_VALUE = "out.append([repr(x), str(x), f'{x}', ascii(x), repr(type(x)), type(x).__name__])"


def _interpreter_class_names() -> set[str]:
    """Names of the interpreter's classes that a program never knows a value by: every class in its
    source, except one whose program name (`ptc_name`) is its own name."""
    source = Path(ptc_interpreter.__file__).parent
    names: set[str] = set()
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.ClassDef):
                continue
            program_names = [
                statement.value.value
                for statement in node.body
                if isinstance(statement, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "ptc_name" for t in statement.targets)
                and isinstance(statement.value, ast.Constant)
            ]
            if not any(str(name).rpartition(".")[2] == node.name for name in program_names):
                names.add(node.name)
    return names


_LEAK = re.compile(
    r"0x[0-9a-fA-F]{5,}|object at |ptc_interpreter|<locals>|make_module"
    rf"|\b(?:{'|'.join(sorted(_interpreter_class_names()))})\b"
)


def _leaks(text: str) -> list[str]:
    return [text[max(0, m.start() - 80) : m.end() + 40] for m in _LEAK.finditer(text)]


def test_the_probe_recognises_a_leak() -> None:
    assert _leaks("<list_iterator object at 0x7f2a1c3e4b50>")
    assert _leaks("'NativeFunction' object is not subscriptable")
    assert _leaks("<class 'ptc_interpreter.runtime.exceptions.ToolError'>")
    assert _leaks("_splitter.<locals>.split() takes 2 positional arguments")
    assert not _leaks("'builtin_function_or_method' object is not subscriptable")


def _probe_every_error(value: str) -> str:
    lines = [SETUP]
    for error in ERRORS.values():
        lines += [
            f"x = {value}",
            "try:",
            f"    {error}",
            "except BaseException as e:",
            f"    {_READ_ERROR}",
        ]
    lines += [f"x = {value}", _READ_VALUE, "out"]
    return "\n".join(lines)


@pytest.mark.parametrize("value", VALUES.values(), ids=VALUES.keys())
async def test_no_error_a_program_catches_shows_host_internals(value: str) -> None:
    result = await ptc_interpreter.run(_probe_every_error(value))
    assert _leaks(repr(result.value) + result.stdout) == []


UNCAUGHT_VALUES = [
    "print",
    "math",
    "iter([1])",
    "reversed([1])",
    "functools.partial(f, iter([]))",
    "type(print)",
    "ToolError",
    "dataclasses.field().default",
    "re.I",
    "int | None",
    "[].append",
    "C()",
]


@pytest.mark.parametrize("error", ERRORS.values(), ids=ERRORS.keys())
async def test_no_report_shows_host_internals(error: str) -> None:
    body = error if "\n" not in error else "if True:\n    " + error
    for value in UNCAUGHT_VALUES:
        try:
            await ptc_interpreter.run(SETUP + f"x = {value}\n{body}\n")
        except ptc_interpreter.PtcError as failure:
            assert not isinstance(failure, ptc_interpreter.PtcInternalError), str(failure)
            assert _leaks(str(failure)) == [], (value, str(failure))


async def test_a_program_s_own_message_keeps_its_hex() -> None:
    program = "try:\n    raise ValueError('bad byte at 0x1f', 'at 0xdeadbeef')\nexcept ValueError as e:\n    x = [str(e), e.args]\nx"
    result = await ptc_interpreter.run(program)
    assert result.value == [
        "('bad byte at 0x1f', 'at 0xdeadbeef')",
        ("bad byte at 0x1f", "at 0xdeadbeef"),
    ]


async def test_a_host_class_is_shown_as_the_program_imports_it() -> None:
    program = (
        "import json, asyncio\n"
        "try:\n    [1].index(json.JSONDecodeError)\nexcept ValueError as e:\n    message = str(e)\n"
        "[repr(json.JSONDecodeError), repr(asyncio.QueueEmpty), repr(ToolError), message]"
    )
    result = await ptc_interpreter.run(program)
    assert result.value == [
        "<class 'json.JSONDecodeError'>",
        "<class 'asyncio.QueueEmpty'>",
        "<class 'ToolError'>",
        "<class 'json.JSONDecodeError'> is not in list",
    ]
