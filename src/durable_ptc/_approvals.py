"""Human approval that waits inside the workflow, for one call, as long as it must.

Pydantic AI marks a call as needing approval when its tool has `requires_approval=True` or raises
`ApprovalRequired`; it then asks the agent's capabilities to resolve the deferred call
(`handle_deferred_tool_calls`) before it would end the run with `DeferredToolRequests`. Both the
model's direct calls and a program's calls (through the tool manager's `handle_call`) pass that hook,
so `Approvals` resolves them in one place, identically: it files the call in the workflow's
`ApprovalBook` and waits on a `workflow.wait_condition` — durable, costing no worker anything while it
waits — until a reviewer's decision arrives as a Temporal update, or the optional timeout (a durable
timer) denies it. Only the waiting call pauses; a program's other tasks keep running.

A decision names the call and carries the digest of the tool name and arguments the reviewer was
shown; the update validator rejects a decision whose digest no longer matches, or for a call that is
not pending, so nothing is recorded for it. An approval may carry edited arguments, which the call
then runs with. The accepted decision is in history, so a replay — on any worker, after any restart —
takes the same path, and the approved call is the one activity it was.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from pydantic_ai.capabilities.abstract import AbstractCapability
from pydantic_ai.messages import ToolCallPart
from pydantic_ai.tools import DeferredToolRequests, DeferredToolResults, RunContext, ToolApproved, ToolDenied
from temporalio import workflow

from ._summaries import current_program_line, current_summary

PENDING_APPROVALS_QUERY = "durable_ptc.pending_approvals"
DECIDE_APPROVAL_UPDATE = "durable_ptc.decide_approval"
APPROVALS_PATCH = "durable_ptc/approvals"
"""Histories recorded before approvals waited in the workflow ended the run with `DeferredToolRequests`
instead; they replay that way (see `_semantics` for the patching policy)."""

DENIED_ERROR_TYPE = "ApprovalDenied"
"""The class name a program's uncaught denial is reported under (`ApprovalDenied: <reason>`)."""


def call_digest(tool: str, args: Mapping[str, Any]) -> str:
    """The digest a decision is bound to: the tool name and the arguments, canonically encoded."""
    canonical = json.dumps(
        {"tool": tool, "args": args}, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


@dataclass
class PendingApproval:
    """A call waiting for a reviewer, as `durable-ptc approvals` lists it."""

    call_id: str
    tool: str
    args: dict[str, Any]
    digest: str
    waiting_since: str
    """ISO 8601, workflow time."""
    tool_call_id: str
    line: int | None = None
    """The program line that made the call; None for the model's direct call."""
    where: str | None = None
    """`run_ptc L4: send_email(to='a@b.c')` for a program's call."""


@dataclass
class ApprovalDecision:
    """A reviewer's decision on one pending call (the update's argument)."""

    call_id: str
    digest: str
    approved: bool
    args: dict[str, Any] | None = None
    """Edited arguments for an approved call; None runs it as shown."""
    reason: str | None = None
    """Why it was denied; the program's exception text and the model's tool result."""


class ApprovalRejected(Exception):
    """A decision the workflow refused (unknown or already decided call, digest mismatch)."""


@dataclass
class ApprovalBook:
    """The pending calls and decisions of one `AgentWorkflow` run (workflow state, rebuilt by replay)."""

    pending: dict[str, PendingApproval] = field(default_factory=dict[str, PendingApproval])
    decisions: dict[str, ApprovalDecision] = field(default_factory=dict[str, ApprovalDecision])
    opened: int = 0

    def open(self, call: ToolCallPart) -> PendingApproval:
        self.opened += 1
        args = call.args_as_dict()
        entry = PendingApproval(
            call_id=f"approval-{self.opened}",
            tool=call.tool_name,
            args=args,
            digest=call_digest(call.tool_name, args),
            waiting_since=workflow.now().isoformat(),
            tool_call_id=call.tool_call_id,
            line=current_program_line(),
            where=current_summary(),
        )
        self.pending[entry.call_id] = entry
        return entry

    def close(self, call_id: str) -> ApprovalDecision | None:
        self.pending.pop(call_id, None)
        return self.decisions.pop(call_id, None)

    def check(self, decision: ApprovalDecision) -> None:
        """Raise `ApprovalRejected` unless `decision` may be recorded (the update's validator)."""
        entry = self.pending.get(decision.call_id)
        if entry is None or decision.call_id in self.decisions:
            raise ApprovalRejected(
                f"no call {decision.call_id!r} is waiting for approval (decided, timed out, or never asked)"
            )
        if decision.digest != entry.digest:
            raise ApprovalRejected(
                f"call {decision.call_id!r} is now {entry.tool}({_render_args(entry.args)}) with digest "
                f"{entry.digest}, not the call with digest {decision.digest} this decision was made for"
            )
        if not decision.approved and not (decision.reason or "").strip():
            raise ApprovalRejected("a denial needs a reason (the caller sees it)")
        if decision.approved and decision.args is not None and not isinstance(decision.args, dict):
            raise ApprovalRejected("edited arguments must be a JSON object")

    def decide(self, decision: ApprovalDecision) -> None:
        self.check(decision)
        self.decisions[decision.call_id] = decision

    def listing(self) -> list[dict[str, Any]]:
        return [asdict(entry) for entry in self.pending.values()]


def _render_args(args: Mapping[str, Any]) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in args.items())


