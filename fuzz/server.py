"""The properties on a real Temporal dev server: replay, cancellation, exactly-once after a crash.

The same generated programs as on the simulated host run as `run_ptc` in a real `AgentWorkflow`
(via `durable_ptc.testing`): `fetch` is a real activity following its call site's script (delays in
tenths of a second, retryable failures under a 3-attempt policy, failures for good, rejected input),
and `spawn` is a real child workflow running a helper agent. Scripts and side effects go through
files named after the workflow ID, so a worker in another process (for the crash test) sees them.

- *replay*: every history (finished or cancelled) replays with `Replayer` without nondeterminism.
- *cancellation*: cancelled at a random moment, the workflow ends cancelled (or had finished), the
  model got no turn after the cancel request, every scheduled tool activity either ended or had a
  cancel request recorded, no child workflow is still running (asked of the server), and no tool
  is still running on the worker.
- *exactly once* (sampled): the worker process is killed while calls are in flight and replaced;
  the run finishes and no call that had completed before the kill ran again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.messages import ModelMessage, ModelRequest, ModelResponse, TextPart, UserPromptPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.toolsets import FunctionToolset
from temporalio import activity
from temporalio.api.enums.v1 import EventType, WorkflowExecutionStatus
from temporalio.client import Client, WorkflowFailureError, WorkflowHistory
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from durable_ptc import Subagents, ToolExecutionError, ToolRetryableError, ToolValidationError
from durable_ptc.testing import ProgramRunner, assert_replays, program_agent

from . import ir
from .campaign import ALL_HEALTH_CHECKS, Finding, PropertyReport
from .properties import Case
from .simhost import MAX_ATTEMPTS, Script, site_of
from .strategies import ALL_FEATURES, OPEN_BUGS, programs

SCALE = 0.1
"""Real seconds per virtual second of the scripts, sleeps and timeouts."""
STATE = Path(os.environ.get("PTC_FUZZ_STATE", Path(os.environ.get("TMPDIR", "/tmp")) / "ptc-fuzz-server"))
"""Where scripts (`<workflow id>.json`) and side effects (`<workflow id>.log`) live."""
SERVER_FEATURES = ALL_FEATURES - OPEN_BUGS["cancellation"]
CRASH_SECONDS = 60.0
"""About what one exactly-once sample takes (two worker start-ups and Temporal's timeouts)."""


def _file(workflow_id: str, suffix: str) -> Path:
    return STATE / (workflow_id.replace("/", "_") + suffix)


def _root_workflow(workflow_id: str) -> str:
    return workflow_id.split("/spawn-")[0]


def record(workflow_id: str, event: str) -> None:
    with _file(workflow_id, ".log").open("a") as log:
        log.write(f"{time.time():.3f} {event}\n")


def effects(workflow_id: str) -> list[tuple[float, str]]:
    path = _file(workflow_id, ".log")
    if not path.exists():
        return []
    return [(float(t), e) for t, e in (line.split(" ", 1) for line in path.read_text().splitlines())]


async def fetch(key: str) -> int:
    """Fetch the value stored under `key`."""
    info = activity.info()
    workflow_id = _root_workflow(info.workflow_id or "")
    scripts = json.loads(_file(workflow_id, ".json").read_text())
    script = Script.from_json(scripts.get(site_of(key), Script().to_json()))
    record(workflow_id, f"start {key} {info.attempt}")
    try:
        await asyncio.sleep(script.delay * SCALE)
    except asyncio.CancelledError:
        record(workflow_id, f"cancelled {key} {info.attempt}")
        raise
    if script.mode == "retry" and info.attempt <= script.failures:
        record(workflow_id, f"failed {key} {info.attempt}")
        raise ToolRetryableError(f"transient failure {info.attempt} of {key}")
    if script.mode == "fatal":
        record(workflow_id, f"failed {key} {info.attempt}")
        raise ToolExecutionError(f"{key} failed for good")
    if script.mode == "invalid":
        record(workflow_id, f"failed {key} {info.attempt}")
        raise ToolValidationError(f"invalid arguments for {key}")
    record(workflow_id, f"done {key} {info.attempt}")
    return script.value


def _helper_model(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
    task = next(
        p.content
        for m in messages
        if isinstance(m, ModelRequest)
        for p in m.parts
        if isinstance(p, UserPromptPart) and isinstance(p.content, str)
    )
    return ModelResponse(parts=[TextPart(f"helper did {task}")])


ACTIVITY_CONFIG = ActivityConfig(
    start_to_close_timeout=timedelta(seconds=30),
    heartbeat_timeout=timedelta(seconds=1),
    retry_policy=RetryPolicy(
        initial_interval=timedelta(milliseconds=50), backoff_coefficient=1.0, maximum_attempts=MAX_ATTEMPTS
    ),
)


@cache
def fuzz_agents() -> list[Agent[None, str]]:
    """The program agent (tools: `fetch`; `spawn` of `helper`) and the helper it spawns. Fixed names,
    so a worker in another process registers the same ones."""
    helper = Agent(
        FunctionModel(_helper_model),
        name="helper",
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG)],
    )
    toolset = FunctionToolset[Any](id="fuzz")
    toolset.add_function(fetch, takes_ctx=False, name="fetch")
    agent = program_agent(
        toolset, name="fuzz-programs", activity_config=ACTIVITY_CONFIG, capabilities=[Subagents([helper])]
    )
    return [agent]


