"""`dataclasses` on program classes: each case is compared with CPython's own `dataclasses`
(value, stdout, exception type), plus the checks only the interpreter makes (budget, reach)."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

HEAD = "from dataclasses import dataclass, field, fields, asdict, astuple, replace\nimport dataclasses\n"


@pytest.mark.parametrize(
    "body",
    [
        "@dataclass\nclass A:\n    xs: list = []",
        "@dataclass\nclass A:\n    xs: set = set()",
        "from collections import deque\n@dataclass\nclass A:\n    xs: deque = deque()",
        "@dataclass\nclass A:\n    xs: frozenset = frozenset()\nA().xs",
        "@dataclass\nclass A:\n    x: int = 1\n    y: int",
        "@dataclass\nclass A:\n    x: int = field(default=1, default_factory=list)",
        "@dataclass(frozen=True)\nclass A:\n    x: int\nA(1).x = 2",
        "@dataclass(frozen=True)\nclass A:\n    x: int\ndel A(1).x",
        "@dataclass\nclass A:\n    x: int\n@dataclass(frozen=True)\nclass B(A):\n    y: int",
        "@dataclass(frozen=True)\nclass A:\n    x: int\n@dataclass\nclass B(A):\n    y: int",
        "@dataclass(order=True)\nclass A:\n    x: int\n    def __lt__(self, other):\n        return True",
        "@dataclass(order=True, eq=False)\nclass A:\n    x: int",
        "@dataclass\nclass A:\n    x: int\nA(1, x=2)",
        "@dataclass\nclass A:\n    x: int\nA(y=2)",
        "@dataclass\nclass A:\n    x: int\n    y: int\nA()",
        "@dataclass\nclass A:\n    x: int\nA(1) < A(2)",
        "@dataclass\nclass A:\n    x: int\nasdict(A)",
        "fields(3)",
        "@dataclass\nclass A:\n    x: int\n    y: int = field(init=False, default=0)\nreplace(A(1), y=2)",
    ],
)
async def test_misuse_raises_what_cpython_raises(body: str) -> None:
    await assert_same_as_cpython(HEAD + body, may_raise=True)


async def test_generated_methods_defaults_and_post_init() -> None:
    await assert_same_as_cpython(
        HEAD + "@dataclass\n"
        "class Job:\n"
        "    name: str\n"
        "    retries: int = 3\n"
        "    log: list = field(default_factory=list, repr=False, compare=False)\n"
        "    key: str = field(init=False, default='')\n"
        "    def __post_init__(self):\n"
        "        self.key = self.name.upper()\n"
        "a, b = Job('x'), Job('x', log=['seen'])\n"
        "[repr(a), a == b, a.key, a.log is not Job('y').log, Job.retries, [f.name for f in fields(a)],\n"
        " [f.default for f in fields(Job)][1], replace(a, retries=5).retries, Job('x', 3) == ('x', 3)]"
    )


async def test_kw_only_order_hash_and_inheritance() -> None:
    await assert_same_as_cpython(
        HEAD + "@dataclass(frozen=True, order=True)\n"
        "class Version:\n"
        "    major: int\n"
        "    minor: int = 0\n"
        "@dataclass(kw_only=True)\n"
        "class Options:\n"
        "    verbose: bool = False\n"
        "    level: int\n"
        "@dataclass\n"
        "class Base:\n"
        "    id: int\n"
        "    def describe(self):\n"
        "        return 0\n"
        "@dataclass\n"
        "class Derived(Base):\n"
        "    tag: str = 'd'\n"
        "vs = sorted({Version(1, 2), Version(1), Version(0, 9)})\n"
        "[repr(vs), repr(max(vs)), Version(1) <= Version(1, 0), len({Version(1): 1, Version(1, 0): 2}),\n"
        " repr(Options(level=2)), repr(Derived(1)), Derived(1) == Base(1), astuple(Derived(2, 'x'))]"
    )


async def test_super_init_reaches_the_generated_init() -> None:
    await assert_same_as_cpython(
        HEAD + "@dataclass\n"
        "class Point:\n"
        "    x: int\n"
        "    y: int\n"
        "class Labelled(Point):\n"
        "    def __init__(self, x, y, label):\n"
        "        super().__init__(x, y)\n"
        "        self.label = label\n"
        "p = Labelled(1, 2, 'a')\n"
        "[repr(p), p.label, Point.__init__ is not None]"
    )


async def test_asdict_recurses_through_containers_and_repr_survives_cycles() -> None:
    await assert_same_as_cpython(
        HEAD + "from collections import namedtuple\n"
        "Pair = namedtuple('Pair', 'a b')\n"
        "@dataclass\n"
        "class Leaf:\n"
        "    v: int\n"
        "@dataclass\n"
        "class Node:\n"
        "    children: list\n"
        "    meta: dict\n"
        "    pair: tuple = (1, 2)\n"
        "n = Node([Leaf(1), [Leaf(2)]], {'k': Leaf(3)}, Pair(Leaf(4), 5))\n"
        "d = asdict(n)\n"
        "n.children.append(n)\n"
        "[repr(d), type(d['pair']).__name__, repr(n)]"
    )


async def test_dataclass_of_something_else_says_what_it_needs() -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as caught:
        await ptc_interpreter.run(HEAD + "dataclass(3)")
    assert caught.value.exc_type == "TypeError"
    assert "should be applied to a class defined in the program, not 'int'" in str(caught.value)


async def test_uncaught_frozen_error_is_reported_as_a_program_exception() -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as caught:
        await ptc_interpreter.run(HEAD + "@dataclass(frozen=True)\nclass A:\n    x: int\na = A(1)\na.x = 2")
    assert caught.value.exc_type == "FrozenInstanceError"
    assert caught.value.span is not None and caught.value.span.line == 7
    assert "cannot assign to field 'x'" in str(caught.value)


@pytest.mark.parametrize(
    "reach",
    [
        "A.__init__.function",
        "A.__init__.__globals__",
        "fields(A)[0].__class__.__base__",
        "fields(A)[0].__slots__",
        "A.__dict__",
        "A.ptc_dataclass_fields",
        "A(1).ptc_setattr",
        "dataclasses.dataclass.function",
        "dataclasses.MISSING",
    ],
)
async def test_generated_members_reach_nothing_of_the_host(reach: str) -> None:
    with pytest.raises(ptc_interpreter.PtcError) as caught:
        await ptc_interpreter.run(HEAD + f"@dataclass\nclass A:\n    x: int\n{reach}")
    assert isinstance(caught.value, ptc_interpreter.PtcRuntimeError | ptc_interpreter.PtcSyntaxError)
    assert "attribute" in str(caught.value) or "__dict__ of a 'type' object is not supported" in str(
        caught.value
    )


@pytest.mark.parametrize(
    ("program", "charged_line"),
    [
        # asdict rebuilds every element in Python: 5,000 elements a call
        (
            "@dataclass\nclass A:\n    xs: list\nbig = A([list(range(100))] * 50)\nfor _ in range(100):\n    asdict(big)",
            8,
        ),
        # the generated __eq__/__lt__/__hash__ walk a big tuple field natively on every use
        (
            "@dataclass(frozen=True, order=True)\nclass A:\n    xs: tuple\n"
            "a, b = A(tuple(range(99_999))), A(tuple(range(99_999)))\nfor _ in range(20):\n    a == b",
            8,
        ),
        (
            "@dataclass(frozen=True, order=True)\nclass A:\n    xs: tuple\n"
            "a, b = A(tuple(range(99_999))), A(tuple(range(99_999)))\nfor _ in range(20):\n    a < b",
            8,
        ),
        (
            "@dataclass(frozen=True)\nclass A:\n    xs: tuple\n"
            "a = A(tuple(range(99_999)))\nd = {}\nfor _ in range(20):\n    d[a] = 1",
            9,
        ),
    ],
    ids=["asdict", "eq", "lt", "hash"],
)
async def test_generated_methods_are_charged_by_size(program: str, charged_line: int) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError) as caught:
        await ptc_interpreter.run(HEAD + program, limits=ptc_interpreter.Limits(max_steps=100_000))
    assert caught.value.limit == "max_steps"
    assert caught.value.span is not None and caught.value.span.line == charged_line, caught.value
