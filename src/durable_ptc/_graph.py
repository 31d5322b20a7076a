"""The workflow graph: what Temporal recorded for one agent run, as a tree a person can read.

It is built from the real history — nothing the demo remembers on the side — so it shows exactly
what a replay checks against: each model turn (and what the model asked for), each tool activity
(with attempts, duration, and whether it was retried, rejected or cancelled), each `run_ptc`
program grouping the calls it made under their program lines (read from the activity and child
summaries `run_ptc L4: ...`), each child workflow expanded recursively, timers, cancel requests,
calls held for a person's approval and the decision (the approval timer marks the pause, the
decision update ends it), and workflow tasks lost with a crashed worker.

Payloads are decoded as plain JSON (Pydantic AI's converter writes JSON), so the graph needs no
agent or model classes and can render any durable-ptc history, from the server or from a file.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from temporalio.api.common.v1 import Payload
from temporalio.api.enums.v1 import EventType, WorkflowTaskFailedCause
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import Client
from temporalio.converter import DataConverter

PROGRAM_TOOL = "run_ptc"
MAX_ARGUMENT_CHARS = 40
MAX_DETAIL_CHARS = 90
MAX_DEPTH = 4
APPROVAL_TIMER_PREFIX = "approval timeout: "
"""The summary `Approvals` gives the timer of a call waiting for a decision (`_approvals`)."""
DECIDE_APPROVAL_UPDATE = "durable_ptc.decide_approval"

E = EventType


@dataclass
class Node:
    kind: str
    """'model', 'activity', 'program', 'child', 'timer', 'approval' or 'note'."""
    label: str
    status: str = "running"
    started: datetime | None = None
    ended: datetime | None = None
    attempt: int = 1
    detail: str = ""
    children: list[Node] = field(default_factory=list["Node"])
    child_run: tuple[str, str] | None = None
    code: str = ""
    """A program node's source, as the model wrote it."""
    """(workflow ID, run ID) of a child workflow, to expand it."""
    worker: str = ""
    """The worker that ran it: an activity's, or the workers of a child's workflow tasks."""


@dataclass
class WorkflowGraph:
    workflow_id: str
    agent: str
    status: str = "running"
    started: datetime | None = None
    ended: datetime | None = None
    nodes: list[Node] = field(default_factory=list[Node])
    output: Any = None
    workers: list[str] = field(default_factory=list[str])
    """The workers that completed its workflow tasks, in the order they first did."""


def _json(payload: Payload) -> Any:
    try:
        return json.loads(payload.data)
    except ValueError:
        return None


def _first_payload(payloads: Any) -> Any:
    items = list(payloads.payloads)
    return _json(items[0]) if items else None


def history_agent(started: HistoryEvent) -> str | None:
    """The agent an `AgentWorkflow` run was started for, from its WorkflowExecutionStarted event."""
    start = _first_payload(started.workflow_execution_started_event_attributes.input)
    agent = start.get("agent") if isinstance(start, dict) else None
    return str(agent) if agent is not None else None


def _summary(event: HistoryEvent) -> str | None:
    if not event.HasField("user_metadata") or not event.user_metadata.HasField("summary"):
        return None
    return DataConverter.default.payload_converter.from_payload(event.user_metadata.summary, str)


def _short(value: Any, limit: int = MAX_ARGUMENT_CHARS) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _one_line(text: str, limit: int = MAX_DETAIL_CHARS) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def call_label(tool: str, arguments: dict[str, Any]) -> str:
    return f"{tool}({', '.join(f'{k}={_short(v)}' for k, v in arguments.items())})"


