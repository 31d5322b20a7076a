"""Every recorded history replays with the current code (see scenarios.py to re-record on purpose)."""

from __future__ import annotations

from pathlib import Path

import ptc_interpreter
import pytest
from scenario_agents import AGENTS  # pyright: ignore[reportMissingImports]
from scenarios import HISTORIES, SCENARIOS
from temporalio.client import WorkflowHistory

from durable_ptc import create_replayer

HISTORY_FILES = sorted(HISTORIES.glob("*.json"))


def test_every_scenario_has_a_recorded_history() -> None:
    assert {s.name for s in SCENARIOS} <= {p.name.split(".")[0] for p in HISTORY_FILES}


def recorded_workflow_id(path: Path) -> str:
    """The ID `record.py` ran it under: child IDs derive from it, so replay must use the same one."""
    name, _, child = path.stem.partition(".child-")
    return f"replay-{name}" + (f"/spawn-{child}" if child else "")


@pytest.mark.parametrize("path", HISTORY_FILES, ids=[p.stem for p in HISTORY_FILES])
async def test_recorded_history_replays(path: Path) -> None:
    history = WorkflowHistory.from_json(recorded_workflow_id(path), path.read_text())
    result = await create_replayer(AGENTS).replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None, result.replay_failure


async def test_a_history_from_another_semantics_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    current = ptc_interpreter.SEMANTICS_VERSION
    monkeypatch.setattr(ptc_interpreter, "SEMANTICS_VERSION", current + 1)
    path = HISTORIES / "program_inner_calls.json"
    history = WorkflowHistory.from_json(recorded_workflow_id(path), path.read_text())
    result = await create_replayer(AGENTS).replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is not None
    assert f"semantics v{current}" in str(result.replay_failure)
    assert f"is v{current + 1}" in str(result.replay_failure)


async def test_a_history_recorded_before_the_last_bump_names_both_versions() -> None:
    """Semantics v2 changed gather and the budgets; a v1 history asks for a worker of its release."""
    path = HISTORIES.parent / "histories_v1" / "program_inner_calls.json"
    history = WorkflowHistory.from_json(recorded_workflow_id(path), path.read_text())
    result = await create_replayer(AGENTS).replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is not None
    assert "semantics v1" in str(result.replay_failure)
    assert f"is v{ptc_interpreter.SEMANTICS_VERSION}" in str(result.replay_failure)
