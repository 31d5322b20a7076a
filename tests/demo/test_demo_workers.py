"""`demo --workers N`: the demo on several worker processes, each step's worker named in the graph.

The crash scenario kills the worker holding the run (the one that completed its latest workflow
task); the run must then finish on another worker, with every completed side effect run once.
"""

from __future__ import annotations

import io
from pathlib import Path

from temporalio.client import Client

from durable_ptc import DevServer
from durable_ptc.demo.scenarios import SCENARIOS
from durable_ptc.demo.session import DemoSession


async def test_a_crash_on_two_workers_moves_the_run_to_the_other_and_the_graph_names_both(
    temporal_server: DevServer, client: Client, tmp_path: Path
) -> None:
    out = io.StringIO()
    session = DemoSession(client, temporal_server.target, tmp_path, status=lambda _: None, out=out, workers=2)
    scenario = SCENARIOS["crash"]
    async with session:
        first_pids = {worker.pid for worker in session.worker_processes}
        record = await session.run(scenario.prompt, scenario)
    assert record.status == "completed"
    header = record.graph.splitlines()[0]
    workers = header.partition(" · workflow tasks on ")[2].split(", ")
    assert len(workers) >= 2, header  # the killed worker's, then another's
    assert int(workers[0].removeprefix("worker ")) in first_pids
    assert "(activity, " in record.graph and ", on worker " in record.graph
    assert "journal: 7 completed side effects, each ran exactly once" in out.getvalue()
