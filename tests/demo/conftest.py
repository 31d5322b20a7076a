"""One demo session for the tests in this folder: the demo's worker process on the test session's dev server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from temporalio.client import Client

from durable_ptc import DevServer
from durable_ptc.demo.session import DemoSession


@pytest.fixture(scope="session")
async def demo_session(
    temporal_server: DevServer, client: Client, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[DemoSession]:
    statuses: list[str] = []
    session = DemoSession(
        client,
        temporal_server.target,
        tmp_path_factory.mktemp("demo"),
        status=statuses.append,
        approvals="yes",  # no terminal to ask; test_approval_decisions_show_in_the_graph sets "no"
    )
    async with session:
        yield session
