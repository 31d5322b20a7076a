"""Operations priced by what they cost in CPU, not at one step (docs/semantics.md §4.4).

Found by the bomb suite's budget ratio (`ptc_bomb_worker.MAX_BUDGET_CPU_RATIO`): a program doing
nothing but one of these spent several times what the costliest ordinary loop spends on the same
budget. Each test compares two programs that differ only in the priced operation.
"""

from __future__ import annotations

import ptc_interpreter
from ptc_interpreter.modules.dataclasses_ import GENERATED_COMPARISON_STEPS, INIT_BASE_STEPS
from ptc_interpreter.runtime.exceptions import UNWIND_STEPS
from ptc_reference import assert_same_as_cpython

DEPTH_PROGRAM = """
def down(n):
    if n:
        return down(n - 1)
    LEAF
for _ in range(10):
    try:
        down(DEPTH)
    except ValueError:
        pass
"""


async def steps(code: str) -> int:
    return (await ptc_interpreter.run(code, tools={})).steps_used


def _depth(leaf: str, depth: int) -> str:
    return DEPTH_PROGRAM.replace("LEAF", leaf).replace("DEPTH", str(depth))


async def test_an_exception_pays_for_each_program_frame_it_leaves() -> None:
    raising = await steps(_depth("raise ValueError()", 40)) - await steps(_depth("raise ValueError()", 0))
    returning = await steps(_depth("return 0", 40)) - await steps(_depth("return 0", 0))
    assert raising - returning == 10 * 40 * UNWIND_STEPS


async def test_catching_the_recursion_limit_in_a_loop_is_charged_per_frame_unwound() -> None:
    code = "def f():\n    return f()\nfor _ in range(10):\n    try:\n        f()\n    except RecursionError:\n        pass"
    depth = ptc_interpreter.Limits().max_recursion_depth
    assert await steps(code) >= 10 * depth * UNWIND_STEPS


async def test_a_generated_dataclass_init_pays_per_field() -> None:
    program = (
        "from dataclasses import dataclass\n@dataclass\nclass D:\nFIELDS\nfor _ in range(100):\n    D(ARGS)"
    )

    def shaped(fields: int) -> str:
        names = [f"f{i}" for i in range(fields)]
        return program.replace("FIELDS", "".join(f"    {n}: int\n" for n in names)).replace(
            "ARGS", ", ".join("0" for _ in names)
        )

    one, four = await steps(shaped(1)), await steps(shaped(4))
    assert four - one == 100 * 3 + 3  # 3 more fields per call; the class body's 3 more annotations
    assert one >= 100 * (INIT_BASE_STEPS + 1)


async def test_a_generated_comparison_pays_for_its_python_work() -> None:
    program = "from dataclasses import dataclass\n@dataclass\nclass D:\n    x: int\nbig = [D(i) for i in range(1000)]\n"
    searched = await steps(program + "D(-1) in big")
    built = await steps(program + "D(-1)")
    assert searched - built >= 1000 * GENERATED_COMPARISON_STEPS


async def test_making_a_lazy_builtin_costs_a_step_beyond_its_call() -> None:
    lazy = await steps("x = [1]\nfor _ in range(1000):\n    map(abs, x)")
    eager = await steps("x = [1]\nfor _ in range(1000):\n    abs(1)")
    assert lazy - eager == 1000


async def test_ordered_dicts_compare_as_dicts_and_then_in_order() -> None:
    build = "import collections\nkeys = range(16_000)\na = T.fromkeys(keys)\nb = T.fromkeys(keys)\n"

    async def comparison(kind: str) -> int:
        program = build.replace("T", kind)
        return await steps(program + "a == b") - await steps(program + "a is b")

    ordered, plain = await comparison("collections.OrderedDict"), await comparison("dict")
    assert ordered - plain >= 16_000 // 16


async def test_priced_operations_keep_cpythons_results() -> None:
    await assert_same_as_cpython(
        "import collections\nfrom dataclasses import dataclass\n"
        "@dataclass\nclass D:\n    x: int\n    y: int = 2\n"
        "def f(n):\n    return f(n + 1) if n < 30 else 1 // 0\n"
        "try:\n    f(0)\nexcept ZeroDivisionError as e:\n    caught = str(e)\n"
        "a = collections.OrderedDict(a=1, b=2)\nb = collections.OrderedDict(b=2, a=1)\n"
        "@dataclass(order=True)\nclass P:\n    x: int\n    y: str = 'a'\n"
        "[caught, repr(D(1)), list(map(abs, [-1, 2])), a == b, a == dict(b), dict(a) == dict(b),\n"
        " D(1) == D(1), D(1) == D(1, 3), D(1) in [D(0), D(1)], repr(sorted([P(2), P(1, 'b'), P(1)])), P(1) < P(1, 'b')]",
        {},
    )
