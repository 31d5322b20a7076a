"""The drill itself (`durable-ptc drill`, whose flags are in `_drill`): the fleet of worker processes,
the runs, the disruptions, and the check of every run against the server's histories and the journal.

Each kill targets, when there is one, a worker whose run is parked on a durable timer (from its
history: the last event is a pending `TimerStarted` after that worker's workflow task), so the kill
certainly strands a run that must then resume on another worker; otherwise a random ready worker.
A kill waits until another worker is ready, so the fleet always has someone to fail over to.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from temporalio.api.enums.v1 import EventType, TimeoutType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client, WorkflowFailureError
from temporalio.exceptions import WorkflowAlreadyStartedError
from temporalio.service import RPCError, RPCStatusCode

from ._commands import CommandError, connect
from ._dev_server import DevServer, DevServerError, _parent_death_signal  # pyright: ignore[reportPrivateUsage]
from ._drill_workload import (
    AGENTS_SPEC,
    DRILL_DIR_ENV,
    PARENT_AGENT,
    JournalEntry,
    Workload,
    generate_workloads,
    read_journal,
)
from ._worker import start_agent
from ._workflow import AgentWorkflow

WORKER_START_TIMEOUT = 120.0
PARK_MARGIN = 0.5
"""A parked run's timer must have this many seconds left for its worker to be the kill target."""


# -- the worker processes -----------------------------------------------------------------------------


@dataclass
class WorkerProcess:
    number: int
    process: subprocess.Popen[bytes]
    log: Path
    ready: bool = False
    killed: bool = False
    replaced: bool = False

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.poll() is None


@dataclass
class Fleet:
    """`size` worker processes on one task queue, replaced as they are killed or die."""

    address: str
    namespace: str
    task_queue: str
    workdir: Path
    size: int
    sticky_timeout: float
    workers: list[WorkerProcess] = field(default_factory=list[WorkerProcess])
    died_on_their_own: int = 0

    @property
    def current(self) -> list[WorkerProcess]:
        return [w for w in self.workers if w.alive]

    @property
    def ready(self) -> list[WorkerProcess]:
        return [w for w in self.current if w.ready]

    def by_pid(self, pid: int) -> WorkerProcess | None:
        return next((w for w in self.workers if w.pid == pid), None)

    def start(self) -> WorkerProcess:
        number = len(self.workers) + 1
        log = self.workdir / f"worker-{number}.log"
        command = [sys.executable, "-c", "from durable_ptc._cli import main; main()", "worker"]
        command += ["--address", self.address, "--namespace", self.namespace]
        command += ["--task-queue", self.task_queue, "--agents", AGENTS_SPEC]
        command += ["--sticky-timeout", f"{self.sticky_timeout:g}"]
        with log.open("wb") as output:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                env={**os.environ, DRILL_DIR_ENV: str(self.workdir)},
                start_new_session=True,
                preexec_fn=_parent_death_signal(signal.SIGTERM) if sys.platform.startswith("linux") else None,
            )
        worker = WorkerProcess(number, process, log)
        self.workers.append(worker)
        return worker

    def refresh(self, *, can_replace: bool) -> list[str]:
        """Mark workers that have connected as ready; replace any that died without being killed
        (when the server is up: a worker started while it is down cannot connect). Returns news."""
        news: list[str] = []
        for worker in self.workers:
            if not worker.ready and worker.alive and "worker ready" in worker.log.read_text(errors="replace"):
                worker.ready = True
        for worker in list(self.workers):
            if not worker.alive and not worker.killed and not worker.replaced and can_replace:
                worker.replaced = True
                self.died_on_their_own += 1
                news.append(f"worker {worker.number} (pid {worker.pid}) exited by itself; see {worker.log}")
        while can_replace and len(self.current) < self.size:
            replacement = self.start()
            news.append(f"started worker {replacement.number}")
        return news

    async def wait_all_ready(self) -> None:
        deadline = time.monotonic() + WORKER_START_TIMEOUT
        while not all(w.ready for w in self.current):
            self.refresh(can_replace=False)
            for worker in self.workers:
                if not worker.alive:
                    tail = worker.log.read_text(errors="replace").strip().splitlines()[-1:]
                    raise CommandError(f"worker {worker.number} exited during startup: {' '.join(tail)}")
            if time.monotonic() > deadline:
                raise CommandError(f"the workers were not ready after {WORKER_START_TIMEOUT:.0f}s")
            await asyncio.sleep(0.2)

    def kill(self, worker: WorkerProcess) -> None:
        worker.killed = True
        worker.process.send_signal(signal.SIGKILL)
        worker.process.wait()

    def stop(self) -> None:
        for worker in self.current:
            worker.process.terminate()
        for worker in self.workers:
            try:
                worker.process.wait(10)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()


