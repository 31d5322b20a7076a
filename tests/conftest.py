"""Shared fixtures: one real Temporal dev server per test session, a client, and a worker factory.

Usage in a test:

    async def test_something(client, worker_factory):
        async with worker_factory(workflows=[MyWorkflow], activities=[my_activity]) as worker:
            result = await client.execute_workflow(MyWorkflow.run, id=..., task_queue=worker.task_queue)

The server (and the CLI binary, built once if needed) is only started when a test asks for it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, Protocol

import pytest
from temporalio.client import Client
from temporalio.worker import Worker

from durable_ptc import DevServer, ensure_temporal_cli

# The scenario tests import helpers from `tests/integration/harness.py` and also load it as a plugin
# for its fixtures; registering it here lets its asserts be rewritten before that first import.
pytest.register_assert_rewrite("harness")


class WorkerFactory(Protocol):
    def __call__(
        self,
        *,
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        task_queue: str | None = None,
        client: Client | None = None,
        **worker_options: Any,
    ) -> AbstractAsyncContextManager[Worker]: ...


@pytest.fixture(scope="session")
def temporal_cli(pytestconfig: pytest.Config) -> Path:
    """The Temporal CLI binary. A first-time Go build prints progress past pytest's capture."""
    capture: Any = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture is not None else contextlib.nullcontext():
        return ensure_temporal_cli()


@pytest.fixture(scope="session")
async def temporal_server(temporal_cli: Path) -> AsyncIterator[DevServer]:
    async with DevServer(cli=temporal_cli) as server:
        yield server


@pytest.fixture(scope="session")
async def client(temporal_server: DevServer) -> Client:
    return await temporal_server.connect()


@pytest.fixture
def worker_factory(client: Client) -> WorkerFactory:
    """Run a `Worker` on a unique task queue (`worker.task_queue`) for the duration of an `async with`."""
    default_client = client

    @contextlib.asynccontextmanager
    async def start_worker(
        *,
        workflows: Sequence[type] = (),
        activities: Sequence[Callable[..., Any]] = (),
        task_queue: str | None = None,
        client: Client | None = None,
        **worker_options: Any,
    ) -> AsyncIterator[Worker]:
        async with Worker(
            client or default_client,
            task_queue=task_queue or f"test-{uuid.uuid4()}",
            workflows=list(workflows),
            activities=list(activities),
            **worker_options,
        ) as worker:
            yield worker

    return start_worker
