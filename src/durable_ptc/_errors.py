"""How a tool's failure reaches the model, the same way from a direct call and from a program.

Tool authors choose the outcome by the class they raise:

- `ToolValidationError` is a `ModelRetry`: repairable feedback (bad input) the model sees at once.
  Pydantic AI catches it inside the activity and returns it as the activity's *result*, so Temporal
  never retries it.
- `ToolExecutionError` is a `ToolFailed`: a known terminal failure the model sees, likewise carried
  as a result, no retry.
- `ToolRetryableError` is the only class Temporal may retry: the activity fails retryably and the
  activity's retry policy applies; once retries are exhausted the model sees the message. A policy
  with no attempt bound (Temporal's default is unlimited) gets `DEFAULT_TOOL_MAXIMUM_ATTEMPTS`.
- Anything else is a terminal execution failure: the activity fails non-retryably on its first
  attempt (retries are opt-in, never Temporal's endless default) and the model sees the message.

Three pieces implement this. `ToolActivityErrors` (a worker activity interceptor) classifies the
exception where it is raised, inside the tool's activity. `ToolErrorRouting` (a capability hook in
workflow code) turns the failed activity back into a `ToolFailed` the model sees, instead of an
`ActivityError` that would fail the whole workflow. `bounded_tool_retries` (a workflow outbound
interceptor) gives a tool activity scheduled without `maximum_attempts` the default bound, so the
bound is in the scheduled event and the server enforces it (for a local activity, the worker).
Cancellation is never converted: a cancelled call stays cancelled.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import ValidationError
from pydantic_ai.capabilities.abstract import AbstractCapability, ValidatedToolArgs, WrapToolExecuteHandler
from pydantic_ai.exceptions import AgentRunError, ModelRetry, ToolFailed, UserError
from pydantic_ai.messages import ToolCallPart
from pydantic_ai.tools import RunContext, ToolDefinition
from temporalio import activity, workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError, CancelledError, TimeoutError
from temporalio.worker import (
    ActivityInboundInterceptor,
    ExecuteActivityInput,
    StartActivityInput,
    StartLocalActivityInput,
    WorkflowInboundInterceptor,
    WorkflowOutboundInterceptor,
)


class ToolValidationError(ModelRetry):
    """The call's input is wrong; the model sees the message and may call again. Never retried by Temporal."""


class ToolExecutionError(ToolFailed):
    """The call failed for good; the model sees the message. Never retried by Temporal."""


class ToolRetryableError(Exception):
    """A transient failure: Temporal retries the activity by its retry policy; the model sees the
    message only once the retries are exhausted."""


RETRYABLE_ERROR_TYPE = ToolRetryableError.__name__

DEFAULT_TOOL_MAXIMUM_ATTEMPTS = 3
"""Attempts a tool activity gets when its retry policy sets no `maximum_attempts` (Temporal's
default would retry a `ToolRetryableError` forever). Configure per worker with
`create_worker(..., tool_maximum_attempts=...)`, or per tool/agent with a `retry_policy` in its
activity config."""


def is_tool_call_activity(activity_type: str) -> bool:
    """Whether an activity is one Pydantic AI registered for calling a tool (not a model request)."""
    return activity_type.endswith("__call_tool")


class ToolActivityErrors(ActivityInboundInterceptor):
    """Classify a tool activity's exception: only `ToolRetryableError` may be retried."""

    async def execute_activity(self, input: ExecuteActivityInput) -> Any:
        if not is_tool_call_activity(activity.info().activity_type):
            return await super().execute_activity(input)
        try:
            return await super().execute_activity(input)
        except ApplicationError:
            raise
        except ToolRetryableError as error:
            raise ApplicationError(str(error), type=RETRYABLE_ERROR_TYPE) from error
        except Exception as error:
            raise ApplicationError(str(error), type=type(error).__name__, non_retryable=True) from error


def with_attempt_bound(policy: RetryPolicy | None, maximum_attempts: int) -> RetryPolicy:
    """`policy` unchanged if it bounds attempts, else a copy bounded to `maximum_attempts`."""
    if policy is not None and policy.maximum_attempts > 0:
        return policy
    return dataclasses.replace(policy or RetryPolicy(), maximum_attempts=maximum_attempts)


class _BoundedToolRetriesOutbound(WorkflowOutboundInterceptor):
    def __init__(self, next: WorkflowOutboundInterceptor, maximum_attempts: int) -> None:
        super().__init__(next)
        self._maximum_attempts = maximum_attempts

    def start_activity(self, input: StartActivityInput) -> workflow.ActivityHandle[Any]:
        if is_tool_call_activity(input.activity):
            input.retry_policy = with_attempt_bound(input.retry_policy, self._maximum_attempts)
        return super().start_activity(input)

    def start_local_activity(self, input: StartLocalActivityInput) -> workflow.ActivityHandle[Any]:
        if is_tool_call_activity(input.activity):
            input.retry_policy = with_attempt_bound(input.retry_policy, self._maximum_attempts)
        return super().start_local_activity(input)


def bounded_tool_retries(maximum_attempts: int) -> type[WorkflowInboundInterceptor]:
    """A workflow interceptor giving unbounded tool-call retry policies `maximum_attempts`."""
    if maximum_attempts < 1:
        raise ValueError(f"tool_maximum_attempts must be at least 1, got {maximum_attempts}")

    class BoundedToolRetries(WorkflowInboundInterceptor):
        def init(self, outbound: WorkflowOutboundInterceptor) -> None:
            super().init(_BoundedToolRetriesOutbound(outbound, maximum_attempts))

    return BoundedToolRetries


def failure_message(error: ActivityError) -> str | None:
    """The model-visible message of a failed tool activity, or None if it was cancelled."""
    cause = error.cause
    if isinstance(cause, CancelledError):
        return None
    if isinstance(cause, ApplicationError):
        return cause.message
    if isinstance(cause, TimeoutError):
        kind = cause.type.name.lower().replace("_", "-") if cause.type is not None else "activity"
        return f"the tool timed out ({kind} timeout)"
    return str(cause or error)


class ToolErrorRouting(AbstractCapability[Any]):
    """Turn a failed tool activity into a `ToolFailed` the model sees, instead of a failed workflow.

    `PTC` and `Subagents` include this routing; add `ToolErrorRouting()` on its own to an agent that
    uses neither.
    """

    async def wrap_tool_execute(
        self,
        ctx: RunContext[Any],
        *,
        call: ToolCallPart,
        tool_def: ToolDefinition,
        args: ValidatedToolArgs,
        handler: WrapToolExecuteHandler,
    ) -> Any:
        try:
            return await handler(args)
        except ActivityError as error:
            message = failure_message(error)
            if message is None:
                raise
            raise ToolFailed(message) from error
        except (ModelRetry, ToolFailed, ValidationError, AgentRunError, UserError):
            raise
        except Exception as error:
            if workflow.in_workflow():
                raise
            # Outside Temporal the tool ran in-process; classify its error as the activity path would.
            raise ToolFailed(str(error)) from error