# -- one run --------------------------------------------------------------------------------------------


@dataclass
class RunRecord:
    workflow_id: str
    workload: Workload
    status: str = "not started"
    output: Any = None
    seconds: float = 0.0

    @property
    def correct(self) -> bool:
        return self.status == "completed" and self.output == self.workload.expected_output


def _identity_pid(identity: str) -> int | None:
    pid, _, _ = identity.partition("@")
    return int(pid) if pid.isdigit() else None


# -- the drill ---------------------------------------------------------------------------------------


class Drill:
    """One drill: the server (embedded unless `--address`), the fleet, the runs, the disruptions
    and the check. `run()` returns the exit code; the workdir is removed only when the drill passed
    and was not given by the operator."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.seed: int = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
        self.rng = random.Random(self.seed)
        self.tag = uuid.uuid4().hex[:6]
        self.task_queue = f"durable-ptc-drill-{self.tag}"
        self.owns_workdir = args.workdir is None
        self.workdir: Path = args.workdir or Path(tempfile.mkdtemp(prefix="durable-ptc-drill-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.records = [
            RunRecord(f"drill-{self.tag}-{i:03d}", workload)
            for i, workload in enumerate(generate_workloads(self.seed, args.runs))
        ]
        self.server: DevServer | None = None
        self.client: Client | None = None
        self.fleet: Fleet | None = None
        self.server_up = asyncio.Event()
        self.server_restarts = 0
        self.kills = 0
        self.targeted_kills = 0
        self.finished = 0

    def say(self, message: str) -> None:
        print(f"[drill] {message}", flush=True)

    async def run(self) -> int:
        code = 2
        try:
            code = await self._run()
        finally:
            if self.fleet is not None:
                self.fleet.stop()
            if self.server is not None:
                self.server.stop()
            if self.owns_workdir and (code == 0 or self.fleet is None):
                shutil.rmtree(self.workdir, ignore_errors=True)
            elif code:
                self.say(f"journal, worker logs and database kept in {self.workdir}")
        return code

    async def _run(self) -> int:
        args = self.args
        address = args.address or await self._start_server()
        self.server_up.set()
        self.client = await connect(address, args.namespace)
        self.fleet = Fleet(
            address, args.namespace, self.task_queue, self.workdir, args.workers, args.sticky_timeout
        )
        for _ in range(args.workers):
            self.fleet.start()
        self.say(
            f"seed {self.seed} · {args.runs} runs · {args.workers} workers on task queue {self.task_queue} · "
            f"server {address} · workdir {self.workdir}"
        )
        await self.fleet.wait_all_ready()
        self.say("workers ready; starting runs")
        started = time.monotonic()
        disruption = asyncio.ensure_future(self._disrupt(started))
        slots = asyncio.Semaphore(args.concurrency)
        runs = asyncio.gather(*(self._run_one(record, slots) for record in self.records))
        # The disruptions never end by themselves: one ending means it failed (a server that did not
        # come back), which ends the drill.
        await asyncio.wait({runs, disruption}, timeout=args.timeout, return_when=asyncio.FIRST_COMPLETED)
        wall = time.monotonic() - started
        if disruption.done():
            runs.cancel()
            await asyncio.gather(runs, return_exceptions=True)
            disruption.result()
        disruption.cancel()
        if not runs.done():
            self.say(f"gave up after {args.timeout:.0f}s on runs not completed")
            runs.cancel()
        await asyncio.gather(runs, disruption, return_exceptions=True)
        if not runs.cancelled():
            runs.result()  # a fault of the drill itself surfaces here
        report = await self._check(wall)
        print(report.render(self.args), flush=True)
        return report.verdict(self.args)[0]

    async def _start_server(self) -> str:
        db = self.args.db or self.workdir / "server.db"
        self.server = DevServer(db_filename=db, ui=self.args.ui, namespace=self.args.namespace)
        try:
            await self.server.start()
        except DevServerError as error:
            raise CommandError(f"the embedded Temporal server did not start: {error}") from error
        return self.server.target

    # -- runs ------------------------------------------------------------------------------------

    async def _run_one(self, record: RunRecord, slots: asyncio.Semaphore) -> None:
        async with slots:
            client = self.client
            assert client is not None
            began = time.monotonic()
            while True:
                await self.server_up.wait()
                try:
                    await start_agent(
                        client,
                        PARENT_AGENT,
                        record.workload.prompt(),
                        task_queue=self.task_queue,
                        workflow_id=record.workflow_id,
                    )
                    break
                except WorkflowAlreadyStartedError:
                    break  # an earlier try reached the server before it went away
                except RPCError:
                    await asyncio.sleep(0.5)
            record.status = "running"
            handle = client.get_workflow_handle_for(AgentWorkflow.run, record.workflow_id)
            while True:
                try:
                    record.output = (await handle.result()).output
                    record.status = "completed"
                    break
                except WorkflowFailureError as error:
                    record.status = "failed"
                    record.output = str(error.cause or error)
                    break
                except RPCError:  # the server is restarting
                    await asyncio.sleep(0.5)
            record.seconds = time.monotonic() - began
            self.finished += 1
            if not record.correct:
                self.say(f"{record.workflow_id} {record.status}: {record.output!r}")

    # -- disruptions ------------------------------------------------------------------------------

    async def _disrupt(self, started: float) -> None:
        fleet = self.fleet
        assert fleet is not None
        kill_every: float = self.args.kill_every
        next_kill = started + kill_every
        restart_after = max(1, len(self.records) // 3)
        while True:
            await asyncio.sleep(0.2)
            for news in fleet.refresh(can_replace=self.server_up.is_set()):
                self.say(news)
            if self.args.restart_server and not self.server_restarts and self.finished >= restart_after:
                await self._restart_server()
            if kill_every and time.monotonic() >= next_kill and await self._kill_one():
                next_kill = time.monotonic() + kill_every

    async def _kill_one(self) -> bool:
        fleet = self.fleet
        assert fleet is not None
        ready = fleet.ready
        if len(ready) < 2:
            return False  # a kill waits until another worker is ready to carry on
        victim, parked = await self._parked_victim(ready)
        if victim is None:
            victim = self.rng.choice(ready)
        fleet.kill(victim)
        self.kills += 1
        self.targeted_kills += parked is not None
        why = f"its run {parked} is parked on a timer" if parked else "at random"
        replacement = fleet.start()
        self.say(
            f"killed worker {victim.number} (pid {victim.pid}, SIGKILL; {why}); "
            f"started worker {replacement.number}"
        )
        return True

    async def _parked_victim(self, ready: list[WorkerProcess]) -> tuple[WorkerProcess | None, str | None]:
        """A ready worker that completed the last workflow task of a run now waiting on a timer
        with more than `PARK_MARGIN` seconds left, and that run's ID; (None, None) if none is."""
        client = self.client
        assert client is not None
        open_ids = [
            workflow_id
            for record in self.records
            if record.status == "running"
            for workflow_id in [record.workflow_id]
            + [f"{record.workflow_id}/spawn-{i}" for i in range(len(record.workload.children))]
        ]
        self.rng.shuffle(open_ids)
        by_pid = {w.pid: w for w in ready}
        for workflow_id in open_ids:
            try:
                events = (await client.get_workflow_handle(workflow_id).fetch_history()).events
            except RPCError:
                continue  # not started yet, or the server is busy
            pid = _parked_on(events)
            if pid is not None and pid in by_pid:
                return by_pid[pid], workflow_id
        return None, None

    async def _restart_server(self) -> None:
        server = self.server
        assert server is not None and server.pid is not None
        self.server_up.clear()
        os.kill(server.pid, signal.SIGKILL)
        server.stop()
        self.say(f"killed the Temporal server (SIGKILL) after {self.finished} runs completed; restarting it")
        began = time.monotonic()
        self.server = DevServer(
            port=server.port,
            ui_port=server.ui_port,
            db_filename=server.db_filename,
            namespace=server.namespace,
            progress=None,
        )
        try:
            await self.server.start()
        except DevServerError as error:
            raise CommandError(f"the Temporal server did not restart: {error}") from error
        self.server_restarts += 1
        self.server_up.set()
        self.say(f"server back on {self.server.target} in {time.monotonic() - began:.1f}s (same database)")

    # -- checking -----------------------------------------------------------------------------------

    async def _check(self, wall: float) -> Report:
        client = self.client
        fleet = self.fleet
        assert client is not None and fleet is not None
        killed_pids = {w.pid for w in fleet.workers if w.killed}
        report = Report(
            expected=len(self.records),
            completed=sum(r.status == "completed" for r in self.records),
            correct=sum(r.correct for r in self.records),
            workers=self.args.workers,
            workers_started=len(fleet.workers),
            kills=self.kills,
            targeted_kills=self.targeted_kills,
            died_on_their_own=fleet.died_on_their_own,
            server_restarts=self.server_restarts,
            wall=wall,
            latencies=sorted(r.seconds for r in self.records if r.status == "completed"),
            seed=self.seed,
        )
        report.add_journal(read_journal(self.workdir), self.records)
        for record in self.records:
            if record.status == "not started":
                continue
            await self._check_tree(client, record.workflow_id, None, killed_pids, report)
        return report

    async def _check_tree(
        self,
        client: Client,
        workflow_id: str,
        parent_pid: int | None,
        killed_pids: set[int],
        report: Report,
    ) -> None:
        events = await _history(client, workflow_id)
        if events is None:
            return
        report.workflows += 1
        pids = _task_pids(events)
        if parent_pid is not None and pids:
            report.children += 1
            report.children_elsewhere += pids[0] != parent_pid
        moves = [(a, b) for a, b in itertools.pairwise(pids) if a != b]
        after_kill = sum(a in killed_pids for a, _ in moves)
        report.tasks_resumed_after_kill += after_kill
        report.workflows_resumed_after_kill += bool(after_kill)
        report.workflows_on_several_workers += bool(moves)
        for stall in _stalls(events):
            report.add_stall(*stall)
        report.calls_retried += sum(
            e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
            and e.activity_task_started_event_attributes.attempt > 1
            for e in events
        )
        for child_id, initiating_pid in _children(events):
            await self._check_tree(client, child_id, initiating_pid, killed_pids, report)


