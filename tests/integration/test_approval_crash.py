"""Kill the worker while a program's call waits for approval: nothing is held, the approval reaches
the next worker, and the run finishes with the approved call made exactly once."""

from __future__ import annotations

import asyncio
import json
import signal
import uuid
from pathlib import Path

from harness import eventually
from scenario_agents import effects, program, script
from temporalio.client import Client
from test_approvals import GATHERED, waiting_calls
from test_crash_recovery import start_worker

from durable_ptc import AgentRunOutput, DevServer, approve, ensure_plugins, start_agent

pytest_plugins = ["harness"]


async def test_approval_after_the_worker_died_runs_the_call_once(
    temporal_server: DevServer, client: Client, sandbox: Path
) -> None:
    client = ensure_plugins(client)
    task_queue = f"approval-crash-{uuid.uuid4()}"
    first = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        handle = await start_agent(
            client,
            "gated",
            script([program(GATHERED)]),
            task_queue=task_queue,
            workflow_id=f"approval-crash-{uuid.uuid4()}",
        )
        [waiting] = await waiting_calls(client, handle.id)
        await eventually(lambda: "check 7" in effects())
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()

    # The update is accepted by whichever worker picks the run up next: send it while none runs.
    decision = asyncio.create_task(approve(client, handle.id, waiting["call_id"], digest=waiting["digest"]))
    second = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        await decision
        output = await client.get_workflow_handle(handle.id, result_type=AgentRunOutput).result()
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait()
    shown = json.loads(output.output)
    assert json.loads(shown[0]["content"])["value"] == [49, "sent to ann@example.com: hi"]
    assert sorted(effects()) == ["check 7", "send_email ann@example.com hi"]