class _Builder:
    """Folds one workflow's events into a `WorkflowGraph`."""

    def __init__(self, workflow_id: str) -> None:
        self.graph = WorkflowGraph(workflow_id, agent="?")
        self.by_event: dict[int, Node] = {}
        self.model_nodes: set[int] = set()
        self.programs: dict[str, Node] = {}
        """run_ptc tool-call ID → its program node."""
        self.current_program: Node | None = None
        self.children_by_id: dict[str, Node] = {}
        self.approvals: dict[str, Node] = {}
        """Approval call ID (`approval-1`) → its node."""
        self.turns = 0
        self.lost_tasks = 0

    def add(self, node: Node, *, inner: bool) -> None:
        parent = self.current_program if inner and self.current_program is not None else None
        (parent.children if parent is not None else self.graph.nodes).append(node)

    def event(self, event: HistoryEvent) -> None:
        kind = event.event_type
        at = event.event_time.ToDatetime()
        if kind == E.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            self.graph.agent = (
                history_agent(event) or event.workflow_execution_started_event_attributes.workflow_type.name
            )
            self.graph.started = at
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            self.scheduled(event, at)
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            attributes = event.activity_task_started_event_attributes
            self.by_event[attributes.scheduled_event_id].attempt = attributes.attempt
            self.by_event[attributes.scheduled_event_id].worker = worker_name(attributes.identity)
        elif kind == E.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            worker = worker_name(event.workflow_task_completed_event_attributes.identity)
            if worker not in self.graph.workers:
                self.graph.workers.append(worker)
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
            attributes = event.activity_task_completed_event_attributes
            self.completed(attributes.scheduled_event_id, _first_payload(attributes.result), at)
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_FAILED:
            attributes = event.activity_task_failed_event_attributes
            self.finish(attributes.scheduled_event_id, "failed", at, attributes.failure.message)
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT:
            attributes = event.activity_task_timed_out_event_attributes
            self.finish(attributes.scheduled_event_id, "timed out", at, attributes.failure.message)
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED:
            self.by_event[
                event.activity_task_cancel_requested_event_attributes.scheduled_event_id
            ].status = "cancel requested"
        elif kind == E.EVENT_TYPE_ACTIVITY_TASK_CANCELED:
            self.finish(event.activity_task_canceled_event_attributes.scheduled_event_id, "cancelled", at)
        elif kind == E.EVENT_TYPE_TIMER_STARTED and (_summary(event) or "").startswith(APPROVAL_TIMER_PREFIX):
            call_id, _, tool = (_summary(event) or "").removeprefix(APPROVAL_TIMER_PREFIX).partition(" ")
            node = self.approval(call_id, at)
            node.label = f"{call_id} {tool}: held for a reviewer"
            self.by_event[event.event_id] = node
        elif kind == E.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
            request = event.workflow_execution_update_accepted_event_attributes.accepted_request.input
            decision = _first_payload(request.args) if request.name == DECIDE_APPROVAL_UPDATE else None
            if isinstance(decision, dict) and decision.get("call_id"):
                node = self.approval(str(decision["call_id"]), at)
                node.ended = at
                if decision.get("approved"):
                    node.status = "approved" + (" with edited arguments" if decision.get("args") else "")
                else:
                    node.status, node.detail = "denied", str(decision.get("reason") or "")
        elif kind == E.EVENT_TYPE_TIMER_STARTED:
            attributes = event.timer_started_event_attributes
            summary = _summary(event)
            seconds = attributes.start_to_fire_timeout.ToTimedelta().total_seconds()
            label = summary.removeprefix(f"{PROGRAM_TOOL}: ") if summary else f"sleep {seconds:g}s"
            node = Node("timer", f"timer {label}", started=at)
            self.by_event[event.event_id] = node
            self.add(node, inner=bool(summary and summary.startswith(PROGRAM_TOOL)))
        elif kind == E.EVENT_TYPE_TIMER_FIRED:
            started_id = event.timer_fired_event_attributes.started_event_id
            if self.by_event[started_id].kind == "approval":
                self.finish(started_id, "denied", at, "no decision in time")
            else:
                self.finish(started_id, "fired", at)
        elif kind == E.EVENT_TYPE_TIMER_CANCELED:
            started_id = event.timer_canceled_event_attributes.started_event_id
            if self.by_event[started_id].kind != "approval":  # decided: its update said how
                self.finish(started_id, "cancelled", at)
        elif kind == E.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            self.child_initiated(event, at)
        elif kind == E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
            attributes = event.child_workflow_execution_started_event_attributes
            node = self.by_event[attributes.initiated_event_id]
            node.child_run = (attributes.workflow_execution.workflow_id, attributes.workflow_execution.run_id)
        elif kind in _CHILD_ENDINGS:
            field_name, status = _CHILD_ENDINGS[kind]
            self.finish(getattr(event, field_name).initiated_event_id, status, at)
        elif kind == E.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_FAILED:
            self.finish(
                event.start_child_workflow_execution_failed_event_attributes.initiated_event_id,
                "failed to start",
                at,
            )
        elif kind == E.EVENT_TYPE_REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED:
            target = (
                event.request_cancel_external_workflow_execution_initiated_event_attributes.workflow_execution
            )
            child = self.children_by_id.get(target.workflow_id)
            if child is not None and child.status == "running":
                child.status = "cancel requested"
        elif kind == E.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED:
            requester = event.workflow_execution_cancel_requested_event_attributes.external_workflow_execution
            by = f"its parent {requester.workflow_id}" if requester.workflow_id else "the client"
            self.graph.nodes.append(Node("note", f"cancel requested by {by}", status="", started=at))
        elif kind in (E.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT, E.EVENT_TYPE_WORKFLOW_TASK_FAILED):
            if _superseded_by_new_events(event):
                return
            self.lost_tasks += 1
            if self.lost_tasks == 1:
                what = "timed out" if kind == E.EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT else "failed"
                self.graph.nodes.append(
                    Node(
                        "note",
                        f"workflow task {what}: its worker was lost; another worker replayed the history",
                        status="",
                        started=at,
                    )
                )
        elif kind in _WORKFLOW_ENDINGS:
            self.graph.status = _WORKFLOW_ENDINGS[kind]
            self.graph.ended = at
            if kind == E.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
                result = _first_payload(event.workflow_execution_completed_event_attributes.result)
                self.graph.output = result.get("output") if isinstance(result, dict) else result
            self.close_programs(at)

    def approval(self, call_id: str, at: datetime) -> Node:
        """The node of approval `call_id`, added where it happened (in the program running) if new."""
        node = self.approvals.get(call_id)
        if node is None:
            node = self.approvals[call_id] = Node("approval", f"{call_id}: decided", started=at)
            self.add(node, inner=True)
        return node

    def scheduled(self, event: HistoryEvent, at: datetime) -> None:
        attributes = event.activity_task_scheduled_event_attributes
        activity_type = attributes.activity_type.name
        arguments = _first_payload(attributes.input)
        summary = _summary(event)
        if activity_type.endswith("__model_request"):
            self.turns += 1
            self.close_programs(at, arguments)
            node = Node("model", f"model turn {self.turns}", started=at)
            self.model_nodes.add(event.event_id)
            self.current_program = None
            self.graph.nodes.append(node)
        elif activity_type.endswith("__call_tool") and isinstance(arguments, dict):
            inner = bool(summary and summary.startswith(f"{PROGRAM_TOOL} L"))
            if inner and summary:
                line, _, call = summary.removeprefix(f"{PROGRAM_TOOL} ").partition(": ")
                label = f"{line} {call}"
            else:
                label = call_label(str(arguments.get("name")), arguments.get("tool_args") or {})
            node = Node("activity", label, started=at)
            self.add(node, inner=inner)
        else:
            node = Node("activity", summary or activity_type, started=at)
            self.graph.nodes.append(node)
        self.by_event[event.event_id] = node

    def child_initiated(self, event: HistoryEvent, at: datetime) -> None:
        attributes = event.start_child_workflow_execution_initiated_event_attributes
        summary = _summary(event) or f"child {attributes.workflow_type.name}"
        inner = summary.startswith(f"{PROGRAM_TOOL} L")
        if inner:
            line, _, call = summary.removeprefix(f"{PROGRAM_TOOL} ").partition(": ")
            label = f"{line} {call}"
        else:
            arguments = _first_payload(attributes.input)
            agent = arguments.get("agent") if isinstance(arguments, dict) else None
            task = arguments.get("prompt") if isinstance(arguments, dict) else None
            label = call_label("spawn", {"agent_name": agent, "task": task}) if agent else summary
        node = Node("child", label, started=at, detail=attributes.workflow_id)
        self.by_event[event.event_id] = node
        self.children_by_id[attributes.workflow_id] = node
        self.add(node, inner=inner)

    def completed(self, scheduled_id: int, result: Any, at: datetime) -> None:
        node = self.by_event[scheduled_id]
        node.status, node.ended = "completed", at
        if scheduled_id in self.model_nodes and isinstance(result, dict):
            self.model_answered(node, result, at)
        elif isinstance(result, dict) and result.get("kind") == "model_retry":
            node.status, node.detail = "retry", str(result.get("message", ""))
        elif isinstance(result, dict) and result.get("kind") == "tool_failed":
            node.status, node.detail = "failed", str(result.get("message", ""))

    def finish(self, event_id: int, status: str, at: datetime, detail: str = "") -> None:
        node = self.by_event[event_id]
        node.status, node.ended = status, at
        if detail:
            node.detail = detail

    def model_answered(self, node: Node, response: dict[str, Any], at: datetime) -> None:
        parts = response.get("parts") or []
        calls = [p for p in parts if isinstance(p, dict) and p.get("part_kind") == "tool-call"]
        if not calls:
            text = " ".join(
                str(p.get("content", ""))
                for p in parts
                if isinstance(p, dict) and p.get("part_kind") == "text"
            )
            node.label += f" → answer: {_one_line(text, 60)}"
            return
        node.label += " → " + ", ".join(str(c.get("tool_name")) for c in calls)
        for part in calls:
            if part.get("tool_name") != PROGRAM_TOOL:
                continue
            args = part.get("args")
            if isinstance(args, str):
                try:
                    args = json.loads(args)
                except ValueError:
                    args = {}
            code = str(args.get("code", "")) if isinstance(args, dict) else ""
            lines = len(code.splitlines())
            program = Node(
                "program", f"{PROGRAM_TOOL} ({lines} line{'s' if lines != 1 else ''})", started=at, code=code
            )
            self.programs[str(part.get("tool_call_id"))] = program
            self.current_program = program
            self.graph.nodes.append(program)

    def close_programs(self, at: datetime, request: Any = None) -> None:
        """Programs end where the next model request (or the workflow) starts; its input says how."""
        outcomes: dict[str, dict[str, Any]] = {}
        if isinstance(request, dict) and request.get("messages"):
            last = request["messages"][-1]
            for part in last.get("parts", []) if isinstance(last, dict) else []:
                if isinstance(part, dict) and part.get("tool_call_id") in self.programs:
                    outcomes[part["tool_call_id"]] = part
        for call_id, program in self.programs.items():
            if program.status != "running":
                continue
            program.ended = at
            part = outcomes.get(call_id)
            if part is None:
                program.status = "cancelled" if self.graph.status == "cancelled" else "ended"
                continue
            content = part.get("content")
            if part.get("outcome") == "success" and isinstance(content, dict):
                program.status = "completed"
                program.detail = f"value {_short(content.get('value'), 60)}"
            else:
                program.status = "failed"
                program.detail = str(content).splitlines()[0] if content else ""


