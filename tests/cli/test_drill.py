"""`durable-ptc drill`: worker processes killed (and the server restarted) under load lose no run.

The drill is driven as an operator drives it, as a real process on its own embedded server; what it
asserts holds whatever moment the kills land on (a workflow task, an activity, a worker still
connecting): every run completes with the expected output and no side effect is applied twice. The
checker itself is tested on journals with the faults it must catch.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from temporalio.api.enums.v1 import EventType, TimeoutType
from temporalio.api.history.v1 import HistoryEvent, WorkflowTaskTimedOutEventAttributes
from temporalio.testing import ActivityEnvironment

from durable_ptc._cli import main
from durable_ptc._drill_run import Report, RunRecord, _stalls  # pyright: ignore[reportPrivateUsage]
from durable_ptc._drill_workload import (
    DRILL_DIR_ENV,
    FAMILIES,
    JournalEntry,
    generate_workloads,
    read_journal,
    write_file,
)

SEED = 7
"""Its six workloads cover the three families (checked below)."""


def durable_ptc(*argv: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("durable-ptc")), *argv]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def summary_number(stdout: str, label: str) -> str:
    match = re.search(rf"^  {label} +(\S+)", stdout, re.MULTILINE)
    assert match, f"no {label!r} line in:\n{stdout}"
    return match[1]


def test_a_drill_killing_workers_and_restarting_the_server_loses_no_run() -> None:
    assert {w.family for w in generate_workloads(SEED, 6)} == set(FAMILIES)
    # Three runs at a time: the server restart (after two runs completed) lands while runs remain.
    done = durable_ptc(
        "drill", "--workers", "2", "--runs", "6", "--concurrency", "3", "--kill-every", "2",
        "--restart-server", "--seed", str(SEED), "--sticky-timeout", "2",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert summary_number(out, "runs completed") == "6/6"
    assert summary_number(out, "outputs correct") == "6/6"
    assert summary_number(out, "duplicate effects") == "0"
    assert int(summary_number(out, "workers killed")) >= 1
    assert summary_number(out, "server restarts") == "1"
    assert "until --sticky-timeout 2 s" in out  # the workers were started with it
    assert re.search(r"^PASS: 6 runs completed correctly, no effect applied twice", out, re.MULTILINE)
    assert "Traceback" not in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--restart-server", "--address", "127.0.0.1:1"], "cannot restart the one at --address"),
        (["--workers", "1", "--kill-every", "2"], "needs --workers 2 or more"),
        (["--sticky-timeout", "0"], "--sticky-timeout must be a positive number of seconds"),
        (
            ["--address", "127.0.0.1:1", "--workers", "1", "--kill-every", "0"],
            "cannot reach a Temporal server",
        ),
    ],
)
def test_a_drill_it_cannot_perform_is_one_line_and_exit_2(argv: list[str], message: str) -> None:
    done = durable_ptc("drill", *argv, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    assert done.stdout == ""


async def test_a_retried_call_finds_its_effect_applied_and_skips_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DRILL_DIR_ENV, str(tmp_path))
    environment = ActivityEnvironment()
    for attempt in (1, 2):
        environment.info = dataclasses.replace(environment.info, attempt=attempt)
        await environment.run(write_file, "a.txt", "x")
    entries = read_journal(tmp_path)
    assert [(e.word, e.attempt) for e in entries] == [("done", 1), ("again", 2)]
    assert entries[0].logical == entries[1].logical


def _args(**overrides: object) -> argparse.Namespace:
    return argparse.Namespace(**{"kill_every": 2.0, "restart_server": False, **overrides})


def _report_for(entries: list[JournalEntry], records: list[RunRecord], *, kills: int = 1) -> Report:
    report = Report(
        expected=len(records),
        completed=len(records),
        correct=len(records),
        workers=2,
        workers_started=2 + kills,
        kills=kills,
        targeted_kills=0,
        died_on_their_own=0,
        server_restarts=0,
        wall=10.0,
        latencies=[1.0] * len(records),
        seed=SEED,
    )
    report.add_journal(entries, records)
    return report


def _journal_of(record: RunRecord) -> list[JournalEntry]:
    return [
        JournalEntry("done", key, f"call-{i}", 1, 1)
        for i, key in enumerate(sorted(record.workload.expected_effects(record.workflow_id)))
    ]


def test_the_checker_passes_each_effect_once_and_fails_a_duplicate_or_a_missing_one() -> None:
    record = RunRecord("run-1", generate_workloads(SEED, 1)[0], status="completed")
    journal = _journal_of(record)
    assert _report_for(journal, [record]).verdict(_args())[0] == 0

    duplicated = _report_for([*journal, JournalEntry("done", journal[0].logical, "call-x", 2, 1)], [record])
    assert duplicated.duplicates == 1
    assert duplicated.verdict(_args()) == (1, "FAIL: 1 duplicate effects")

    missing = _report_for(journal[1:], [record])
    assert missing.verdict(_args()) == (1, "FAIL: 1 missing effects")


def test_a_drill_that_killed_no_worker_is_not_a_pass() -> None:
    record = RunRecord("run-1", generate_workloads(SEED, 1)[0], status="completed")
    code, line = _report_for(_journal_of(record), [record], kills=0).verdict(_args())
    assert code == 2 and line.startswith("NOT DONE")


def _event(event_id: int, event_type: EventType.ValueType, seconds: float, **attributes: Any) -> HistoryEvent:
    event = HistoryEvent(event_id=event_id, event_type=event_type, **attributes)
    event.event_time.FromNanoseconds(int(seconds * 1e9))
    return event


def test_the_checker_tells_a_sticky_stall_from_a_task_timeout_and_measures_each() -> None:
    timed_out = WorkflowTaskTimedOutEventAttributes
    events = [
        _event(1, EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, 100.0),
        _event(
            2,
            EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
            102.5,
            workflow_task_timed_out_event_attributes=timed_out(
                scheduled_event_id=1, timeout_type=TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START
            ),
        ),
        _event(3, EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED, 102.5),
        _event(
            4,
            EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT,
            113.0,
            workflow_task_timed_out_event_attributes=timed_out(
                scheduled_event_id=3, timeout_type=TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE
            ),
        ),
    ]
    assert _stalls(events) == [(True, 2.5), (False, 10.5)]
    report = _report_for([], [])
    for stall in _stalls(events):
        report.add_stall(*stall)
    rendered = report.render(_args(sticky_timeout=2.0))
    assert "1 workflow tasks waited for a worker's sticky queue until --sticky-timeout 2 s: 2.5 s" in rendered
    assert "1 workflow tasks started but not completed within the workflow task timeout" in rendered


def test_worker_refuses_a_sticky_timeout_that_is_not_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "worker",
                "--address",
                "127.0.0.1:1",
                "--task-queue",
                "q",
                "--agents",
                "m:a",
                "--sticky-timeout",
                "0",
            ]
        )
    assert exit_.value.code == 2
    assert "--sticky-timeout must be a positive number of seconds" in capsys.readouterr().err