def server_cases() -> st.SearchStrategy[Case]:
    def to_case(program: ir.Program) -> Case:
        rendered = ir.render(program, scale=SCALE)
        return Case(rendered.source, rendered.scripts)

    return programs(SERVER_FEATURES, max_helpers=2).map(to_case)


# -- history facts -------------------------------------------------------------------------------


@dataclass
class HistoryCheck:
    problems: list[str]
    children: list[str]


def check_history(history: WorkflowHistory) -> HistoryCheck:
    """Every scheduled tool activity ended or had a cancel request; no model turn after cancellation."""
    scheduled: dict[int, str] = {}
    settled: set[int] = set()
    cancel_requested_at: int | None = None
    model_turns_after_cancel: list[str] = []
    children: list[str] = []
    ended_kinds = {
        EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: "activity_task_completed_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: "activity_task_failed_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: "activity_task_timed_out_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED: "activity_task_canceled_event_attributes",
        EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED: "activity_task_cancel_requested_event_attributes",
    }
    for event in history.events:
        kind = event.event_type
        if kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED and cancel_requested_at is None:
            cancel_requested_at = event.event_id
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            name = event.activity_task_scheduled_event_attributes.activity_type.name
            scheduled[event.event_id] = name
            if cancel_requested_at is not None and not name.endswith("__call_tool"):
                model_turns_after_cancel.append(name)
        elif kind in ended_kinds:
            settled.add(getattr(event, ended_kinds[kind]).scheduled_event_id)
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            children.append(event.start_child_workflow_execution_initiated_event_attributes.workflow_id)
    problems: list[str] = []
    if model_turns_after_cancel:
        problems.append(f"the model got a turn after the cancel request: {model_turns_after_cancel}")
    unsettled = [name for event_id, name in scheduled.items() if event_id not in settled]
    if unsettled:
        problems.append(f"activities neither ended nor cancelled: {unsettled}")
    return HistoryCheck(problems, children)


async def still_running_children(client: Client, children: list[str]) -> list[str]:
    running: list[str] = []
    for child in children:
        description = await client.get_workflow_handle(child).describe()
        if description.status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING:
            running.append(child)
    return running


# -- the properties ------------------------------------------------------------------------------


async def check_replay(runner: ProgramRunner, case: Case) -> str | None:
    workflow_id = f"fuzz-{uuid.uuid4()}"
    _file(workflow_id, ".json").write_text(json.dumps(case.to_json()["scripts"]))
    run = await runner.run(case.source, workflow_id=workflow_id)
    try:
        await assert_replays(run.history, runner.agents)
    except AssertionError as error:
        return f"history does not replay: {error}"
    if run.error is not None and ("InternalError" in run.error or "interpreter bug" in run.error):
        return f"the interpreter failed itself on the server: {run.error}"
    return None


async def check_server_cancellation(runner: ProgramRunner, case: Case, after: float) -> str | None:
    workflow_id = f"fuzz-{uuid.uuid4()}"
    _file(workflow_id, ".json").write_text(json.dumps(case.to_json()["scripts"]))
    handle = await runner.start(case.source, workflow_id=workflow_id)
    await asyncio.sleep(after)
    await handle.cancel()
    with contextlib.suppress(WorkflowFailureError):  # cancelled, as asked
        await handle.result()
    history = await handle.fetch_history()
    facts = check_history(history)
    problems = list(facts.problems)
    await asyncio.sleep(1.5)  # a heartbeat timeout: time for cancellations to reach tools and children
    if running := await still_running_children(runner.client, facts.children):
        problems.append(f"child workflows still running: {running}")
    log = [e for _, e in effects(workflow_id)]
    started = {e.split(" ", 1)[1] for e in log if e.startswith("start ")}
    finished = {e.split(" ", 1)[1] for e in log if e.startswith(("done ", "failed ", "cancelled "))}
    if started - finished:
        problems.append(f"tool calls still running on the worker: {sorted(started - finished)}")
    try:
        await assert_replays(history, runner.agents)
    except AssertionError as error:
        problems.append(f"cancelled history does not replay: {error}")
    return "; ".join(problems) or None


