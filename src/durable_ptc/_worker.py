"""Worker and client wiring: one call gives a worker that can run durable agents with PTC and spawn.

`create_worker` registers, for every agent it serves (and every sub-agent reachable through a
`Subagents` capability): the agent's activities, via Pydantic AI's `AgentPlugin`; the
`AgentWorkflow` that runs agents and spawned children; the interceptors that stamp UI summaries
and classify tool errors; and the sandbox passthrough for the interpreter. The client needs Pydantic
AI's payload converter, so `ensure_plugins` adds `PydanticAIPlugin` to a client that lacks it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.capabilities.abstract import leaf_capabilities
from pydantic_ai.durable_exec.temporal import AgentPlugin, PydanticAIPlugin
from pydantic_ai.messages import ModelMessage
from pydantic_ai.settings import ModelSettings
from pydantic_ai.usage import UsageLimits
from temporalio.client import Client, WorkflowHandle
from temporalio.plugin import SimplePlugin
from temporalio.worker import (
    ActivityInboundInterceptor,
    Interceptor,
    Replayer,
    Worker,
    WorkflowInboundInterceptor,
    WorkflowInterceptorClassInput,
    WorkflowRunner,
)
from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner

from ._continuation import continue_long_runs
from ._errors import DEFAULT_TOOL_MAXIMUM_ATTEMPTS, ToolActivityErrors, bounded_tool_retries
from ._local_activities import LocalToolActivities
from ._registry import register_agent
from ._subagents import Subagents
from ._summaries import SummaryInbound
from ._workflow import AgentRunInput, AgentRunOutput, AgentWorkflow, deps_as_data

SANDBOX_PASSTHROUGH = ("durable_ptc", "ptc_interpreter", "re2", "asttokens")
"""Modules workflow code uses unchanged from the host: they hold no per-workflow state, and
re-importing the interpreter for every workflow run would cost more than the program itself."""


class DurablePtcInterceptor(Interceptor):
    def intercept_activity(self, next: ActivityInboundInterceptor) -> ActivityInboundInterceptor:
        return ToolActivityErrors(next)

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        return SummaryInbound


class LocalToolActivitiesInterceptor(Interceptor):
    """Starts the tools marked `local_activity()` as local activities (see `_local_activities`)."""

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        return LocalToolActivities


class BoundedToolRetries(Interceptor):
    """Gives tool-call activities scheduled without `maximum_attempts` a bound (see `_errors`)."""

    def __init__(self, maximum_attempts: int) -> None:
        self._inbound = bounded_tool_retries(maximum_attempts)

    def workflow_interceptor_class(
        self, input: WorkflowInterceptorClassInput
    ) -> type[WorkflowInboundInterceptor] | None:
        return self._inbound


def _passthrough(runner: WorkflowRunner | None) -> WorkflowRunner:
    if runner is None:
        raise ValueError("no workflow runner to configure")
    if not isinstance(runner, SandboxedWorkflowRunner):
        return runner
    return dataclasses.replace(
        runner, restrictions=runner.restrictions.with_passthrough_modules(*SANDBOX_PASSTHROUGH)
    )


class DurablePtcPlugin(SimplePlugin):
    """Registers `AgentWorkflow`, the summary, tool-error, local-activity and retry-bound
    interceptors, and the sandbox passthrough.

    Args:
        tool_maximum_attempts: Attempts for a tool activity whose retry policy sets no
            `maximum_attempts`; `None` leaves such policies to Temporal's unlimited default.
    """

    def __init__(self, tool_maximum_attempts: int | None = DEFAULT_TOOL_MAXIMUM_ATTEMPTS) -> None:
        interceptors: list[Interceptor] = [DurablePtcInterceptor(), LocalToolActivitiesInterceptor()]
        if tool_maximum_attempts is not None:
            interceptors.append(BoundedToolRetries(tool_maximum_attempts))
        super().__init__(
            "DurablePtcPlugin",
            interceptors=interceptors,
            workflows=[AgentWorkflow],
            workflow_runner=_passthrough,
        )


def ensure_plugins(client: Client) -> Client:
    """`client`, or a client on the same connection that also has `PydanticAIPlugin`."""
    config = client.config()
    if any(isinstance(plugin, PydanticAIPlugin) for plugin in config.get("plugins", ())):
        return client
    config["plugins"] = [*config.get("plugins", ()), PydanticAIPlugin()]
    return Client(**config)


async def connect(address: str, *, namespace: str = "default") -> Client:
    return await Client.connect(address, namespace=namespace, plugins=[PydanticAIPlugin()])


def served_agents(agents: Sequence[AbstractAgent[Any, Any]]) -> list[AbstractAgent[Any, Any]]:
    """`agents` plus every agent reachable from them through `Subagents`, each once."""
    found: dict[int, AbstractAgent[Any, Any]] = {}
    pending = list(agents)
    while pending:
        agent = pending.pop(0)
        if id(agent) in found:
            continue
        found[id(agent)] = agent
        for capability in leaf_capabilities(agent.root_capability):
            if isinstance(capability, Subagents):
                pending.extend(capability.agents)
    return list(found.values())


def create_worker(
    client: Client,
    agents: Sequence[AbstractAgent[Any, Any]],
    *,
    task_queue: str,
    activities: Sequence[Callable[..., Any]] = (),
    workflows: Sequence[type] = (),
    tool_maximum_attempts: int | None = DEFAULT_TOOL_MAXIMUM_ATTEMPTS,
    **worker_options: Any,
) -> Worker:
    """A worker serving `agents` (and their sub-agents) on `task_queue`.

    A tool activity whose retry policy sets no `maximum_attempts` is given `tool_maximum_attempts`
    (`None`: Temporal's unlimited default); an explicit bound in the activity config is kept."""
    served = served_agents(agents)
    for agent in served:
        register_agent(agent, task_queue)
    continue_long_runs(served)
    return Worker(
        ensure_plugins(client),
        task_queue=task_queue,
        activities=list(activities),
        workflows=list(workflows),
        plugins=[*(AgentPlugin(agent) for agent in served), DurablePtcPlugin(tool_maximum_attempts)],
        **worker_options,
    )


def create_replayer(agents: Sequence[AbstractAgent[Any, Any]], **replayer_options: Any) -> Replayer:
    """A `Replayer` configured like `create_worker`'s workers, for checking recorded histories."""
    served = served_agents(agents)
    for agent in served:
        register_agent(agent, None)
    continue_long_runs(served)
    return Replayer(workflows=[], plugins=[PydanticAIPlugin(), DurablePtcPlugin()], **replayer_options)


async def start_agent(
    client: Client,
    agent: str | AbstractAgent[Any, Any],
    prompt: str,
    *,
    task_queue: str,
    workflow_id: str,
    execution_timeout: timedelta | None = None,
    deps: Any = None,
    usage_limits: UsageLimits | None = None,
    model_settings: ModelSettings | None = None,
    message_history: Sequence[ModelMessage] | None = None,
) -> WorkflowHandle[AgentWorkflow, AgentRunOutput]:
    """Start `agent` on `prompt` as an `AgentWorkflow`; the handle's result is its `AgentRunOutput`.

    `deps` must be serializable (a dataclass, a Pydantic model, JSON data): it crosses into the
    workflow as JSON and is validated there into the agent's `deps_type`. Given the `Agent` itself
    (not its name), it is validated here first, so a wrong `deps` fails before anything starts.
    `usage_limits`, `model_settings` and `message_history` are passed to the agent's run as given."""
    name = agent if isinstance(agent, str) else agent.name
    if not name:
        raise ValueError("the agent needs a name")
    if not isinstance(agent, str):
        deps = deps_as_data(agent, deps)
    first_line = prompt.strip().partition("\n")[0]
    return await ensure_plugins(client).start_workflow(
        AgentWorkflow.run,
        AgentRunInput(
            agent=name,
            prompt=prompt,
            deps=deps,
            usage_limits=usage_limits,
            model_settings=model_settings,
            message_history=list(message_history) if message_history is not None else None,
        ),
        id=workflow_id,
        task_queue=task_queue,
        execution_timeout=execution_timeout,
        # Every run is an `AgentWorkflow`; the memo and the summary say which agent ran, and on what.
        memo={"agent": name},
        static_summary=f"{name}: {first_line[:80]}" + ("…" if len(first_line) > 80 else ""),
    )


async def run_agent(
    client: Client,
    agent: str | AbstractAgent[Any, Any],
    prompt: str,
    *,
    task_queue: str,
    workflow_id: str,
    execution_timeout: timedelta | None = None,
    deps: Any = None,
    usage_limits: UsageLimits | None = None,
    model_settings: ModelSettings | None = None,
    message_history: Sequence[ModelMessage] | None = None,
) -> AgentRunOutput:
    """Start `agent` on `prompt` as an `AgentWorkflow` and wait for its output (options as `start_agent`)."""
    handle = await start_agent(
        client,
        agent,
        prompt,
        task_queue=task_queue,
        workflow_id=workflow_id,
        execution_timeout=execution_timeout,
        deps=deps,
        usage_limits=usage_limits,
        model_settings=model_settings,
        message_history=message_history,
    )
    return await handle.result()
