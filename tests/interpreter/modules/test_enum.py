"""The `enum` module: CPython 3.11's behaviour, made in program space for each run.

What a program does to an enum (its library classes, its members) stays in its run; nothing behind
an enum (the members' storage, the class machinery) is reachable; hashes and orders never depend on
the process. The behaviour itself is checked against CPython here and in the conformance corpus
(`tests/conformance/cases/enum__*.py`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import ptc_interpreter
from ptc_isolated import run_isolated
from ptc_reference import assert_same_as_cpython

_MODEL_STYLE = """
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import json
from dataclasses import dataclass

class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"
    @property
    def is_open(self):
        return self is Status.OPEN
    @classmethod
    def parse(cls, text):
        return cls(text.lower())

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

@unique
class Mode(StrEnum):
    READ = auto()
    WRITE = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

@dataclass
class Ticket:
    title: str
    status: Status = Status.OPEN
    priority: Priority = Priority.LOW

tickets = [Ticket("a", Status.parse("CLOSED"), Priority.HIGH), Ticket("b")]
by_status = {}
for t in tickets:
    by_status.setdefault(t.status, []).append(t.title)
print(by_status)
print(sorted(tickets, key=lambda t: t.priority, reverse=True)[0])
print(json.dumps([{"s": t.status, "p": t.priority} for t in tickets]))
print([p.name for p in Priority if p >= Priority.MEDIUM], Priority.HIGH - Priority.LOW)
print(Perm.R | Perm.W, Perm(3), list(Perm), Perm.W in Perm.RW, str(Perm(5)), ~Perm.X)
print(f"{Mode.READ}|{Priority.LOW}|{Status.OPEN}|{Perm.R}|{Mode.READ!r}")
match tickets[0].status:
    case Status.OPEN:
        print("open")
    case Status.CLOSED:
        print("closed")
try:
    Priority(7)
except ValueError as error:
    print(error)
"""


async def test_model_style_enum_program_matches_cpython() -> None:
    await assert_same_as_cpython(_MODEL_STYLE)


def test_enum_changes_are_not_seen_by_a_later_run() -> None:
    result = run_isolated(
        """
        import enum
        enum.Enum.shared = "leaked"
        enum.IntEnum.describe = lambda self: "hijacked"
        class Color(enum.Enum):
            RED = 1
        Color.RED.note = "mutated"
        (enum.Enum.shared, Color.shared, Color.RED.note)
        """,
        after="""
        import enum
        class Color(enum.Enum):
            RED = 1
        class Level(enum.IntEnum):
            LOW = 1
        print(hasattr(enum.Enum, "shared"), hasattr(Level.LOW, "describe"), hasattr(Color.RED, "note"))
        """,
    )
    assert result.report is not None, result.stderr
    assert result.report["value"] == "('leaked', 'leaked', 'mutated')"
    assert result.report["after"]["stdout"] == "False False False\n"


async def test_enum_internals_are_unreachable() -> None:
    program = """
import operator
from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
class Level(IntEnum):
    LOW = 1
found = []
for target in (Color.RED, Color, Level.LOW, Level, Color.__members__):
    for name in ("_value_", "_name_", "__base__", "_member_map_", "_value2member_map_", "__dict__",
                 "ptc_enum", "ptc_namespace", "__objclass__", "_missing_", "mro"):
        for get in (lambda t, n: getattr(t, n), lambda t, n: operator.attrgetter(n)(t),
                    lambda t, n: ("{0." + n + "}").format(t)):
            try:
                found.append(repr(get(target, name)))
            except AttributeError:
                pass
found
"""
    result = await ptc_interpreter.run(program)
    assert result.value == []


_DETERMINISM = """
from enum import Enum, StrEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
class Mode(StrEnum):
    READ = auto()
class Perm(Flag):
    R = auto()
    W = auto()
print([hash(c) for c in Color], hash(Mode.READ) == hash("read"), hash(Perm.R | Perm.W), hash(Perm(0)),
      list({Color.GREEN, Color.RED}), [str(Perm(i)) for i in range(4)])
"""


def test_enum_hashes_and_orders_are_the_same_in_every_process() -> None:
    script = (
        "import asyncio, json, sys, ptc_interpreter\n"
        "print(json.dumps(asyncio.run(ptc_interpreter.run(sys.stdin.read())).stdout))\n"
    )
    outputs = set()
    for seed in ("0", "1", "4242"):
        completed = subprocess.run(
            [sys.executable, "-c", script],
            input=_DETERMINISM,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
            check=True,
        )
        outputs.add(json.loads(completed.stdout))
    assert len(outputs) == 1
    (output,) = outputs
    assert "True" in output and "[<Color.GREEN: 2>, <Color.RED: 1>]" in output
