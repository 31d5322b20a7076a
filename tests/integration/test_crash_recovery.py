"""Kill the worker process while a program has calls in flight; a new worker finishes the run.

The run must end with the same result, and no call whose completion was recorded may run again (side
effects are counted in the sandbox directory). For regular activities that is every completed call;
for local activities (the fast path) it is every call whose marker reached the history before the
worker died — a local activity that completed in the dead worker but was not yet recorded runs again.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

from harness import eventually
from history import history_facts
from scenario_agents import effects, program, script
from temporalio.client import Client

from durable_ptc import AgentRunInput, AgentRunOutput, AgentWorkflow, DevServer, ensure_plugins, start_agent

pytest_plugins = ["harness"]

PROGRAM = """\
import asyncio
for i in range(3):
    await write_file(path=f"before{i}.txt", content="x")
done = await asyncio.gather(*[slow(key=f"s{i}", seconds=4) for i in range(3)])
await write_file(path="after.txt", content="y")
done
"""


def start_worker(server: DevServer, task_queue: str, sandbox: Path) -> subprocess.Popen[str]:
    worker = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_worker.py")), server.target, task_queue],
        env={**os.environ, "PTC_TEST_SANDBOX": str(sandbox), "PYTHONPATH": str(Path(__file__).parent)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "worker ready"
    return worker


async def test_killed_worker_loses_nothing_and_repeats_no_completed_call(
    temporal_server: DevServer, client: Client, sandbox: Path
) -> None:
    task_queue = f"crash-{uuid.uuid4()}"
    first = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        handle = await start_agent(
            client,
            "orchestrator",
            script([program(PROGRAM)]),
            task_queue=task_queue,
            workflow_id=f"crash-{uuid.uuid4()}",
        )
        await eventually(lambda: {"start s0", "start s1", "start s2"} <= set(effects()))
        assert not any(e.startswith("done") for e in effects())
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()

    second = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        output = (
            await ensure_plugins(client).get_workflow_handle(handle.id, result_type=AgentRunOutput).result()
        )
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait()

    shown = json.loads(output.output)
    assert shown[0]["outcome"] == "success"
    assert json.loads(shown[0]["content"])["value"] == ["slow s0 done", "slow s1 done", "slow s2 done"]
    counts = Counter(effects())
    completed = [e for e in counts if e.startswith(("write", "done"))]
    assert sorted(completed) == [
        "done s0",
        "done s1",
        "done s2",
        "write after.txt",
        "write before0.txt",
        "write before1.txt",
        "write before2.txt",
    ]
    assert all(counts[e] == 1 for e in completed), counts
    assert all(counts[f"start s{i}"] == 2 for i in range(3)), counts


LOCAL_PROGRAM = """\
done = []
for i in range(8):
    done.append(await slow(key=f"q{i}", seconds=0.5))
done
"""


async def test_killed_worker_during_local_activities_reruns_only_what_was_not_recorded(
    temporal_server: DevServer, client: Client, sandbox: Path
) -> None:
    task_queue = f"crash-local-{uuid.uuid4()}"
    client = ensure_plugins(client)
    first = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        handle = await client.start_workflow(
            AgentWorkflow.run,
            AgentRunInput(agent="quick", prompt=script([program(LOCAL_PROGRAM)])),
            id=f"crash-local-{uuid.uuid4()}",
            task_queue=task_queue,
            # A worker running local activities records their markers when its workflow task
            # nears this timeout (at 80%), so some of the sequence is in the history before the kill.
            task_timeout=timedelta(seconds=2),
        )
        deadline = asyncio.get_running_loop().time() + 60
        while True:
            recorded = len((await history_facts(handle)).local_activities)
            if recorded >= 2 and f"start q{recorded}" in effects():
                break
            assert asyncio.get_running_loop().time() < deadline, (recorded, effects())
            await asyncio.sleep(0.1)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    recorded = len((await history_facts(handle)).local_activities)
    assert 2 <= recorded < 8
    before_kill = Counter(effects())

    second = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        output = await client.get_workflow_handle(handle.id, result_type=AgentRunOutput).result()
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait()

    shown = json.loads(output.output)
    assert shown[0]["outcome"] == "success"
    assert json.loads(shown[0]["content"])["value"] == [f"slow q{i} done" for i in range(8)]
    counts = Counter(effects())
    for i in range(recorded):  # recorded before the kill: never run again
        assert counts[f"start q{i}"] == counts[f"done q{i}"] == 1, (i, counts)
    for i in range(recorded, 8):  # not recorded: run again if the dead worker had started it
        assert counts[f"done q{i}"] >= 1, (i, counts)
        assert counts[f"start q{i}"] == before_kill[f"start q{i}"] + 1, (i, counts)
