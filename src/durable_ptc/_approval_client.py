"""Seeing and deciding a run's pending approvals from outside: a Temporal query and a Temporal update.

`pending_approvals` asks the workflow which calls wait (the query answers from workflow state, no
history is written). `approve` and `deny` send one update; its validator checks the decision against
the call that is waiting — its digest, and that it still waits — so a rejected decision leaves no
trace, and an accepted one is recorded in history before the call goes on. Without a `digest`, the
one the workflow reports for the call now is used; pass the digest you were shown (`durable-ptc
approvals` prints it) to bind the decision to exactly that call.
"""

from __future__ import annotations

from typing import Any

from temporalio.client import Client, WorkflowUpdateFailedError
from temporalio.exceptions import ApplicationError

from ._approvals import (
    DECIDE_APPROVAL_UPDATE,
    PENDING_APPROVALS_QUERY,
    ApprovalDecision,
    ApprovalRejected,
)


async def pending_approvals(client: Client, workflow_id: str) -> list[dict[str, Any]]:
    """The calls of run `workflow_id` waiting for a decision: dicts with `call_id`, `tool`, `args`,
    `digest`, `waiting_since`, `line` (the program line, None for a direct call) and `where`."""
    listing: list[dict[str, Any]] = await client.get_workflow_handle(workflow_id).query(
        PENDING_APPROVALS_QUERY, result_type=list[dict[str, Any]]
    )
    return listing


async def approve(
    client: Client,
    workflow_id: str,
    call_id: str,
    *,
    args: dict[str, Any] | None = None,
    digest: str | None = None,
) -> None:
    """Approve a pending call; with `args`, it runs with those arguments instead of the ones shown.
    Raises `ApprovalRejected` if the workflow refuses the decision."""
    await _decide(client, workflow_id, call_id, digest, approved=True, args=args)


async def deny(
    client: Client, workflow_id: str, call_id: str, reason: str, *, digest: str | None = None
) -> None:
    """Deny a pending call: a program's call raises an exception whose `str()` is `reason`, the
    model's direct call gets `reason` as its failed result. Raises `ApprovalRejected` if refused."""
    await _decide(client, workflow_id, call_id, digest, approved=False, reason=reason)


async def _decide(
    client: Client,
    workflow_id: str,
    call_id: str,
    digest: str | None,
    *,
    approved: bool,
    args: dict[str, Any] | None = None,
    reason: str | None = None,
) -> None:
    if digest is None:
        waiting = {entry["call_id"]: entry for entry in await pending_approvals(client, workflow_id)}
        if call_id not in waiting:
            raise ApprovalRejected(f"no call {call_id!r} is waiting for approval in {workflow_id!r}")
        digest = str(waiting[call_id]["digest"])
    decision = ApprovalDecision(call_id=call_id, digest=digest, approved=approved, args=args, reason=reason)
    try:
        await client.get_workflow_handle(workflow_id).execute_update(DECIDE_APPROVAL_UPDATE, decision)
    except WorkflowUpdateFailedError as error:
        cause = error.cause
        message = cause.message if isinstance(cause, ApplicationError) else str(cause or error)
        raise ApprovalRejected(message) from error
