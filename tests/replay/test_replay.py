"""Every recorded history replays with the current code (see scenarios.py to re-record on purpose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scenarios import HISTORIES, SCENARIOS
from scenario_agents import AGENTS
from temporalio.client import WorkflowHistory

from durable_ptc import create_replayer

HISTORY_FILES = sorted(HISTORIES.glob("*.json"))


def test_every_scenario_has_a_recorded_history() -> None:
    assert {s.name for s in SCENARIOS} <= {p.name.split(".")[0] for p in HISTORY_FILES}


@pytest.mark.parametrize("path", HISTORY_FILES, ids=[p.stem for p in HISTORY_FILES])
async def test_recorded_history_replays(path: Path) -> None:
    history = WorkflowHistory.from_json(path.stem, path.read_text())
    result = await create_replayer(AGENTS).replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None, result.replay_failure