async def _history(client: Client, workflow_id: str) -> Sequence[HistoryEvent] | None:
    for _ in range(20):
        try:
            return (await client.get_workflow_handle(workflow_id).fetch_history()).events
        except RPCError as error:
            if error.status == RPCStatusCode.NOT_FOUND:
                return None
            await asyncio.sleep(0.5)
    return None


def _task_pids(events: Sequence[HistoryEvent]) -> list[int]:
    """The worker pid of each completed workflow task, in order."""
    pids: list[int] = []
    for event in events:
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            pid = _identity_pid(event.workflow_task_completed_event_attributes.identity)
            if pid is not None:
                pids.append(pid)
    return pids


def _stalls(events: Sequence[HistoryEvent]) -> list[tuple[bool, float]]:
    """Each workflow task that timed out: (on the sticky queue — its worker held the run in its cache
    and was gone —, seconds from its scheduling to the timeout, the time the run stood still)."""
    scheduled: dict[int, float] = {}
    stalls: list[tuple[bool, float]] = []
    for event in events:
        at = event.event_time.ToNanoseconds() / 1e9
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED:
            scheduled[event.event_id] = at
        elif event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT:
            attributes = event.workflow_task_timed_out_event_attributes
            sticky = attributes.timeout_type == TimeoutType.TIMEOUT_TYPE_SCHEDULE_TO_START
            stalls.append((sticky, at - scheduled.get(attributes.scheduled_event_id, at)))
    return stalls


