"""The embedded dev server keeps its promises: state survives a restart with a database file, and no
server process outlives its owner, whether the owner stops it or is killed."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from temporalio.api.enums.v1 import WorkflowExecutionStatus

from durable_ptc import DevServer
from durable_ptc._smoke import run_smoke


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead but still listed until its parent reaps it.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split()[2] == "Z")


async def wait_until_gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process_alive(pid):
            return True
        await asyncio.sleep(0.1)
    return False


async def test_database_file_keeps_workflows_across_restarts(temporal_cli: Path, tmp_path: Path) -> None:
    database = tmp_path / "state" / "temporal.db"
    async with DevServer(cli=temporal_cli, db_filename=database) as server:
        workflow_id, _ = await run_smoke(await server.connect())
        first_pid = server.pid
    assert first_pid is not None and not process_alive(first_pid)

    async with DevServer(cli=temporal_cli, db_filename=database) as server:
        description = await (await server.connect()).get_workflow_handle(workflow_id).describe()
    assert description.status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED


async def test_custom_namespace_is_registered_and_stop_leaves_no_process(temporal_cli: Path) -> None:
    namespace = f"ns-{uuid.uuid4().hex[:8]}"
    server = await DevServer(cli=temporal_cli, namespace=namespace).start()
    try:
        client = await server.connect()
        assert client.namespace == namespace
        _, result = await run_smoke(client, "namespace")
        assert result.greeting == "Hello, namespace!"
    finally:
        pid = server.pid
        server.stop()
    assert pid is not None and not process_alive(pid)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux-only")
async def test_server_dies_with_a_killed_owner(temporal_cli: Path) -> None:
    owner_script = textwrap.dedent(
        """
        import asyncio, sys
        from durable_ptc import DevServer

        async def main() -> None:
            async with DevServer(cli=sys.argv[1]) as server:
                print(server.pid, flush=True)
                await asyncio.sleep(600)

        asyncio.run(main())
        """
    )
    owner = subprocess.Popen(
        [sys.executable, "-c", owner_script, str(temporal_cli)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert owner.stdout is not None
        server_pid = int(await asyncio.to_thread(owner.stdout.readline))
        assert process_alive(server_pid)
        owner.send_signal(signal.SIGKILL)  # no cleanup code runs: only the kernel can stop the server
        owner.wait()
        assert await wait_until_gone(server_pid), f"dev server {server_pid} outlived its killed owner"
    finally:
        owner.kill()
        owner.wait()