CRASH_PROGRAM = ir.Program(
    helpers=(),
    body=(
        ir.Loop(2, (ir.AwaitStmt(ir.ToolAw(Script(delay=3, value=1))),)),
        ir.AwaitStmt(ir.GatherAw(tuple(ir.ToolAw(Script(delay=12, value=i)) for i in range(3)))),
        ir.AwaitStmt(ir.ToolAw(Script(delay=1, value=9))),
    ),
)


def _start_worker(address: str, task_queue: str) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "fuzz.server", address, task_queue],
        env={
            **os.environ,
            "PTC_FUZZ_STATE": str(STATE),
            "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        },
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    line = worker.stdout.readline().strip()
    if line != "worker ready":
        worker.kill()
        raise RuntimeError(f"fuzz worker did not start: {line!r}")
    return worker


async def check_exactly_once(client: Client, address: str, case: Case, kill_after: float) -> str | None:
    """Kill the worker `kill_after` seconds into the run, start another; no completed call may rerun."""
    task_queue = f"fuzz-crash-{uuid.uuid4()}"
    workflow_id = f"fuzz-crash-{uuid.uuid4()}"
    _file(workflow_id, ".json").write_text(json.dumps(case.to_json()["scripts"]))
    runner = ProgramRunner(client, {}, agent=fuzz_agents()[0], task_queue=task_queue)
    first = await asyncio.to_thread(_start_worker, address, task_queue)
    try:
        handle = await runner.start(case.source, workflow_id=workflow_id)
        await asyncio.sleep(kill_after)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    killed_at = time.time()
    second = await asyncio.to_thread(_start_worker, address, task_queue)
    try:
        output = await asyncio.wait_for(handle.result(), timeout=120)
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait()
    run = await runner.collect(handle, output)
    problems: list[str] = []
    if run.error is not None:
        problems.append(f"the program failed after the crash: {run.error}")
    log = effects(workflow_id)
    for t_end, event in log:
        if not event.startswith("done ") or t_end > killed_at - 0.5:
            continue  # a call that ended just before the kill may not have been reported yet
        key = event.split(" ")[1]
        if rerun := [e for t, e in log if t > killed_at and e.startswith(f"start {key} ")]:
            problems.append(f"{key} completed before the crash and ran again: {rerun}")
    try:
        await assert_replays(run.history, runner.agents)
    except AssertionError as error:
        problems.append(f"history does not replay: {error}")
    return "; ".join(problems) or None


# -- campaign ----------------------------------------------------------------------------------


async def _server_campaign(
    seconds: float, seed: int | None, log: Callable[[str], None]
) -> list[PropertyReport]:
    from durable_ptc import DevServer

    STATE.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    replay = PropertyReport("server-replay")
    cancel = PropertyReport("server-cancel")
    once = PropertyReport("exactly-once")
    cases: list[Case] = []

    @settings(
        max_examples=60,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=ALL_HEALTH_CHECKS,
    )
    @given(server_cases())
    def collect(case: Case) -> None:
        cases.append(case)

    collect()
    rng.shuffle(cases)
    async with DevServer() as server:
        client = await server.connect()
        runner = ProgramRunner(client, {}, agent=fuzz_agents()[0])
        deadline = time.monotonic() + seconds - CRASH_SECONDS
        async with runner:
            for index, case in enumerate(cases):
                if index >= 4 and time.monotonic() > deadline:
                    break
                if index % 2 == 0:
                    replay.programs += 1
                    problem = await check_replay(runner, case)
                    report = replay
                else:
                    cancel.programs += 1
                    problem = await check_server_cancellation(runner, case, rng.uniform(0.05, 1.5))
                    report = cancel
                if problem:
                    report.failing += 1
                    report.findings.append(Finding(report.prop, case, problem))
        once.programs += 1
        crash_case = Case(ir.render(CRASH_PROGRAM, scale=SCALE).source, ir.render(CRASH_PROGRAM).scripts)
        if problem := await check_exactly_once(client, server.target, crash_case, rng.uniform(0.8, 1.6)):
            once.failing += 1
            once.findings.append(Finding(once.prop, crash_case, problem))
    for report in (replay, cancel, once):
        log(report.line())
    return [replay, cancel, once]


def run_server_campaign(
    seconds: float, seed: int | None = None, log: Callable[[str], None] = print
) -> list[PropertyReport]:
    return asyncio.run(_server_campaign(seconds, seed, log))


async def _serve(address: str, task_queue: str) -> None:
    from durable_ptc import connect, create_worker

    client = await connect(address)
    async with create_worker(client, fuzz_agents(), task_queue=task_queue):
        print("worker ready", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":  # a worker process for the exactly-once check
    asyncio.run(_serve(sys.argv[1], sys.argv[2]))