def _children(events: Sequence[HistoryEvent]) -> list[tuple[str, int | None]]:
    """Each child started, with the pid of the worker whose workflow task started it."""
    task_pid: dict[int, int | None] = {}
    children: list[tuple[str, int | None]] = []
    for event in events:
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            task_pid[event.event_id] = _identity_pid(event.workflow_task_completed_event_attributes.identity)
        elif event.event_type == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            attributes = event.start_child_workflow_execution_initiated_event_attributes
            children.append(
                (attributes.workflow_id, task_pid.get(attributes.workflow_task_completed_event_id))
            )
    return children


def _parked_on(events: Sequence[HistoryEvent]) -> int | None:
    """The pid of the worker whose workflow task started the timer this run now waits on alone, if
    the timer has more than `PARK_MARGIN` seconds left; else None."""
    if len(events) < 2 or events[-1].event_type != EventType.EVENT_TYPE_TIMER_STARTED:
        return None
    timer = events[-1]
    fires = (
        timer.event_time.ToNanoseconds() / 1e9
        + timer.timer_started_event_attributes.start_to_fire_timeout.ToTimedelta().total_seconds()
    )
    if fires - time.time() < PARK_MARGIN:
        return None
    completed = next(
        (e for e in reversed(events) if e.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED), None
    )
    return _identity_pid(completed.workflow_task_completed_event_attributes.identity) if completed else None


