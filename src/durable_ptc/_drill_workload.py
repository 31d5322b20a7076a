"""What the drill's worker processes run, and what the drill expects of it.

`durable-ptc drill` (see `_drill`) needs workloads whose correct outcome it knows in advance, whose
side effects it can count, and which any worker process can continue after another was killed. So
everything here is a pure function of a seeded `Workload`: the prompt carries the workload as JSON,
the scripted models (`FunctionModel`s) derive every turn from the prompt and what they were shown,
and the expected output and side effects are computed from the same workload.

The one side-effecting tool, `write_file`, appends a line to the drill's journal (the effect the
checker counts). A killed worker's in-flight call is retried (Temporal is at-least-once), so the
tool is idempotent the way a production tool should be: by Temporal's idempotency key, the
activity's workflow ID and activity ID. A retry of a call whose effect was already applied journals
`again` instead of `done`; the checker counts a logical effect (run + path) done twice as a duplicate,
which only a workflow scheduling the same effect twice (a durability bug) can cause.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import random
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import ModelMessage, ModelResponse
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from temporalio import activity
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from ._errors import ToolExecutionError
from ._ptc import PTC
from ._subagents import Subagents
from .demo.scripted import Call, Script, Seen, call, play, program, user_prompt

DRILL_DIR_ENV = "DURABLE_PTC_DRILL_DIR"
JOURNAL = "journal.log"
PARENT_AGENT = "drill"
CHILD_AGENT = "drill_child"
AGENTS_SPEC = "durable_ptc._drill_workload:drill_agents"
PARENT_PROMPT = "drill workload "
CHILD_PROMPT = "drill child "

Family = Literal["spawns", "ptc_spawns", "ptc_writes_spawns"]
FAMILIES: tuple[Family, ...] = ("spawns", "ptc_spawns", "ptc_writes_spawns")

ACTIVITY_CONFIG = ActivityConfig(
    start_to_close_timeout=timedelta(seconds=10),
    retry_policy=RetryPolicy(
        initial_interval=timedelta(milliseconds=500), backoff_coefficient=1.0, maximum_attempts=30
    ),
)
"""A call lost with a killed worker is retried 10 s after it started, as often as kills demand."""


@dataclass(frozen=True)
class ChildSpec:
    label: str
    n: int
    """The child answers `label=sum(i * i for i in range(n))`."""
    sleep: int
    """Seconds of durable sleep before it writes its result (0: none)."""

    @property
    def output(self) -> str:
        return f"{self.label}={sum(i * i for i in range(self.n))}"


@dataclass(frozen=True)
class Workload:
    """One run: `spawns` (the model calls `spawn` once per child), `ptc_spawns` (one program gathering
    the spawns) or `ptc_writes_spawns` (one program gathering `writes` writes and the spawns); a
    program then sleeps `sleep` seconds and writes `loop` files one after another."""

    family: Family
    children: tuple[ChildSpec, ...]
    writes: int = 0
    loop: int = 0
    sleep: int = 0

    def prompt(self) -> str:
        return PARENT_PROMPT + json.dumps(asdict(self))

    @staticmethod
    def from_prompt(prompt: str) -> Workload:
        fields = json.loads(prompt.removeprefix(PARENT_PROMPT))
        children = tuple(ChildSpec(**child) for child in fields.pop("children"))
        return Workload(children=children, **fields)

    @property
    def expected_output(self) -> str:
        outputs = "|".join(sorted(child.output for child in self.children))
        return f"{outputs} · {self.writes + self.loop} writes"

    def expected_effects(self, workflow_id: str) -> set[str]:
        """The logical effects (`workflow ID:path`) the run must apply exactly once. Children's IDs
        are their parent's plus `/spawn-N`; which child gets which N depends on the order the
        spawns started, so a child's result is keyed by its label."""
        paths = [f"w{i}" for i in range(self.writes)] + [f"seq{i}" for i in range(self.loop)]
        own = {f"{workflow_id}:{path}" for path in paths}
        return own | {f"{workflow_id}/spawn-{i}:result" for i in range(len(self.children))}


def generate_workloads(seed: int, runs: int) -> list[Workload]:
    """`runs` workloads, the same for the same seed; each sleeps somewhere, so runs park on timers."""
    rng = random.Random(seed)
    workloads: list[Workload] = []
    for _ in range(runs):
        family = rng.choice(FAMILIES)
        children = [
            ChildSpec(label=f"c{i}", n=rng.randint(10, 999), sleep=rng.choice((0, 1, 2)))
            for i in range(rng.randint(1, 3))
        ]
        programmed = family != "spawns"
        sleep = rng.choice((0, 1, 2)) if programmed else 0
        if not sleep and not any(child.sleep for child in children):
            children[0] = ChildSpec(children[0].label, children[0].n, sleep=1)
        workloads.append(
            Workload(
                family=family,
                children=tuple(children),
                writes=rng.randint(1, 4) if family == "ptc_writes_spawns" else 0,
                loop=rng.randint(0, 3) if programmed else 0,
                sleep=sleep,
            )
        )
    return workloads


# -- the scripted models ------------------------------------------------------------------------


def _child_task(child: ChildSpec) -> str:
    return CHILD_PROMPT + json.dumps(asdict(child))


