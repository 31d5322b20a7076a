"""Creating classes and looking names up along deep hierarchies is charged by the MRO's length.

CPython's `type()` copies the bases' MROs and looks every slot up along the new one, so a class
costs more the deeper it inherits, and faster than linearly: `class K(K): pass` in a loop, one step
per class, took minutes of CPU on the default budget (a class 2,000 deep took 40 ms to create). Now
a class costs steps by its MRO's length, an inheritance chain is refused past
`Limits.max_nesting_depth`, and an attribute or method lookup that walks a deep MRO in Python costs
a step per 8 classes walked. Each bomb runs in a memory-capped worker and must end in a clean
`PtcLimitError` within `MAX_BUDGET_CPU_RATIO` of the costliest ordinary loop.
"""

from __future__ import annotations

import asyncio
import textwrap
from typing import Any

import ptc_interpreter
import pytest
from ptc_bomb_worker import MAX_BUDGET_CPU_RATIO, run_bombs

ADDRESS_SPACE_CAP = 1 << 30
WORKER_CPU_CAP_S = 20
WORKER_WALL_CAP_S = 90

CHAIN_197 = "class K:\n    x = 1\n    def m(self):\n        pass\nfor i in range(197):\n    class K(K):\n        pass\no = K()\n"
"""A hierarchy just inside the limit: every lookup on `o` walks 200 classes."""

BOMBS: dict[str, tuple[str, str]] = {
    "class-chain-grows-each-iteration": (
        "max_nesting_depth",
        "class K: pass\nwhile True:\n    class K(K): pass",
    ),
    "class-on-many-bases": (
        "max_nesting_depth",
        "bases = []\nfor i in range(1000):\n    class B: pass\n    bases.append(B)\n"
        "while True:\n    class D(*bases): pass",
    ),
    "class-with-dunders-at-depth-198": (
        "max_steps",
        "class K: pass\nfor i in range(197):\n    class K(K): pass\nwhile True:\n"
        "    class J(K):\n        def __eq__(self, o): return True\n        def __lt__(self, o): return True\n"
        "        def __hash__(self): return 1",
    ),
    "plain-class-statement-loop": ("max_steps", "while True:\n    class J: pass"),
    "attribute-read-through-deep-mro": ("max_steps", CHAIN_197 + "while True:\n    o.x"),
    "missing-attribute-through-deep-mro": ("max_steps", CHAIN_197 + "while True:\n    hasattr(o, 'y')"),
    "method-call-through-deep-mro": ("max_steps", CHAIN_197 + "while True:\n    o.m()"),
    "attribute-write-through-deep-mro": ("max_steps", CHAIN_197 + "while True:\n    o.y = 1"),
    "class-attribute-through-deep-mro": ("max_steps", CHAIN_197 + "while True:\n    K.x"),
}


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    return run_bombs(
        {name: (textwrap.dedent(code).strip() + "\n", None) for name, (_, code) in BOMBS.items()},
        address_space_cap=ADDRESS_SPACE_CAP,
        cpu_cap_s=WORKER_CPU_CAP_S,
        wall_cap_s=WORKER_WALL_CAP_S,
    )


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_class_work_is_charged_by_mro_length(name: str, reports: dict[str, dict[str, Any]]) -> None:
    report = reports[name]
    assert report["outcome"] == "PtcLimitError", report
    assert report["limit"] == BOMBS[name][0], report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


def _run(code: str) -> Any:
    return asyncio.run(ptc_interpreter.run(textwrap.dedent(code))).value


def test_hierarchies_as_deep_as_the_limit_still_work() -> None:
    value = _run(
        """
        class K:
            x = 1
            def m(self):
                return self.x + 1
        for i in range(190):
            class K(K):
                pass
        o = K()
        o.y = 5
        (o.x, o.m(), o.y, K.x, len([c for c in [K] if issubclass(c, object)]))
        """
    )
    assert value == (1, 2, 5, 1, 1)


def test_too_deep_a_hierarchy_is_refused_with_the_class_name() -> None:
    with pytest.raises(
        ptc_interpreter.PtcLimitError, match="class Deep inherits through more than 200 classes"
    ):
        _run("class Deep: pass\nfor i in range(250):\n    class Deep(Deep): pass\n")
