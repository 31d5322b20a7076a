"""A worker survives any program: crash-class `run_ptc` programs end in a model-visible limit error
(`LimitExceeded`, or CPython's `RecursionError` for the recursion limit),
and the same worker process then serves the next workflow.

A program that killed its worker process would take every workflow on it down, and then, because
the workflow task is retried on the next worker polling the queue (which replays the same
deterministic program), every other worker in turn (docs/security.md). These programs once did:
a deeply nested tuple used as a dict key and a deep `map` chain crashed CPython with SIGSEGV; DAG-
shaped data made one comparison run for hours. The worker runs in its own process here
(`crash_worker.py`), so a crash would show as that process dying, not as this test session dying.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

from scenario_agents import call, program, script
from temporalio.client import Client

from durable_ptc import AgentRunOutput, DevServer, start_agent

pytest_plugins = ["harness"]

CRASH_CLASS_PROGRAMS = {
    "deep tuple as a dict key": "import functools\n"
    "x = functools.reduce(lambda a, b: (a,), range(270_000), ())\n{x: 1}",
    "deep map chain": "import functools\n"
    "it = functools.reduce(lambda a, b: map(abs, a), range(140_000), range(3))\nlist(it)",
    "deep filter chain": "it = range(3)\nfor _ in range(140_000):\n    it = filter(None, it)\nlist(it)",
    "deep generator chain": "import functools\n"
    "g = functools.reduce(lambda a, b: (v for v in a), range(20_000), [1])\nnext(g)",
    "recursion through dunders": "class A:\n    def __eq__(self, other):\n        return other == self\n"
    "    def __hash__(self):\n        return hash((self,))\n{A(): 1}",
    "DAG-shaped lists compared": "x = [1]\ny = [1]\nfor _ in range(12):\n"
    "    x = [x] * 10\n    y = [y] * 10\nmax([x, y])",
    "DAG-shaped tuple hashed": "x = (1,)\nfor _ in range(60):\n    x = (x, x)\n{x: 1}",
}


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


async def run_script(client: Client, task_queue: str, *turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    handle = await start_agent(
        client, "orchestrator", script(*turns), task_queue=task_queue, workflow_id=f"survive-{uuid.uuid4()}"
    )
    output = await asyncio.wait_for(handle.result(), timeout=300)  # the machine may be shared
    assert isinstance(output, AgentRunOutput)
    return json.loads(output.output)


async def test_crash_class_programs_leave_the_worker_serving_the_next_workflow(
    temporal_server: DevServer, client: Client, sandbox: Path
) -> None:
    task_queue = f"survive-{uuid.uuid4()}"
    worker = await asyncio.to_thread(start_worker, temporal_server, task_queue, sandbox)
    try:
        before = await run_script(client, task_queue, [call("worker_pid")])
        assert before == [{"tool": "worker_pid", "outcome": "success", "content": str(worker.pid)}]

        shown = await run_script(
            client, task_queue, *[[program(code)] for code in CRASH_CLASS_PROGRAMS.values()]
        )
        for (name, _), entry in zip(CRASH_CLASS_PROGRAMS.items(), shown, strict=True):
            assert entry["tool"] == "run_ptc" and entry["outcome"] == "failed", (name, entry)
            content = str(entry["content"])
            assert "LimitExceeded" in content or "RecursionError: maximum recursion" in content, (name, entry)
            assert "line " in str(entry["content"]), (name, entry)
        assert worker.poll() is None, f"the worker exited with {worker.returncode}"

        after = await run_script(client, task_queue, [program("await worker_pid()")])
        assert after[0]["outcome"] == "success", after
        assert json.loads(str(after[0]["content"]))["value"] == worker.pid
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
