"""The start-up fast paths keep their contracts: the child-field table walks exactly the nodes
`ast` would, `find_awaits` marks what the plain `ast.iter_child_nodes` walk marks, one walk both
validates and analyses scopes, and the random generator is seeded lazily without changing when
the host is asked for the seed."""

from __future__ import annotations

import ast
import asyncio
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter import Limits
from ptc_interpreter.builtins import make_builtins
from ptc_interpreter.compile.base import find_awaits
from ptc_interpreter.compile.scope import analyze
from ptc_interpreter.host import LocalHost, ToolSpec
from ptc_interpreter.parse.tree import CHILD_FIELDS, child_nodes, generic_children
from ptc_interpreter.parse.validate import validate
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.scheduler import SUSPENDING_CALLS

PROGRAMS = {
    "sync": (
        "prices = {'a': 1.5, 'b': 2}\n"
        "def cost(items, discount=0.0, *rest, scale=1, **extra):\n"
        "    total = 0\n"
        "    for item in items:\n"
        "        total += prices[item]\n"
        "    return round(total * (1 - discount) * scale, 2)\n"
        "summary = [f'{k}={v!r:>4}' for k, v in sorted(prices.items()) if v]\n"
        "pairs = {k: v for k, v in prices.items()}\n"
        "label = 'big' if cost(['a']) > 1 else 'small'\n"
        "del pairs\n"
        "[summary, label, lambda x, y=2: x + y]\n"
    ),
    "async": (
        "import asyncio\n"
        "import time\n"
        "async def fetch(i):\n"
        "    await asyncio.sleep(0)\n"
        "    return [await echo(value=j) for j in range(i)]\n"
        "def helper(n):\n"
        "    async def inner():\n"
        "        return await echo(value=n)\n"
        "    return inner\n"
        "class Base:\n"
        "    size = 3\n"
        "class Box(Base):\n"
        "    def grow(self, by=1):\n"
        "        return super().grow(by) if by > 9 else self.size + by\n"
        "    def parts(self):\n"
        "        yield from range(self.size)\n"
        "results = await asyncio.gather(*[fetch(i) for i in range(3)])\n"
        "time.sleep(0)\n"
        "gen = (x * 2 for x in range(3))\n"
        "async with asyncio.timeout(5):\n"
        "    more = await helper(4)()\n"
        "match results:\n"
        "    case [first, *rest] if first == []:\n"
        "        shape = {'first': first, 'rest': rest}\n"
        "    case {'k': value, **others}:\n"
        "        shape = value\n"
        "    case _:\n"
        "        shape = None\n"
        "try:\n"
        "    1 / 0\n"
        "except ZeroDivisionError as error:\n"
        "    caught = str(error)\n"
        "(results, more, shape, caught, list(gen), Box().grow(), list(Box().parts()))\n"
    ),
    "closures": (
        "def counter():\n"
        "    count = 0\n"
        "    def inc():\n"
        "        nonlocal count\n"
        "        count += 1\n"
        "        return count\n"
        "    return inc\n"
        "total = 0\n"
        "def add(n):\n"
        "    global total\n"
        "    total += n\n"
        "c = counter()\n"
        "add(c())\n"
        "add(c())\n"
        "[(y := n * 2) for n in range(3)]\n"
        "[total, y]\n"
    ),
}


async def echo(value: Any) -> Any:
    return value