_CHILD_ENDINGS = {
    E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: (
        "child_workflow_execution_completed_event_attributes",
        "completed",
    ),
    E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: (
        "child_workflow_execution_failed_event_attributes",
        "failed",
    ),
    E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: (
        "child_workflow_execution_canceled_event_attributes",
        "cancelled",
    ),
    E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT: (
        "child_workflow_execution_timed_out_event_attributes",
        "timed out",
    ),
    E.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED: (
        "child_workflow_execution_terminated_event_attributes",
        "terminated",
    ),
}

_WORKFLOW_ENDINGS = {
    E.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED: "completed",
    E.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED: "failed",
    E.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED: "cancelled",
    E.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: "terminated",
    E.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT: "timed out",
    E.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW: "continued as new",
}


def build_graph(workflow_id: str, events: Sequence[HistoryEvent]) -> WorkflowGraph:
    builder = _Builder(workflow_id)
    for event in events:
        builder.event(event)
    if builder.graph.status == "running":
        builder.close_programs(events[-1].event_time.ToDatetime() if events else datetime.now())
    else:
        _mark_abandoned(builder.graph)
    return builder.graph


def _mark_abandoned(graph: WorkflowGraph) -> None:
    """A workflow that closed (cancelled, failed, …) with work still open leaves it unrecorded: the
    activity learns at its next heartbeat that its run is gone. Saying `running` there would be
    wrong once the run is over."""
    for node in _walk(graph.nodes):
        if node.status == "running" and node.kind in ("activity", "timer"):
            node.status = f"abandoned: the run was {graph.status} first"


