"""A worker process for the crash-recovery scenario: `python crash_worker.py ADDRESS TASK_QUEUE`.

Runs the scenario agents until killed; side effects go to `$PTC_TEST_SANDBOX` like in-process runs.
"""

from __future__ import annotations

import asyncio
import sys

from scenario_agents import AGENTS
from temporalio.client import Client

from durable_ptc import connect, create_worker


async def serve(address: str, task_queue: str) -> None:
    client: Client = await connect(address)
    async with create_worker(client, AGENTS, task_queue=task_queue):
        print("worker ready", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1], sys.argv[2]))