def _parent_program(workload: Workload) -> str:
    tasks = [_child_task(child) for child in workload.children]
    lines = ["import asyncio", f"tasks = {tasks!r}"]
    spawns = f"[spawn(agent_name={CHILD_AGENT!r}, task=t) for t in tasks]"
    if workload.family == "ptc_writes_spawns":
        writes = f'[write_file(path=f"w{{i}}", content=str(i)) for i in range({workload.writes})]'
        lines += [
            f"done = await asyncio.gather(*({writes} + {spawns}))",
            f"written = len(done[:{workload.writes}])",
            f"children = done[{workload.writes}:]",
        ]
    else:
        lines += [f"children = await asyncio.gather(*{spawns})", "written = 0"]
    if workload.sleep:
        lines.append(f"await asyncio.sleep({workload.sleep})")
    lines += [
        f"for i in range({workload.loop}):",
        '    await write_file(path=f"seq{i}", content=str(i))',
        "    written += 1",
        "f\"{'|'.join(sorted(children))} · {written} writes\"",
    ]
    return "\n".join(lines) + "\n"


def _program_value(seen: list[Seen]) -> str:
    for outcome in reversed(seen):
        if outcome.tool == "run_ptc":
            if outcome.outcome != "success" or not isinstance(outcome.content, dict):
                return f"(the program failed: {outcome.text.splitlines()[0]})"
            return str(outcome.content.get("value"))  # pyright: ignore[reportUnknownMemberType]
    return "(no program ran)"


def parent_script(prompt: str) -> Script:
    workload = Workload.from_prompt(prompt)
    if workload.family == "spawns":
        calls: list[Call] = [
            call("spawn", agent_name=CHILD_AGENT, task=_child_task(child)) for child in workload.children
        ]
        return Script(
            turns=(calls,),
            answer=lambda seen: "|".join(sorted(s.text for s in seen if s.tool == "spawn")) + " · 0 writes",
        )
    return Script(turns=([program(_parent_program(workload))],), answer=_program_value)


def child_script(prompt: str) -> Script:
    child = ChildSpec(**json.loads(prompt.removeprefix(CHILD_PROMPT)))
    sleep = f"await asyncio.sleep({child.sleep})\n" if child.sleep else ""
    code = (
        f"import asyncio\n{sleep}"
        f"total = sum(i * i for i in range({child.n}))\n"
        f'await write_file(path="result", content=str(total))\n'
        f'f"{child.label}={{total}}"\n'
    )
    return Script(turns=([program(code)],), answer=_program_value)


def _model(choose: Any) -> FunctionModel:
    def respond(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        return play(choose(user_prompt(messages)), messages)

    return FunctionModel(respond, model_name="drill-scripted")


# -- the tool -------------------------------------------------------------------------------------


def drill_dir() -> Path:
    configured = os.environ.get(DRILL_DIR_ENV)
    if not configured:
        raise ToolExecutionError(f"the drill directory is not configured (${DRILL_DIR_ENV} is unset)")
    return Path(configured)


async def write_file(path: str, content: str) -> str:
    """Write a file (in the drill, the effect is a journal line, applied once per call)."""
    info = activity.info()
    logical = f"{info.workflow_id}:{path}"
    call_key = f"{info.workflow_id}#{info.activity_id}"
    with (drill_dir() / JOURNAL).open("a+") as journal:
        fcntl.flock(journal, fcntl.LOCK_EX)  # released by the kernel if this process is killed
        journal.seek(0)
        applied = any(line.split()[2] == call_key for line in journal if line.startswith("done "))
        journal.write(f"{'again' if applied else 'done'} {logical} {call_key} {os.getpid()} {info.attempt}\n")
    return f"wrote {len(content)} characters to {path}"


@dataclass(frozen=True)
class JournalEntry:
    word: str
    """`done` (the effect was applied) or `again` (a retry found it applied)."""
    logical: str
    call_key: str
    pid: int
    attempt: int


def read_journal(directory: Path) -> list[JournalEntry]:
    path = directory / JOURNAL
    if not path.exists():
        return []
    entries: list[JournalEntry] = []
    for line in path.read_text().splitlines():
        word, logical, call_key, pid, attempt = line.split()
        entries.append(JournalEntry(word, logical, call_key, int(pid), int(attempt)))
    return entries


def _toolset() -> FunctionToolset[Any]:
    toolset = FunctionToolset[Any](id="drill")
    toolset.add_function(write_file, takes_ctx=False)
    return toolset


@functools.cache
def drill_agents() -> list[Agent[None, str]]:
    """The parent (`drill`: `spawn`, `run_ptc`, `write_file`) and its child (`drill_child`)."""
    child = Agent(
        _model(child_script),
        name=CHILD_AGENT,
        toolsets=[_toolset()],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC()],
    )
    parent = Agent(
        _model(parent_script),
        name=PARENT_AGENT,
        toolsets=[_toolset()],
        capabilities=[
            TemporalDurability(activity_config=ACTIVITY_CONFIG),
            PTC(),
            Subagents([child], descriptions={CHILD_AGENT: "computes one value and writes it"}),
        ],
    )
    return [parent, child]
