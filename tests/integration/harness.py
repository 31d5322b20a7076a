"""Fixtures the scenario tests import: a sandbox directory for side effects and a running worker."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from scenario_agents import AGENTS
from temporalio.client import Client, WorkflowHandle

from durable_ptc import (
    AgentRunOutput,
    AgentWorkflow,
    create_replayer,
    create_worker,
    ensure_plugins,
    start_agent,
)


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PTC_TEST_SANDBOX", str(tmp_path))
    return tmp_path


@dataclass
class AgentRunner:
    client: Client
    task_queue: str

    async def start(
        self, prompt: str, agent: str = "orchestrator"
    ) -> WorkflowHandle[AgentWorkflow, AgentRunOutput]:
        return await start_agent(
            self.client, agent, prompt, task_queue=self.task_queue, workflow_id=f"scenario-{uuid.uuid4()}"
        )

    async def run(self, prompt: str, agent: str = "orchestrator") -> tuple[list[dict[str, Any]], Any]:
        """Run to completion and check its history replays; return what the model was shown, and the handle."""
        handle = await self.start(prompt, agent)
        output = await handle.result()
        replay = await create_replayer(AGENTS).replay_workflow(
            await handle.fetch_history(), raise_on_replay_failure=False
        )
        assert replay.replay_failure is None, replay.replay_failure
        return json.loads(output.output), handle


@pytest.fixture
async def runner(client: Client, sandbox: Path) -> AsyncIterator[AgentRunner]:
    task_queue = f"scenarios-{uuid.uuid4()}"
    async with create_worker(client, AGENTS, task_queue=task_queue):
        yield AgentRunner(ensure_plugins(client), task_queue)


async def eventually(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until `condition()` holds (side effects of work running in the worker)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.1)
