"""The fast path for short tools: a tool's activity run as a Temporal local activity.

A regular activity costs two task-queue hand-offs per call (workflow task → activity task → workflow
task), ~100 ms on the dev server, whatever the tool does. A local activity is run by the worker that
runs the workflow, inside the workflow task, and recorded as a marker: no queue round trip. Pydantic
AI schedules every tool as a regular activity, so the switch happens at the last moment, in a
workflow outbound interceptor: a tool-call activity whose tool definition carries the
`local_activity()` metadata is started as a local activity instead — the same registered activity
function with the same input, hence the same tool body, argument validation, hooks, error taxonomy
and retry bound, whether the model or a program made the call. Only the timeout changes: a local
activity gets a short start-to-close timeout of its own, never the tool's regular one.

Enabling the option changes the commands a workflow issues for that tool. Each tool's first local
call in an execution records `workflow.patched(local_activity_patch_id(tool))`, so a history recorded
before the option was turned on (no marker) replays its regular activities unchanged on a worker
that has it on. Turning the option *off* while executions that used it are open is not supported:
their markers cannot be replayed as activities.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any, cast

from pydantic_ai.exceptions import UserError
from temporalio import workflow
from temporalio.exceptions import ActivityError, FailureError
from temporalio.worker import (
    StartActivityInput,
    StartLocalActivityInput,
    WorkflowInboundInterceptor,
    WorkflowOutboundInterceptor,
)

from ._errors import is_tool_call_activity

LOCAL_ACTIVITY_METADATA_KEY = "durable_ptc_local_activity"
DEFAULT_LOCAL_ACTIVITY_TIMEOUT = timedelta(seconds=5)
MAX_LOCAL_ACTIVITY_TIMEOUT = timedelta(seconds=10)
"""Temporal's default workflow task timeout: a local activity that may run longer holds the workflow
task open (the worker has to heartbeat it), which is what regular activities are for."""


def local_activity(timeout: timedelta = DEFAULT_LOCAL_ACTIVITY_TIMEOUT) -> dict[str, Any]:
    """Tool metadata that runs the tool as a Temporal local activity: the fast path for short tools.

    Use it for short, idempotent calls (a lookup, a computation, a cache read). Each attempt must
    finish within `timeout` (at most 10 s); the tool's retry policy and attempt bound still apply.
    Put it on a tool (`@tools.tool_plain(metadata=local_activity())`), a whole toolset
    (`FunctionToolset(metadata=local_activity())`), or selected tools of any toolset
    (`SetToolMetadata(tools=[...], **local_activity())`). Merge it with other metadata, e.g.
    `metadata={**local_activity(), "temporal": ActivityConfig(retry_policy=...)}`.
    """
    if not timedelta(0) < timeout <= MAX_LOCAL_ACTIVITY_TIMEOUT:
        raise ValueError(
            f"local_activity(timeout=...) must be more than 0 and at most {MAX_LOCAL_ACTIVITY_TIMEOUT}, "
            f"got {timeout}; a tool that may run longer should stay a regular activity"
        )
    # Seconds, not a timedelta: a dynamic toolset's definitions reach the workflow as JSON.
    return {LOCAL_ACTIVITY_METADATA_KEY: {"timeout_seconds": timeout.total_seconds()}}


def local_activity_patch_id(tool_name: str) -> str:
    return f"durable_ptc/local_activity/{tool_name}"


def local_activity_timeout(input: StartActivityInput) -> tuple[str, timedelta] | None:
    """The tool name and local-activity timeout if `input` starts a tool marked `local_activity()`."""
    if not is_tool_call_activity(input.activity) or not input.args:
        return None
    params = input.args[0]
    tool_def = getattr(params, "tool_def", None)
    metadata = getattr(tool_def, "metadata", None)
    option = metadata.get(LOCAL_ACTIVITY_METADATA_KEY) if isinstance(metadata, dict) else None
    if option is None:
        return None
    name = str(getattr(params, "name", ""))
    seconds = option.get("timeout_seconds") if isinstance(option, dict) else None
    if (
        not isinstance(seconds, int | float)
        or isinstance(seconds, bool)
        or not 0 < seconds <= MAX_LOCAL_ACTIVITY_TIMEOUT.total_seconds()
    ):
        # A UserError fails the run with this message; anything else would fail the workflow task,
        # which Temporal retries forever.
        raise UserError(
            f"tool {name!r} has invalid {LOCAL_ACTIVITY_METADATA_KEY!r} metadata {option!r}: "
            "build it with durable_ptc.local_activity(timeout=...)"
        )
    return name, timedelta(seconds=seconds)


def as_local_activity(input: StartActivityInput, timeout: timedelta) -> StartLocalActivityInput:
    """The same activity, input, retry policy, cancellation and summary, with the short timeout.

    The queue-only options (task queue, schedule-to-start and heartbeat timeouts, eager execution,
    priority, versioning) have no meaning for work the workflow's own worker runs."""
    return StartLocalActivityInput(
        activity=input.activity,
        args=input.args,
        activity_id=input.activity_id,
        schedule_to_close_timeout=input.schedule_to_close_timeout,
        schedule_to_start_timeout=None,
        start_to_close_timeout=timeout,
        retry_policy=input.retry_policy,
        local_retry_threshold=None,
        cancellation_type=input.cancellation_type,
        headers=input.headers,
        summary=input.summary,
        event_groups=input.event_groups,
        arg_types=input.arg_types,
        ret_type=input.ret_type,
    )


async def _failing_as_activities_do(handle: workflow.ActivityHandle[Any], activity_type: str) -> Any:
    """The local activity's result; its failure raised as a regular activity's would be.

    The SDK raises a failed local activity's failure itself (an `ApplicationError`, a
    `TimeoutError`), where a regular activity raises an `ActivityError` caused by it. Everything
    downstream (`ToolErrorRouting`, a program's `except ValueError`) reads the `ActivityError`
    shape, so a local tool's failure takes it too. Cancelling this task cancels the activity."""
    try:
        return await handle
    except ActivityError:
        raise
    except FailureError as failure:
        raise ActivityError(
            "Local activity failed",
            scheduled_event_id=0,
            started_event_id=0,
            identity="",
            activity_type=activity_type,
            activity_id="",
            retry_state=None,
        ) from failure


class _LocalToolActivitiesOutbound(WorkflowOutboundInterceptor):
    def start_activity(self, input: StartActivityInput) -> workflow.ActivityHandle[Any]:
        local = local_activity_timeout(input)
        if local is None:
            return super().start_activity(input)
        tool_name, timeout = local
        if not workflow.patched(local_activity_patch_id(tool_name)):
            return super().start_activity(input)  # recorded before the tool was made local
        handle = self.next.start_local_activity(as_local_activity(input, timeout))
        task = asyncio.get_running_loop().create_task(_failing_as_activities_do(handle, input.activity))
        # Callers use only the `asyncio.Task` side of the handle: await, done, cancel.
        return cast(workflow.ActivityHandle[Any], task)


class LocalToolActivities(WorkflowInboundInterceptor):
    """Starts tool-call activities of tools marked `local_activity()` as local activities."""

    def init(self, outbound: WorkflowOutboundInterceptor) -> None:
        super().init(_LocalToolActivitiesOutbound(outbound))