FetchEvents = Callable[[str, str], Awaitable[Sequence[HistoryEvent]]]
"""(workflow ID, run ID) → that run's history events."""


async def expand_children(graph: WorkflowGraph, fetch: FetchEvents, depth: int = 1) -> WorkflowGraph:
    """Replace each child node's contents with the child's own graph, recursively."""
    if depth > MAX_DEPTH:
        return graph
    for node in _walk(graph.nodes):
        if node.kind == "child" and node.child_run is not None:
            child = build_graph(node.child_run[0], await fetch(*node.child_run))
            await expand_children(child, fetch, depth + 1)
            node.children = child.nodes
            node.worker = ", ".join(child.workers)
    return graph


async def workflow_tree(
    client: Client, workflow_id: str, *, show_code: bool = True, show_workers: bool = False
) -> str:
    """The rendered tree of any run on `client`'s server, its children expanded (`durable-ptc show`);
    `show_workers` names the worker that ran each step."""

    async def fetch(child_id: str, run_id: str | None = None) -> Sequence[HistoryEvent]:
        return (await client.get_workflow_handle(child_id, run_id=run_id).fetch_history()).events

    graph = build_graph(workflow_id, await fetch(workflow_id))
    await expand_children(graph, fetch)
    return render(graph, show_code=show_code, show_workers=show_workers)


