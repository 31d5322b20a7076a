"""Every demo scenario on the real dev server, as `durable-ptc demo --scenario NAME` runs it.

Each run goes through the demo's own worker process; the graph printed must name what the scenario
is about (read back from Temporal's history), the run must end as the scenario says, and its side
effects in the sandbox must be the ones — and only the ones — the scenario implies.
"""

from __future__ import annotations

import io
import time
from collections import Counter

import pytest

from durable_ptc.demo.scenarios import SCENARIOS
from durable_ptc.demo.session import DemoSession, RunRecord
from durable_ptc.demo.tools import read_journal


async def run_scenario(session: DemoSession, name: str) -> tuple[RunRecord, Counter[str]]:
    before = len(read_journal(session.sandbox))
    session.out = io.StringIO()
    record = await session.run(SCENARIOS[name].prompt, SCENARIOS[name])
    assert record.graph in session.out.getvalue()
    return record, Counter(read_journal(session.sandbox)[before:])


@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_scenario_graph_names_what_it_shows(demo_session: DemoSession, name: str) -> None:
    record, effects = await run_scenario(demo_session, name)
    scenario = SCENARIOS[name]
    assert record.status == scenario.outcome, record.graph
    missing = [fragment for fragment in scenario.expect if fragment not in record.graph]
    assert not missing, f"graph lacks {missing}:\n{record.graph}"
    assert record.history_file.exists()
    check = SIDE_EFFECTS[name]
    check(demo_session, record, effects)


def tools_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert (session.sandbox / "weather.txt").read_text() == "Paris: 14°C, light rain\nTokyo: 19°C, clear\n"
    assert record.output == "Paris 14°C (light rain); Tokyo 19°C (clear). Saved to weather.txt."
    assert "run_ptc" not in record.graph  # direct calls only


def ptc_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    summary = (session.sandbox / "notes/summary.md").read_text()
    assert summary.startswith("# Durable execution\n- activities: ")
    assert "Replay: " in summary
    assert effects == Counter({"write notes/summary.md": 1})
    # the researcher's own model turn and program appear under the spawn, indented one level deeper
    assert "│  │  ├─ model turn 1 → run_ptc" in record.graph


def subagents_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert record.graph.count("(child workflow, ") == 2
    assert record.output.startswith("Here is what the researchers found:\n- ")


def retries_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert effects == Counter({f"fetch quarterly attempt {n}": 1 for n in (1, 2, 3)})
    assert "fetched on attempt 3" in record.output


def validation_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert "line 2, col 6: NameError: name 'forcast' is not defined" in record.graph
    assert record.output == "Atlantis is not a known city; Lisbon's sky has 5 letters."


def cancel_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    # the jobs learn of the cancel at their next heartbeat, possibly after the workflow closed
    journal = read_journal(session.sandbox)
    deadline = time.monotonic() + 15
    while not {"cancelled job-a", "cancelled job-b", "cancelled research"} <= set(journal):
        assert time.monotonic() < deadline, journal
        time.sleep(0.2)
        journal = read_journal(session.sandbox)
    assert not any(entry.startswith("done") for entry in journal)
    assert "└─ cancel requested by the client" in record.graph
    assert "cancel requested by its parent " in record.graph  # the researcher child
    assert "model turn 2" not in record.graph  # no further model turn after the cancel
    # The child's job is either cancelled with it or abandoned by it (when the child's cancel came
    # before its program had requested the job's): never shown as still running once all is over.
    assert "running" not in record.graph
    research = next(line for line in record.graph.splitlines() if "slow_task(name='research'" in line)
    assert (
        "(activity, cancel requested" in research or "(activity, abandoned: the run was cancelled" in research
    )


def sleep_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert (session.sandbox / "reminder.txt").read_text() == "stand up and stretch"
    timer_line = next(line for line in record.graph.splitlines() if "timer asyncio.sleep(3)" in line)
    seconds = float(timer_line.rsplit(", ", 1)[1].rstrip("s)"))
    assert 2.9 <= seconds < 10, timer_line


def crash_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    completed = {entry: count for entry, count in effects.items() if entry.startswith(("write", "done"))}
    assert completed == {
        "write crash/before-0.txt": 1,
        "write crash/before-1.txt": 1,
        "write crash/before-2.txt": 1,
        "done job-0": 1,
        "done job-1": 1,
        "done job-2": 1,
        "write crash/after.txt": 1,
    }
    assert all(effects[f"start job-{i}"] == 2 for i in range(3)), effects  # lost with the worker, run again
    assert (session.sandbox / "crash/after.txt").read_text().splitlines()[0] == "job-0 finished after 4s"
    assert session.workers_started >= 2
    assert "journal: 7 completed side effects, each ran exactly once" in session.out.getvalue()  # type: ignore[attr-defined]


def _its_own(effects: Counter[str]) -> Counter[str]:
    """The approval scenario's effects: a cancelled run's jobs may journal their end after it closed."""
    return Counter({entry: n for entry, n in effects.items() if entry.startswith(("email", "write outbox/"))})


def approval_effects(session: DemoSession, record: RunRecord, effects: Counter[str]) -> None:
    assert _its_own(effects) == Counter({"email ann@example.com": 1, "write outbox/paris.txt": 1})
    assert record.output == 'Done: "sent to ann@example.com: Paris today: 14\\u00b0C, light rain"'  # JSON
    held = next(line for line in record.graph.splitlines() if "approval-1 send_email" in line)
    assert "held for a reviewer  (approved, " in held, record.graph


SIDE_EFFECTS = {
    "tools": tools_effects,
    "ptc": ptc_effects,
    "subagents": subagents_effects,
    "retries": retries_effects,
    "validation": validation_effects,
    "cancel": cancel_effects,
    "sleep": sleep_effects,
    "crash": crash_effects,
    "approval": approval_effects,
}


async def test_history_of_a_run_replays_on_the_current_code(demo_session: DemoSession) -> None:
    record, _ = await run_scenario(demo_session, "ptc")
    assert "deterministic" in await demo_session.replay(record)


async def test_a_disruption_waits_for_the_work_of_its_own_run(demo_session: DemoSession) -> None:
    """The journal keeps earlier runs' lines: a second `cancel` must still wait for its own jobs
    (it used to cancel at once, on the first run's "start job-a", before the program had started)."""
    for _ in range(2):
        record, _ = await run_scenario(demo_session, "cancel")
        assert "L5 spawn(agent_name='researcher'" in record.graph, record.graph
        assert "cancel requested by its parent " in record.graph, record.graph


async def test_a_denied_approval_reaches_the_program_and_the_graph(demo_session: DemoSession) -> None:
    demo_session.approvals = "no"
    try:
        record, effects = await run_scenario(demo_session, "approval")
    finally:
        demo_session.approvals = "yes"
    assert record.status == "completed"
    assert record.output == 'Done: "not sent: declined at the demo\'s prompt"'
    assert _its_own(effects) == Counter({"write outbox/paris.txt": 1})  # the other call went on; no email
    held = next(line for line in record.graph.splitlines() if "approval-1 send_email" in line)
    assert "held for a reviewer  (denied: declined at the demo's prompt, " in held, record.graph
