"""A demo session: worker processes, runs started from prompts or scenarios, graphs printed.

Each worker is a separate process (`durable-ptc worker`, the production command) so the demo can do
what a crash does: SIGKILL one mid-run and start another, which replays the history and carries on.
With several workers (`demo --workers N`) every step can land on any of them, and the graph names
the worker that ran each step.
Every run's history is saved next to the sandbox (`histories/<workflow-id>.json`) so it can be
checked later with `durable-ptc replay`.

While a run is in progress the session reviews the calls it holds for approval (the assistant's
`send_email`): it finds them with the `pending_approvals` query, asks the person — the REPL's next
line, or stdin — or answers as `--approve yes|no` says, and sends the decision as the update that
`durable-ptc approve`/`deny` send.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowFailureError, WorkflowHandle
from temporalio.exceptions import CancelledError

from durable_ptc._approval_client import approve, deny, pending_approvals
from durable_ptc._approvals import ApprovalRejected
from durable_ptc._dev_server import _parent_death_signal  # pyright: ignore[reportPrivateUsage]
from durable_ptc._graph import call_label, workflow_tree
from durable_ptc._worker import create_replayer, ensure_plugins, start_agent

from .agents import MODEL_ENV, agents_from_environment
from .scenarios import Scenario
from .tools import SANDBOX_ENV, read_journal

AGENTS_SPEC = "durable_ptc.demo.agents:agents_from_environment"
APPROVE_ENV = "DURABLE_PTC_DEMO_APPROVE"
"""`yes` or `no`: answer every approval so, without asking (what `--approve` sets)."""
REVIEW_POLL_SECONDS = 0.5
DENIED_AT_PROMPT = "declined at the demo's prompt"
ApprovalMode = Literal["ask", "yes", "no"]
WORKER_START_TIMEOUT = 90.0
DISRUPTION_TIMEOUT = 60.0


class DemoError(RuntimeError):
    """Something the demo needs did not happen (a worker did not start, work never began)."""


@dataclass
class RunRecord:
    workflow_id: str
    prompt: str
    scenario: str | None
    status: str
    seconds: float
    output: Any
    graph: str
    history_file: Path


@dataclass
class DemoSession:
    """Runs prompts as agent workflows on `client`'s server, through a worker subprocess.

    `workdir` holds `sandbox/` (the tools' files and journal), `histories/` and worker logs.
    """

    client: Client
    address: str
    workdir: Path
    namespace: str = "default"
    model: str | None = None
    task_queue: str = field(default_factory=lambda: f"durable-ptc-demo-{uuid.uuid4().hex[:8]}")
    out: TextIO = field(default_factory=lambda: sys.stdout)
    status: Callable[[str], None] | None = None
    """Where progress lines go (slow steps); None: `out`."""
    runs: list[RunRecord] = field(default_factory=list[RunRecord])
    workers: int = 1
    """Worker processes polling the task queue at once."""
    worker_processes: list[subprocess.Popen[bytes]] = field(default_factory=list[subprocess.Popen[bytes]])
    current: WorkflowHandle[Any, Any] | None = None
    workers_started: int = 0
    ui_url: str | None = None
    """The Web UI's base URL, to link each run."""
    ticker: bool = False
    """Show a live `running… Ns` line on stderr while a run is in progress (for terminals)."""
    approvals: ApprovalMode = "ask"
    """How calls waiting for approval are decided: ask the person, or answer yes or no to all."""
    ask: Callable[[str], Any] | None = None
    """Put a question to the person and return (await) their answer line, None if there is none;
    the REPL sets it to read its next line. None: read a line from stdin."""

    def __post_init__(self) -> None:
        self.client = ensure_plugins(self.client)
        self.sandbox.mkdir(parents=True, exist_ok=True)
        self.histories.mkdir(parents=True, exist_ok=True)

    @property
    def sandbox(self) -> Path:
        return self.workdir / "sandbox"

    @property
    def histories(self) -> Path:
        return self.workdir / "histories"

    def say(self, message: str) -> None:
        if self.status is not None:
            self.status(message)
        else:
            print(message, file=self.out, flush=True)

    # -- the worker process ---------------------------------------------------------------

    def worker_command(self) -> list[str]:
        return [
            sys.executable,
            "-c",
            "from durable_ptc._cli import main; main()",
            "worker",
            "--address",
            self.address,
            "--namespace",
            self.namespace,
            "--task-queue",
            self.task_queue,
            "--agents",
            AGENTS_SPEC,
        ]

    async def start_worker(self) -> None:
        self.workers_started += 1
        log_path = self.workdir / f"worker-{self.workers_started}.log"
        started = time.monotonic()
        env = {**os.environ, SANDBOX_ENV: str(self.sandbox)}
        if self.model:
            env[MODEL_ENV] = self.model
        else:
            env.pop(MODEL_ENV, None)
        with log_path.open("wb") as log:
            worker = subprocess.Popen(
                self.worker_command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # Ctrl-C in the REPL must not kill the worker mid-run
                preexec_fn=_parent_death_signal(signal.SIGTERM) if sys.platform.startswith("linux") else None,
            )
        self.worker_processes.append(worker)
        while "ready" not in log_path.read_text(errors="replace"):
            if worker.poll() is not None:
                raise DemoError(
                    f"the worker exited during startup (code {worker.returncode}); its log:\n{log_path.read_text()}"
                )
            if time.monotonic() - started > WORKER_START_TIMEOUT:
                raise DemoError(
                    f"the worker did not start within {WORKER_START_TIMEOUT:.0f}s; see {log_path}"
                )
            await asyncio.sleep(0.1)
        self.say(
            f"worker ready (pid {worker.pid}, task queue {self.task_queue}) in {time.monotonic() - started:.1f}s"
        )

    def kill_worker(self, pid: int | None = None) -> int | None:
        """SIGKILL the worker with `pid` (default, or if it is not one of ours: the first); returns its
        pid, None if none was running."""
        worker = next((w for w in self.worker_processes if w.pid == pid), None) or next(
            iter(self.worker_processes), None
        )
        if worker is None:
            return None
        self.worker_processes.remove(worker)
        if worker.poll() is not None:
            return None
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        return worker.pid

    def stop_workers(self) -> None:
        workers, self.worker_processes = self.worker_processes, []
        for worker in workers:
            if worker.poll() is None:
                worker.terminate()
        for worker in workers:
            try:
                worker.wait(10)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()

    async def __aenter__(self) -> DemoSession:
        await asyncio.gather(*(self.start_worker() for _ in range(self.workers)))
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.stop_workers()

    # -- runs ----------------------------------------------------------------------------

    async def run(self, prompt: str, scenario: Scenario | None = None) -> RunRecord:
        """Run `prompt` as the assistant agent (performing `scenario`'s disruption), print its graph."""
        name = scenario.name if scenario else "prompt"
        workflow_id = f"demo-{name}-{uuid.uuid4().hex[:6]}"
        started = time.monotonic()
        before = len(read_journal(self.sandbox))
        handle = await start_agent(
            self.client, "assistant", prompt, task_queue=self.task_queue, workflow_id=workflow_id
        )
        self.current = handle
        self.say(f"started workflow {workflow_id}")
        ticking = asyncio.ensure_future(self.tick(workflow_id, started)) if self.ticker else None
        reviewing = asyncio.ensure_future(self.review(handle))
        try:
            if scenario is not None and scenario.disruption is not None:
                await self.disrupt(scenario, before)
            status, output = await self.outcome(handle)
        finally:
            self.current = None
            reviewing.cancel()
            if ticking is not None:
                ticking.cancel()
                print("\r\033[K", end="", file=sys.stderr, flush=True)
        seconds = time.monotonic() - started
        await self.settle_children(handle.id)
        graph = await self.graph(handle.id)
        history_file = self.histories / f"{workflow_id}.json"
        history_file.write_text((await handle.fetch_history()).to_json())
        record = RunRecord(
            workflow_id,
            prompt,
            scenario.name if scenario else None,
            status,
            seconds,
            output,
            graph,
            history_file,
        )
        self.runs.append(record)
        print(graph, file=self.out)
        if status == "completed":
            print(f"\nanswer: {output}", file=self.out)
        if scenario is not None and scenario.disruption == "crash":
            print(f"\n{self.crash_report(before)}", file=self.out)
        print(f"\n[{status} in {seconds:.1f}s · history: {history_file}]", file=self.out, flush=True)
        if self.ui_url:
            print(
                f"[Web UI: {self.ui_url}/namespaces/{self.namespace}/workflows/{workflow_id}]",
                file=self.out,
                flush=True,
            )
        return record

    async def review(self, handle: WorkflowHandle[Any, Any]) -> None:
        """Decide each call the run holds for approval, once, until the run ends (cancelled then)."""
        decided: set[str] = set()
        while True:
            try:
                waiting = await pending_approvals(self.client, handle.id)
            except Exception:  # no worker up (a crash scenario), or the run is closing: ask again
                waiting = []
            for entry in waiting:
                if entry["call_id"] not in decided:
                    decided.add(entry["call_id"])
                    await self.decide(handle.id, entry)
            await asyncio.sleep(REVIEW_POLL_SECONDS)

    async def decide(self, workflow_id: str, entry: dict[str, Any]) -> None:
        call = call_label(entry["tool"], entry["args"])
        where = f" ({entry['where']})" if entry.get("where") else ""
        self.say(f"{entry['call_id']}: {call}{where} is waiting for approval (digest {entry['digest']})")
        answer = self.approvals
        if answer == "ask":
            try:
                line = await self.question(f"approve {call}? [y/n] ")
            except OSError:  # no terminal to ask on: no answer
                line = None
            answer = "yes" if (line or "").strip().lower() in ("y", "yes") else "no"
        try:
            if answer == "yes":
                await approve(self.client, workflow_id, entry["call_id"], digest=entry["digest"])
            else:
                await deny(
                    self.client, workflow_id, entry["call_id"], DENIED_AT_PROMPT, digest=entry["digest"]
                )
        except ApprovalRejected as rejected:  # it timed out, or the run was cancelled, meanwhile
            self.say(f"{entry['call_id']}: the decision came too late: {rejected}")
            return
        self.say(f"{entry['call_id']} " + ("approved" if answer == "yes" else f"denied ({DENIED_AT_PROMPT})"))

    async def question(self, text: str) -> str | None:
        if self.ask is not None:
            return await self.ask(text)
        print(text, end="", file=self.out, flush=True)
        line = await asyncio.to_thread(sys.stdin.readline)
        return line or None

    async def tick(self, workflow_id: str, started: float) -> None:
        while True:
            await asyncio.sleep(1)
            print(
                f"\r\033[K  running {workflow_id}… {time.monotonic() - started:.0f}s",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def crash_report(self, journal_start: int) -> str:
        """What the journal says about the run: completed side effects ran once, lost ones again."""
        counts: dict[str, int] = {}
        for entry in read_journal(self.sandbox)[journal_start:]:
            counts[entry] = counts.get(entry, 0) + 1
        completed = [e for e in counts if e.startswith(("write", "done"))]
        repeated = [e for e in completed if counts[e] > 1]
        restarted = [e.removeprefix("start ") for e, n in counts.items() if e.startswith("start") and n > 1]
        verdict = "each ran exactly once" if not repeated else f"REPEATED: {', '.join(repeated)}"
        lines = [f"journal: {len(completed)} completed side effects, {verdict}"]
        if restarted:
            lines.append(
                f"         started again after the crash (in flight when the worker died): {', '.join(restarted)}"
            )
        return "\n".join(lines)

    async def outcome(self, handle: WorkflowHandle[Any, Any]) -> tuple[str, Any]:
        try:
            result = await handle.result()
        except WorkflowFailureError as error:
            if isinstance(error.cause, CancelledError):
                return "cancelled", None
            return "failed", str(error.cause or error)
        return "completed", result.output

    async def wait_for_journal(self, entries: Sequence[str], since: int) -> None:
        """Wait until this run has journaled `entries`: only lines past `since` count, because the
        journal keeps every earlier run's lines (the same scenario run twice would otherwise be
        disrupted before its work started)."""
        deadline = time.monotonic() + DISRUPTION_TIMEOUT
        while not set(entries) <= set(read_journal(self.sandbox)[since:]):
            if time.monotonic() > deadline:
                missing = sorted(set(entries) - set(read_journal(self.sandbox)[since:]))
                raise DemoError(f"the work to disrupt never started (journal lacks {missing})")
            await asyncio.sleep(0.1)

    async def disrupt(self, scenario: Scenario, journal_start: int) -> None:
        await self.wait_for_journal(scenario.wait_for, journal_start)
        in_flight = ", ".join(entry.removeprefix("start ") for entry in scenario.wait_for)
        if scenario.disruption == "cancel":
            self.say(f"cancelling the workflow while {in_flight} are in flight")
            await self.cancel()
        elif scenario.disruption == "crash":
            pid = self.kill_worker(await self.worker_running(self.current))
            self.say(
                f"killed the worker (pid {pid}, SIGKILL) while {in_flight} were in flight; starting a new one"
            )
            await self.start_worker()

    async def worker_running(self, handle: WorkflowHandle[Any, Any] | None) -> int | None:
        """The pid of the worker that completed the run's latest workflow task (the one holding it,
        and with eager dispatch the activities it started); None if unknown."""
        if handle is None:
            return None
        for event in reversed(await self.events(handle.id)):
            if event.HasField("workflow_task_completed_event_attributes"):
                pid, _, _ = event.workflow_task_completed_event_attributes.identity.partition("@")
                return int(pid) if pid.isdigit() else None
        return None

    async def cancel(self) -> bool:
        """Request cancellation of the run in progress; False if there is none."""
        handle = self.current
        if handle is None:
            return False
        await handle.cancel()
        return True

    # -- reading back --------------------------------------------------------------------

    async def events(self, workflow_id: str, run_id: str | None = None) -> Sequence[HistoryEvent]:
        history = await self.client.get_workflow_handle(workflow_id, run_id=run_id).fetch_history()
        return history.events

    async def settle_children(self, workflow_id: str) -> None:
        """Wait (at most `DISRUPTION_TIMEOUT`) until every child workflow under `workflow_id` has closed.

        A cancelled parent closes as soon as it has *requested* its children's cancellation; the server
        delivers that request to each child a moment later. Rendering before then would show a child
        that has not yet heard of the cancel, so the graph (and what the tests read in it) would depend
        on the server's timing.
        """
        deadline = time.monotonic() + DISRUPTION_TIMEOUT
        pending = [workflow_id]
        while pending:
            current = pending.pop()
            for event in await self.events(current):
                if event.HasField("child_workflow_execution_started_event_attributes"):
                    child = event.child_workflow_execution_started_event_attributes.workflow_execution
                    handle = self.client.get_workflow_handle(child.workflow_id, run_id=child.run_id)
                    while (await handle.describe()).status == WorkflowExecutionStatus.RUNNING:
                        if time.monotonic() > deadline:
                            return
                        await asyncio.sleep(0.1)
                    pending.append(child.workflow_id)

    async def graph(self, workflow_id: str) -> str:
        return await workflow_tree(self.client, workflow_id, show_workers=self.workers > 1)

    async def replay(self, record: RunRecord) -> str:
        """Replay a recorded run against the agents as this process builds them now."""
        os.environ.setdefault(SANDBOX_ENV, str(self.sandbox))
        if self.model:
            os.environ[MODEL_ENV] = self.model
        history = await self.client.get_workflow_handle(record.workflow_id).fetch_history()
        result = await create_replayer(agents_from_environment()).replay_workflow(
            history, raise_on_replay_failure=False
        )
        if result.replay_failure is not None:
            return f"replay of {record.workflow_id} FAILED: {result.replay_failure}"
        return f"replayed {record.workflow_id}: {len(history.events)} events, same commands — deterministic"