def worker_name(identity: str) -> str:
    """`worker 1234` for the SDK's default identity `1234@host` (the pid); other identities as given."""
    pid, at, _ = identity.partition("@")
    return f"worker {pid}" if at and pid.isdigit() else identity


def _walk(nodes: list[Node]) -> list[Node]:
    found: list[Node] = []
    for node in nodes:
        found.append(node)
        if node.kind != "child":
            found.extend(_walk(node.children))
    return found


def _duration(start: datetime | None, end: datetime | None) -> str:
    if start is None or end is None:
        return ""
    seconds = max((end - start).total_seconds(), 0.0)
    return f"{seconds:.2f}s" if seconds < 10 else f"{seconds:.1f}s"


_KIND_WORDS = {
    "activity": "activity",
    "child": "child workflow",
    "timer": "",
    "program": "in workflow",
    "model": "",
}


def _annotation(node: Node, show_workers: bool) -> str:
    words: list[str] = []
    if kind := _KIND_WORDS.get(node.kind, ""):
        words.append(kind)
    if node.kind == "child" and node.detail:
        words.append(node.detail)
    if node.status and node.status not in ("completed",):
        status = node.status
        if node.detail and node.kind != "child":
            status += f": {_one_line(node.detail)}"
        words.append(status)
    elif node.kind == "program" and node.detail:
        words.append(_one_line(node.detail))
    if node.attempt > 1:
        words.append(f"attempt {node.attempt}")
    if duration := _duration(node.started, node.ended):
        words.append(duration)
    if show_workers and node.worker:
        words.append(f"on {node.worker}")
    return f"  ({', '.join(words)})" if words else ""


MAX_CODE_LINE_CHARS = 100


def render(graph: WorkflowGraph, *, show_code: bool = False, show_workers: bool = False) -> str:
    """The graph as an indented tree, one line per recorded step.

    With `show_code`, the root workflow's programs are listed (numbered) above the calls they made,
    so `L3` in a call's label can be read against line 3.
    """
    header = f"{graph.agent} · workflow {graph.workflow_id} · {graph.status}"
    if duration := _duration(graph.started, graph.ended):
        header += f" in {duration}"
    if show_workers and graph.workers:
        header += f" · workflow tasks on {', '.join(graph.workers)}"
    lines = [header]

    def emit(nodes: list[Node], prefix: str, root: bool) -> None:
        for index, node in enumerate(nodes):
            last = index == len(nodes) - 1
            lines.append(f"{prefix}{'└─ ' if last else '├─ '}{node.label}{_annotation(node, show_workers)}")
            inner = prefix + ("   " if last else "│  ")
            if show_code and root and node.code:
                for number, text in enumerate(node.code.splitlines(), 1):
                    text = text if len(text) <= MAX_CODE_LINE_CHARS else text[: MAX_CODE_LINE_CHARS - 1] + "…"
                    lines.append(f"{inner}┆ {number:>2}  {text}".rstrip())
            emit(node.children, inner, root and node.kind != "child")

    emit(graph.nodes, "", True)
    return "\n".join(lines)


def _superseded_by_new_events(event: HistoryEvent) -> bool:
    """A workflow task whose completion the server refused because new events (a cancel request, a
    signal) arrived meanwhile: the worker simply runs again with them; nothing was lost."""
    return (
        event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED
        and event.workflow_task_failed_event_attributes.cause
        == WorkflowTaskFailedCause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND
    )
