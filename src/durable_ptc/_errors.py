"""How a tool's failure reaches the model, the same way from a direct call and from a program.

Tool authors choose the outcome by the class they raise:

- `ToolValidationError` is a `ModelRetry`: repairable feedback (bad input) the model sees at once.
  Pydantic AI catches it inside the activity and returns it as the activity's *result*, so Temporal
  never retries it.
- `ToolExecutionError` is a `ToolFailed`: a known terminal failure the model sees, likewise carried
  as a result, no retry.
- `ToolRetryableError` is the only class Temporal may retry: the activity fails retryably and the
  activity's retry policy applies; once retries are exhausted the model sees the message.
- Anything else is a terminal execution failure: the activity fails non-retryably on its first
  attempt (retries are opt-in, never Temporal's endless default) and the model sees the message.

Two halves implement this. `ToolActivityErrors` (a worker activity interceptor) classifies the
exception where it is raised, inside the tool's activity. `ToolErrorRouting` (a capability hook in
workflow code) turns the failed activity back into a `ToolFailed` the model sees, instead of an
`ActivityError` that would fail the whole workflow. Cancellation is never converted: a cancelled
call stays cancelled.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_ai.capabilities.abstract import AbstractCapability, ValidatedToolArgs, WrapToolExecuteHandler
from pydantic_ai.exceptions import AgentRunError, ModelRetry, ToolFailed, UserError
from pydantic_ai.messages import ToolCallPart
from pydantic_ai.tools import RunContext, ToolDefinition
from temporalio import activity, workflow
from temporalio.exceptions import ActivityError, ApplicationError, CancelledError, TimeoutError
from temporalio.worker import ActivityInboundInterceptor, ExecuteActivityInput


class ToolValidationError(ModelRetry):
    """The call's input is wrong; the model sees the message and may call again. Never retried by Temporal."""


class ToolExecutionError(ToolFailed):
    """The call failed for good; the model sees the message. Never retried by Temporal."""


class ToolRetryableError(Exception):
    """A transient failure: Temporal retries the activity by its retry policy; the model sees the
    message only once the retries are exhausted."""


RETRYABLE_ERROR_TYPE = ToolRetryableError.__name__


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
