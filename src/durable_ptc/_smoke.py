"""A minimal workflow that touches every Temporal feature durable-ptc builds on.

`SmokeWorkflow` runs an activity (with a summary, as inner tool calls will), a durable timer and a
child workflow. `durable-ptc smoke` runs it on the embedded server, and the integration smoke test
runs it and replays its history, so both prove the server and SDK wiring before anything else.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import timedelta

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

SMOKE_ACTIVITY_SUMMARY = "greet via an activity"


@dataclass
class SmokeResult:
    greeting: str
    child_total: int


@activity.defn
async def greet(name: str) -> str:
    return f"Hello, {name}!"


@workflow.defn
class SumChildWorkflow:
    @workflow.run
    async def run(self, numbers: list[int]) -> int:
        return sum(numbers)


@workflow.defn
class SmokeWorkflow:
    @workflow.run
    async def run(self, name: str) -> SmokeResult:
        greeting = await workflow.execute_activity(
            greet, name, start_to_close_timeout=timedelta(seconds=30), summary=SMOKE_ACTIVITY_SUMMARY
        )
        await asyncio.sleep(0.01)
        total = await workflow.execute_child_workflow(
            SumChildWorkflow.run, [1, 2, 3], id=f"{workflow.info().workflow_id}-child"
        )
        return SmokeResult(greeting=greeting, child_total=total)


SMOKE_WORKFLOWS = (SmokeWorkflow, SumChildWorkflow)
SMOKE_ACTIVITIES = (greet,)
# The sandbox re-imports a workflow's module, and so its package; `durable_ptc` imports Pydantic AI,
# which the sandbox rejects. The smoke workflows are deterministic, so take them from the host.
SMOKE_WORKFLOW_RUNNER = SandboxedWorkflowRunner(
    restrictions=SandboxRestrictions.default.with_passthrough_modules("durable_ptc")
)


async def run_smoke(client: Client, name: str = "durable-ptc") -> tuple[str, SmokeResult]:
    """Run `SmokeWorkflow` with a worker on a fresh task queue; return (workflow id, result)."""
    task_queue = f"smoke-{uuid.uuid4()}"
    workflow_id = f"smoke-{uuid.uuid4()}"
    async with Worker(
        client,
        task_queue=task_queue,
        workflows=list(SMOKE_WORKFLOWS),
        activities=list(SMOKE_ACTIVITIES),
        workflow_runner=SMOKE_WORKFLOW_RUNNER,
    ):
        result = await client.execute_workflow(SmokeWorkflow.run, name, id=workflow_id, task_queue=task_queue)
    return workflow_id, result
