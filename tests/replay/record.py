"""Re-record tests/replay/histories (see scenarios.py for when and why): `PYTHONPATH=tests/integration:tests/replay uv run python tests/replay/record.py`."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid

from scenario_agents import AGENTS, effects  # pyright: ignore[reportMissingImports]
from scenarios import HISTORIES, SCENARIOS, Scenario
from temporalio.client import Client, WorkflowFailureError

from durable_ptc import DevServer, create_worker, ensure_plugins, start_agent


async def record(client: Client, task_queue: str, scenario: Scenario) -> None:
    handle = await start_agent(
        client, "orchestrator", scenario.prompt, task_queue=task_queue, workflow_id=f"replay-{scenario.name}"
    )
    if scenario.cancel_after:
        while not set(scenario.cancel_after) <= set(effects()):
            await asyncio.sleep(0.1)
        await handle.cancel()
    try:
        await handle.result()
    except WorkflowFailureError:
        if not scenario.cancel_after:
            raise
    histories = [await handle.fetch_history()]
    for index in range(8):
        child = client.get_workflow_handle(f"{handle.id}/spawn-{index}")
        try:
            histories.append(await child.fetch_history())
        except Exception:
            break
    for index, history in enumerate(histories):
        suffix = "" if index == 0 else f".child-{index - 1}"
        (HISTORIES / f"{scenario.name}{suffix}.json").write_text(history.to_json())
    print(f"recorded {scenario.name} ({len(histories)} histories)")


async def main() -> None:
    HISTORIES.mkdir(exist_ok=True)
    for stale in HISTORIES.glob("*.json"):
        stale.unlink()
    with tempfile.TemporaryDirectory() as sandbox:
        os.environ["PTC_TEST_SANDBOX"] = sandbox
        async with DevServer() as server:
            client = ensure_plugins(await server.connect())
            task_queue = f"record-{uuid.uuid4()}"
            async with create_worker(client, AGENTS, task_queue=task_queue):
                for scenario in SCENARIOS:
                    await record(client, task_queue, scenario)


if __name__ == "__main__":
    asyncio.run(main())