# -- the summary -----------------------------------------------------------------------------------


@dataclass
class Report:
    expected: int
    completed: int
    correct: int
    workers: int
    workers_started: int
    kills: int
    targeted_kills: int
    died_on_their_own: int
    server_restarts: int
    wall: float
    latencies: list[float]
    seed: int
    effects: int = 0
    duplicates: int = 0
    missing: int = 0
    unexpected: int = 0
    retries_absorbed: int = 0
    workflows: int = 0
    children: int = 0
    children_elsewhere: int = 0
    tasks_resumed_after_kill: int = 0
    workflows_resumed_after_kill: int = 0
    workflows_on_several_workers: int = 0
    calls_retried: int = 0
    sticky_stalls: int = 0
    sticky_seconds: float = 0.0
    longest_sticky: float = 0.0
    task_timeouts: int = 0
    task_timeout_seconds: float = 0.0
    longest_task_timeout: float = 0.0
    duplicate_examples: list[str] = field(default_factory=list[str])

    def add_stall(self, sticky: bool, seconds: float) -> None:
        if sticky:
            self.sticky_stalls += 1
            self.sticky_seconds += seconds
            self.longest_sticky = max(self.longest_sticky, seconds)
        else:
            self.task_timeouts += 1
            self.task_timeout_seconds += seconds
            self.longest_task_timeout = max(self.longest_task_timeout, seconds)

    def add_journal(self, entries: list[JournalEntry], records: list[RunRecord]) -> None:
        done = Counter(entry.logical for entry in entries if entry.word == "done")
        self.effects = sum(done.values())
        duplicated = sorted(key for key, count in done.items() if count > 1)
        self.duplicates = sum(done[key] - 1 for key in duplicated)
        self.duplicate_examples = duplicated[:5]
        self.retries_absorbed = sum(entry.word == "again" for entry in entries)
        expected: set[str] = set()
        for record in records:
            if record.status != "not started":
                expected |= record.workload.expected_effects(record.workflow_id)
        self.missing = len(expected - done.keys())
        self.unexpected = len(done.keys() - expected)

    def verdict(self, args: argparse.Namespace) -> tuple[int, str]:
        """The exit code and the last line: 1 a run went wrong, 2 the drill did not do what it was
        asked (no kill, no restart), 0 every run completed correctly with no duplicate."""
        wrong = [
            f"{self.expected - self.correct} runs not completed correctly"
            if self.correct < self.expected
            else "",
            f"{self.duplicates} duplicate effects" if self.duplicates else "",
            f"{self.missing} missing effects" if self.missing else "",
            f"{self.unexpected} unexpected effects" if self.unexpected else "",
        ]
        if any(wrong):
            return 1, "FAIL: " + ", ".join(w for w in wrong if w)
        if args.kill_every and not self.kills:
            return (
                2,
                "NOT DONE: the runs finished before any worker was killed (more --runs or a shorter --kill-every)",
            )
        if args.restart_server and not self.server_restarts:
            return 2, "NOT DONE: the runs finished before the server was restarted"
        survived = [f"{self.kills} worker kills"] if self.kills else []
        survived += [f"{self.server_restarts} server restart"] if self.server_restarts else []
        return 0, (
            f"PASS: {self.expected} runs completed correctly, no effect applied twice"
            + (f", {' and '.join(survived)} survived" if survived else "")
        )

    def render(self, args: argparse.Namespace) -> str:
        minutes = self.wall / 60
        p50 = statistics.median(self.latencies) if self.latencies else 0.0
        p99 = (
            self.latencies[min(len(self.latencies) - 1, int(len(self.latencies) * 0.99))]
            if self.latencies
            else 0.0
        )
        lines = [
            "",
            "drill summary",
            f"  runs completed        {self.completed}/{self.expected}",
            f"  outputs correct       {self.correct}/{self.expected}",
            f"  duplicate effects     {self.duplicates}  ({self.effects} effects applied, "
            f"{self.missing} missing, {self.unexpected} unexpected; "
            f"{self.retries_absorbed} retried calls found their effect applied and skipped it)",
            f"  workers killed        {self.kills}  ({self.targeted_kills} while their run was parked on a "
            f"timer; {self.workers_started} worker processes in all, {self.workers} at a time"
            + (f"; {self.died_on_their_own} exited by themselves" if self.died_on_their_own else "")
            + ")",
            f"  server restarts       {self.server_restarts}",
            f"  resumed after a kill  {self.tasks_resumed_after_kill} workflow tasks, in "
            f"{self.workflows_resumed_after_kill} workflows; {self.calls_retried} calls retried",
            f"  sticky stalls         {self.sticky_stalls} workflow tasks waited for a worker's sticky queue "
            f"until --sticky-timeout {args.sticky_timeout:g} s: {self.sticky_seconds:.1f} s in all, longest "
            f"{self.longest_sticky:.1f} s",
            f"  task timeouts         {self.task_timeouts} workflow tasks started but not completed within "
            f"the workflow task timeout (their worker died mid-task, or was starved): {self.task_timeout_seconds:.1f} s in all, longest "
            f"{self.longest_task_timeout:.1f} s",
            f"  moved between workers {self.workflows_on_several_workers} of {self.workflows} workflows",
            f"  children elsewhere    {self.children_elsewhere} of {self.children} children ran on a "
            "different worker than their parent",
            f"  wall time             {self.wall:.1f} s",
            f"  runs per minute       {self.completed / minutes if minutes else 0.0:.1f}  "
            f"(run latency p50 {p50:.1f} s, p99 {p99:.1f} s)",
            f"  seed                  {self.seed}",
        ]
        if self.duplicate_examples:
            lines.append(f"  duplicated            {', '.join(self.duplicate_examples)}")
        lines.append(self.verdict(args)[1])
        return "\n".join(lines)
