"""The differential program corpus, run as `run_ptc` in real workflows, gives CPython's values.

`tests/interpreter/programs/` pins the standalone interpreter to CPython. This runs every one of
those programs the way `durable-ptc run` does (`run_program`'s agent: a scripted model calls
`run_ptc(code=PROGRAM)` in an `AgentWorkflow`, every tool call an activity) on the session's dev
server, and compares what the model is shown with CPython running the program natively, after the
same JSON conversion `run_ptc` applies. Programs that end in an uncaught exception (`err_*`) must
come back to the model as the same error the standalone interpreter reports.

The programs run on one worker, a few at a time (several race tool calls against 5 s timeouts, so
an overloaded worker would change their outcome); each workflow gets its own `FakeWorld` (keyed by
the workflow ID the activity runs for), so files written and emails sent do not mix between programs.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import re
import typing
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import ptc_interpreter
import pytest
from ptc_fake_tools import FakeWorld
from ptc_reference import run_cpython
from pydantic_ai import Agent
from pydantic_ai.toolsets import FunctionToolset
from temporalio import activity
from temporalio.client import Client

from durable_ptc import create_worker, run_agent
from durable_ptc._host import to_program_value
from durable_ptc._run_program import program_agent

PROGRAMS = sorted((Path(__file__).parents[1] / "interpreter" / "programs").glob("*.py"))

SET_ORDER = {
    "dict_set_ops": "returns a set: the program's sets iterate in insertion order, CPython's by hash "
    "(docs/semantics.md); compared with the standalone interpreter instead",
}
COMPLETION_ORDER = {
    "async_pipeline_taskgroup": "collects results in the order concurrent calls finish, which for "
    "activities is the order the worker happens to finish them; compared as multisets",
}
EXECUTION_ORDER_NUMBERING = {
    "email_digest": "send_email numbers messages in the order the sends execute, and concurrent "
    "activities execute in any order; compared with the message numbers masked",
    "email_campaign": "as email_digest",
}
CONCURRENT_PROGRAMS = 8


class WorldPerWorkflow:
    """FakeWorld tools as activities, each workflow (one program) seeing its own world."""

    def __init__(self) -> None:
        self.worlds: dict[str, FakeWorld] = {}

    def toolset(self) -> FunctionToolset[Any]:
        toolset = FunctionToolset[Any](id="tools")
        for name, tool in FakeWorld().tools().items():
            toolset.add_function(self._delegate(name, tool), name=name, takes_ctx=False)
        return toolset

    def _delegate(self, name: str, tool: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        @functools.wraps(tool)
        async def call(*args: Any, **kwargs: Any) -> Any:
            world = self.worlds.setdefault(activity.info().workflow_id or "", FakeWorld())
            return await world.tools()[name](*args, **kwargs)

        # The fake tools' annotations are strings (postponed evaluation); Pydantic AI resolves
        # them in the wrapper's module, which does not import their names.
        call.__annotations__ = typing.get_type_hints(tool)
        call.__signature__ = inspect.signature(tool, eval_str=True)  # type: ignore[attr-defined]
        return call


@pytest.fixture(scope="module")
def worlds() -> WorldPerWorkflow:
    return WorldPerWorkflow()


@pytest.fixture(scope="module")
def agent(worlds: WorldPerWorkflow) -> Agent[None, str]:
    return program_agent(worlds.toolset())


@pytest.fixture(scope="module")
async def shown_to_model(client: Client, agent: Agent[None, str]) -> dict[str, dict[str, Any]]:
    """What `run_ptc` reported to the model, per program, all programs run concurrently."""
    task_queue = f"corpus-{uuid.uuid4()}"
    async with create_worker(client, [agent], task_queue=task_queue):
        slots = asyncio.Semaphore(CONCURRENT_PROGRAMS)

        async def run(path: Path) -> dict[str, Any]:
            async with slots:
                output = await run_agent(
                    client,
                    agent,
                    path.read_text(),
                    task_queue=task_queue,
                    workflow_id=f"corpus-{path.stem}-{uuid.uuid4()}",
                )
            return json.loads(output.output)

        reports = await asyncio.gather(*(run(path) for path in PROGRAMS))
    return {path.stem: report for path, report in zip(PROGRAMS, reports, strict=True)}


def as_shown(value: Any) -> Any:
    """A program value as the model receives it: `run_ptc`'s conversion, then JSON."""
    return json.loads(json.dumps(to_program_value(value)))


def as_multisets(value: Any) -> Any:
    """`value` with every list sorted (by JSON text), recursively: equal for any completion order."""
    if isinstance(value, list):
        return sorted((as_multisets(item) for item in value), key=json.dumps)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if isinstance(value, dict):
        return {key: as_multisets(item) for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType]
    return value


def message_numbers_masked(shown: dict[str, Any]) -> str:
    return re.sub(r"msg-\d+", "msg-N", json.dumps(shown))


async def standalone(source: str) -> ptc_interpreter.RunResult:
    return await ptc_interpreter.run(source, tools=FakeWorld().tools())


def test_the_corpus_is_all_here() -> None:
    assert len(PROGRAMS) >= 100


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
async def test_program_in_a_workflow_gives_cpythons_value(
    path: Path, shown_to_model: dict[str, dict[str, Any]]
) -> None:
    report = shown_to_model[path.stem]
    source = path.read_text()
    if path.stem.startswith("err_"):
        with pytest.raises(ptc_interpreter.PtcError) as raised:
            await standalone(source)
        assert report["ok"] is False, report
        # the standalone report, then what the program printed before failing
        printed = raised.value.stdout
        expected = str(raised.value) + (
            f"\n\nPrinted before the error:\n{printed.rstrip(chr(10))}" if printed else ""
        )
        assert report["result"] == expected
        return
    assert report["ok"] is True, report["result"]
    shown = report["result"]
    if path.stem == "asyncio_timeout":
        # Races a 10 ms timeout against tool calls; in a workflow the timeout is a durable timer (the
        # dev server fires it about 1 s late) and each call an activity, so only the tail is fixed.
        assert shown["value"][-2:] == ["cleanup", "within"]
        return
    if path.stem == "polling_sleep":
        # Checks its millisecond sleeps took under 5 s of clock time; each is a ~1 s durable timer here.
        assert shown["value"]["attempts"] == [None, None, "XENON"]
        assert shown["value"]["monotonic"] is True
        return
    if path.stem in SET_ORDER:
        expected = await standalone(source)
        assert shown == {"value": as_shown(expected.value), "stdout": expected.stdout}
        return
    reference = await run_cpython(source, FakeWorld().tools())
    assert reference.exc_type is None
    if path.stem in COMPLETION_ORDER:
        assert as_multisets(shown["value"]) == as_multisets(as_shown(reference.value))
        return
    if path.stem in EXECUTION_ORDER_NUMBERING:
        expected = {"value": as_shown(reference.value), "stdout": reference.stdout}
        assert message_numbers_masked(shown) == message_numbers_masked(expected)
        return
    assert shown == {"value": as_shown(reference.value), "stdout": reference.stdout}