def _reference_find_awaits(tree: ast.Module) -> set[ast.AST]:
    """`find_awaits` as first written, on `ast.iter_child_nodes`: the specification."""
    result: set[ast.AST] = set()

    def suspending_call(node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        return (isinstance(func, ast.Attribute) and func.attr in SUSPENDING_CALLS) or (
            isinstance(func, ast.Name) and func.id in SUSPENDING_CALLS
        )

    def walk(node: ast.AST, async_context: bool) -> bool:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for child in ast.iter_child_nodes(node):
                walk(child, isinstance(node, ast.AsyncFunctionDef))
            return False
        if isinstance(node, ast.ClassDef):
            for child in ast.iter_child_nodes(node):
                walk(child, False)
            return False
        found = isinstance(node, ast.Await | ast.AsyncFor | ast.AsyncWith | ast.Yield | ast.YieldFrom)
        if isinstance(node, ast.comprehension) and node.is_async:
            found = True
        if async_context and suspending_call(node):
            found = True
        for child in ast.iter_child_nodes(node):
            if walk(child, async_context):
                found = True
        if found:
            result.add(node)
        return found

    walk(tree, True)
    return result


LEAF_CLASSES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_child_fields_reach_the_nodes_ast_reaches(name: str) -> None:
    tree = ast.parse(PROGRAMS[name])
    for node in ast.walk(tree):
        assert type(node) in CHILD_FIELDS, type(node).__name__
        expected = [c for c in ast.iter_child_nodes(node) if not isinstance(c, LEAF_CLASSES)]
        assert [c for c in generic_children(node) if not isinstance(c, LEAF_CLASSES)] == expected
        assert child_nodes(node) == expected
        walked: list[ast.AST] = []
        for field_name, is_list in CHILD_FIELDS[type(node)]:
            value = getattr(node, field_name)
            if is_list:
                walked.extend(item for item in value if item is not None)
            elif value is not None:
                walked.append(value)
        assert walked == expected


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_find_awaits_marks_what_the_plain_walk_marks(name: str) -> None:
    tree = ast.parse(PROGRAMS[name])
    assert find_awaits(tree) == _reference_find_awaits(tree)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_validation_walk_builds_the_same_scopes_as_analysis_alone(name: str) -> None:
    tree = ast.parse(PROGRAMS[name])
    builtin_names = make_builtins(RunContext(LocalHost({}), Limits()))
    _, checked = validate(tree, [ToolSpec.from_callable("echo", echo)], builtin_names)
    alone = analyze(tree)
    assert list(checked.scopes) == list(alone.scopes)
    for node, scope in checked.scopes.items():
        other = alone.scopes[node]
        assert (scope.kind, scope.bound, scope.cells, scope.free, scope.nslots) == (
            other.kind,
            other.bound,
            other.cells,
            other.free,
            other.nslots,
        )


def test_resolutions_are_memoized_only_once_the_analysis_is_complete() -> None:
    tree = ast.parse(PROGRAMS["closures"])
    analysis = analyze(tree)
    assert analysis.complete
    counter = next(s for s in analysis.scopes.values() if s.name == "counter")
    first = analysis.resolve(counter, "count")
    assert first.kind == "cell"
    assert analysis.resolve(counter, "count") is first


def test_unknown_names_are_reported_after_the_whole_walk() -> None:
    code = "def f():\n    return later + qqq_unknown\nlater = 1\n"
    problems = ptc_interpreter.check(code)
    assert [(p.kind, p.span.line if p.span else None, p.message) for p in problems] == [
        ("NameError", 2, "name 'qqq_unknown' is not defined")
    ]


class CountingHost(LocalHost):
    seeds_asked: int = 0

    def random_seed(self) -> int:
        self.seeds_asked += 1
        return 1234


@pytest.mark.parametrize("uses_random", [False, True])
def test_the_seed_is_asked_once_per_run_whether_or_not_random_is_used(uses_random: bool) -> None:
    host = CountingHost({})
    code = "import random\n[random.randint(1, 100) for _ in range(3)]" if uses_random else "1 + 1"
    result = asyncio.run(ptc_interpreter.run(code, host=host))
    assert host.seeds_asked == 1
    if uses_random:
        import random

        expected = random.Random(1234)
        assert result.value == [expected.randint(1, 100) for _ in range(3)]


def test_a_refused_import_still_binds_its_names() -> None:
    problems = ptc_interpreter.check("from . import helper\nhelper.run()\n")
    assert [p.message for p in problems] == ["attempted relative import with no known parent package"]


def test_the_async_program_runs() -> None:
    result = asyncio.run(ptc_interpreter.run(PROGRAMS["async"], tools={"echo": echo}))
    assert result.value[4:] == ([0, 2, 4], 4, [0, 1, 2])


@pytest.mark.parametrize(
    "call",
    ["abs({})", "d.get({})", "xs.append({})", "f({})", "f(x={})", "max({}, 1)"],
)
async def test_nested_calls_compile_each_expression_once(monkeypatch: pytest.MonkeyPatch, call: str) -> None:
    """Compiling is not charged to the step budget, so compiling an argument twice (once for a fast
    path, once in general) doubled the work per nesting level: 20 nested `d.get(...)` took 8 s."""
    from ptc_interpreter.compile.expressions import ExpressionCompiler

    compiled: dict[int, int] = {}
    original = ExpressionCompiler.ev

    def counting_ev(self: ExpressionCompiler, node: ast.expr) -> Any:
        compiled[id(node)] = compiled.get(id(node), 0) + 1
        return original(self, node)

    monkeypatch.setattr(ExpressionCompiler, "ev", counting_ev)
    nested = "0"
    for _ in range(12):
        nested = call.format(nested)
    program = f"d = {{}}\nxs = []\ndef f(x):\n    return x\nnested = {nested}"
    await ptc_interpreter.run(program)
    assert compiled and max(compiled.values()) == 1


async def test_nested_tuples_are_looked_at_once_for_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each tuple is compiled, and asked whether it is all constant, at every level of a nesting:
    without remembering the answers, `(1, …, (1, …, (x,)))` 150 deep with 2,000 constants a level
    walked its constants 11,000 times over (9 s of compiling for 600 KB of source)."""
    from ptc_interpreter.compile import expressions

    calls = 0
    original = expressions._constant_value  # pyright: ignore[reportPrivateUsage]

    def counting(node: ast.expr, known: dict[ast.AST, Any]) -> Any:
        nonlocal calls
        calls += 1
        return original(node, known)

    monkeypatch.setattr(expressions, "_constant_value", counting)
    nested = "(x,)"
    for _ in range(40):
        nested = f"({', '.join(['1'] * 20)}, {nested})"
    result = await ptc_interpreter.run(
        f"x = 0\ny = {nested}\nshared = (1, 2)\n(y[-1][0], shared is (1, 2), id((x,)) == id((x,)))"
    )
    assert result.value == (1, True, True)
    assert calls < 3 * 40 * 21


async def test_a_tool_named_id_is_called_on_a_display() -> None:
    """`id([])` of the builtin is a temporary's id; a tool the host named `id` is still called."""

    async def id(value: Any) -> str:
        return f"tool {value!r}"

    program = "c = id([1])\nd = id(lambda: 0)\n(await c, type(d).__name__)"
    result = await ptc_interpreter.run(program, tools={"id": id})
    assert result.value == ("tool [1]", "coroutine")
