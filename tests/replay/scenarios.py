"""The recorded scenarios: one Temporal history per row of the workflow scenario matrix.

Re-record on purpose (after a change that is *meant* to alter the commands programs issue, behind
`workflow.patched`, see docs/integration.md) with:

    PYTHONPATH=tests/integration:tests/replay uv run python tests/replay/record.py

It starts an embedded dev server and an in-process worker, runs every scenario below with the
scripted agents of tests/integration, and writes `histories/<name>.json` (plus `<name>.child-N.json`
for spawned children). `test_replay.py` replays every file in the default test run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))  # the shared scenario agents

from scenario_agents import call, program, script  # pyright: ignore[reportMissingImports]

HISTORIES = Path(__file__).with_name("histories")


@dataclass(frozen=True)
class Scenario:
    name: str
    prompt: str
    cancel_after: tuple[str, ...] = ()
    """Cancel the run once these side effects were recorded (empty: run to completion)."""


CHILD_SCRIPT = script([call("write_file", path="child.txt", content="c")])
SLOW_CHILD = script([call("slow", key="child", seconds=60)])

SCENARIOS = [
    Scenario(
        "direct_tools",
        script([call("write_file", path="a.txt", content="hi")], [call("read_file", path="a.txt")]),
    ),
    Scenario("direct_spawn", script([call("spawn", agent_name="helper", task=CHILD_SCRIPT)])),
    Scenario("validation_failure", script([call("check", n=-1)], [call("check", n=3)])),
    Scenario("failed_child", script([call("spawn", agent_name="helper", task="not a script")])),
    Scenario(
        "program_inner_calls",
        script([program("import asyncio\nr = await asyncio.gather(*[check(n=i) for i in range(5)])\nr")]),
    ),
    Scenario("program_spawn", script([program(f"await spawn('helper', {CHILD_SCRIPT!r})")])),
    Scenario("program_retry", script([program("await flaky(key='r', failures=2)")])),
    Scenario(
        "program_caught_failure",
        script([program("try:\n    await read_file(path='x')\nexcept Exception as e:\n    print(str(e))")]),
    ),
    Scenario(
        "program_gather_failure",
        script(
            [
                program(
                    "import asyncio\nasync def later():\n    await asyncio.sleep(1)\n    await explode(message='x')\n"
                    "await asyncio.gather(slow(key='a', seconds=60), later())"
                )
            ]
        ),
    ),
    Scenario(
        "program_sleep",
        script(
            [program("import asyncio, random, time\nawait asyncio.sleep(1)\n[random.random(), time.time()]")]
        ),
    ),
    Scenario(
        "program_errors",
        script([program("x = (")], [program("1 / 0")], [program("while True:\n    pass")]),
    ),
    Scenario(
        "cancel_parent",
        script(
            [
                program(
                    f"import asyncio\nawait asyncio.gather(slow(key='p', seconds=60), spawn('helper', {SLOW_CHILD!r}))"
                )
            ]
        ),
        cancel_after=("start p", "start child"),
    ),
]