def current_approval_book() -> ApprovalBook | None:
    """The running `AgentWorkflow`'s book (found by attribute: `_workflow` imports this module)."""
    book = getattr(workflow.instance(), "approvals", None)
    return book if isinstance(book, ApprovalBook) else None


@dataclass
class Approvals(AbstractCapability[Any]):
    """Resolve calls that need approval by waiting, in the workflow, for a reviewer's decision.

    `PTC` includes it (`PTC(approvals=Approvals(timeout=...))` configures it; `approvals=None` leaves
    approval-requiring calls to end the run with `DeferredToolRequests`, Pydantic AI's default). Add it
    on its own to an agent without `PTC`. Outside a workflow it resolves nothing.

    Args:
        timeout: How long a call waits for a decision before it is denied; None waits forever.
    """

    timeout: timedelta | None = None

    async def handle_deferred_tool_calls(
        self, ctx: RunContext[Any], *, requests: DeferredToolRequests
    ) -> DeferredToolResults | None:
        if not requests.approvals or not workflow.in_workflow():
            return None
        book = current_approval_book()
        if book is None or not workflow.patched(APPROVALS_PATCH):
            return None
        results = DeferredToolResults()

        async def decide(call: ToolCallPart) -> None:
            results.approvals[call.tool_call_id] = await self.wait_for_decision(book, call)

        await asyncio.gather(*(decide(call) for call in requests.approvals))
        return results

    async def wait_for_decision(self, book: ApprovalBook, call: ToolCallPart) -> ToolApproved | ToolDenied:
        entry = book.open(call)
        decision: ApprovalDecision | None = None
        try:
            await workflow.wait_condition(
                lambda: entry.call_id in book.decisions,
                timeout=self.timeout,
                timeout_summary=f"approval timeout: {entry.call_id} {entry.tool}",
            )
        except TimeoutError:
            pass
        finally:
            decision = book.close(entry.call_id)
        if decision is None:
            return ToolDenied(
                f"denied: no decision on {entry.tool} ({entry.call_id}) within {_duration(self.timeout)}"
            )
        if decision.approved:
            return ToolApproved(override_args=decision.args)
        return ToolDenied(decision.reason or "denied")


def _duration(timeout: timedelta | None) -> str:
    if timeout is None:
        return "the time allowed"
    seconds = timeout.total_seconds()
    return f"{seconds:g} s" if seconds < 120 else f"{seconds / 60:g} min"
