"""The `Subagents` capability: `spawn(agent_name, task)` runs a named durable agent as a child workflow.

`spawn` is workflow-native: it starts an `AgentWorkflow` child (whose model requests and tool calls
are its own activities) and returns the child's output. Everything about the child is derived from
the parent deterministically — its ID is the parent's ID plus the spawn's position in the parent
run, its task queue is the parent's unless configured, and parent-close policy REQUEST_CANCEL means
an abandoned child is cancelled with its parent. Depth and count limits keep a model from spawning
without bound. A child runs with its parent's `deps` unless a `deps` hook derives others for it. A program's `spawn(...)` reaches this same tool through the tool manager, so it is
the same child workflow.

`spawn(..., wait=False)` starts the child and returns its handle (`spawn-3`) at once. The handle lives
in the parent `AgentWorkflow`'s state, not in a model turn or a program, so a later turn — or another
program — can `wait_spawned(handle, timeout)` for its output, `cancel_spawned(handle)` it, or
`list_spawned()`. Waiting is a `workflow.wait_condition` on the child's completion (with a durable
timer for the timeout), so a wait that gives up, or is cancelled, leaves the child running. A detached
child still has the parent-close policy: with the default REQUEST_CANCEL it is cancelled when the
parent run closes — finishes, fails or is cancelled — unless awaited before. Continuing as new closes a
run too, and a child's completion reaches only the run that started it, so `_continuation` holds a
run's continuation back while its detached children run and carries their outcomes (`SpawnOutcome`)
into the next run, where the handles keep working.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import anyio
from pydantic_ai.agent.abstract import AbstractAgent
from pydantic_ai.exceptions import UserError
from pydantic_ai.tools import RunContext
from pydantic_ai.toolsets import FunctionToolset
from pydantic_core import PydanticSerializationError, to_jsonable_python
from temporalio import workflow
from temporalio.exceptions import ApplicationError, CancelledError, ChildWorkflowError
from temporalio.workflow import ParentClosePolicy

from ._errors import ToolErrorRouting, ToolExecutionError, ToolValidationError
from ._summaries import current_summary
from ._workflow import AgentRunInput, AgentRunOutput, AgentWorkflow, SpawnOutcome, current_agent_workflow

SPAWN_TOOL = "spawn"
WAIT_TOOL = "wait_spawned"
CANCEL_TOOL = "cancel_spawned"
LIST_TOOL = "list_spawned"


@dataclass
class DetachedSpawn:
    """A child started with `spawn(..., wait=False)`, kept in the parent `AgentWorkflow`'s state."""

    handle: str
    agent: str
    task: str
    child: workflow.ChildWorkflowHandle[Any, AgentRunOutput]
    parent_close_policy: ParentClosePolicy
    cancel_requested: bool = False

    def status(self) -> str:
        if not self.child.done():
            return "cancelling" if self.cancel_requested else "running"
        if self.child.cancelled():
            return "cancelled"
        error = self.child.exception()
        if error is None:
            return "done"
        if isinstance(error, ChildWorkflowError) and isinstance(error.cause, CancelledError):
            return "cancelled"
        return "failed"

    def outcome(self, history_events: int) -> SpawnOutcome:
        """What the run continuing this one (at `history_events` events of history) knows of the child."""
        status = self.status()
        outcome = SpawnOutcome(handle=self.handle, agent=self.agent, task=self.task, status=status)
        if status == "done":
            outcome.output = self.child.result().output
        elif status == "cancelled":
            outcome.error = f"sub-agent {self.handle} ({self.agent!r}) was cancelled"
        elif status == "failed":
            outcome.error = f"sub-agent {self.handle} ({self.agent!r}) failed: {_failure(self.child)}"
        else:
            fate = {
                ParentClosePolicy.ABANDON: "it runs on, on its own",
                ParentClosePolicy.TERMINATE: "it was terminated",
            }.get(self.parent_close_policy, "it was asked to cancel")
            outcome.status = "orphaned"
            outcome.error = (
                f"sub-agent {self.handle} ({self.agent!r}) was still running when this run continued as new "
                f"(history at {history_events} events, past the longest a continuation waits for detached "
                f"sub-agents), so its result cannot reach this run; {fate} (parent-close policy "
                f"{self.parent_close_policy.name})"
            )
        return outcome


@dataclass
class Subagents(ToolErrorRouting):
    """Contribute `spawn(agent_name, task)`, running one of `agents` as a child workflow.

    Args:
        agents: The agents that may be spawned (each needs a `name` and `TemporalDurability`).
        descriptions: Optional one-line description per agent name, shown to the model.
        max_depth: How deep spawns may nest (a root run is depth 0; its children depth 1).
        max_spawns: How many children one run may start (detached ones included).
        detached: Offer `spawn(..., wait=False)` and the `wait_spawned`, `cancel_spawned` and
            `list_spawned` tools.
        task_queue: The children's task queue; defaults to the parent's.
        parent_close_policy: What happens to a child when its parent closes.
        execution_timeout: Optional limit on a child's total run time.
        deps: Derives a child's deps from the parent's run context and the child agent's name
            (`lambda ctx, agent_name: ChildDeps(user=ctx.deps.user)`); by default a child gets its
            parent's deps. They cross into the child as JSON and are validated into the child
            agent's `deps_type`.
    """

    agents: Sequence[AbstractAgent[Any, Any]]
    descriptions: Mapping[str, str] = field(default_factory=dict[str, str])
    max_depth: int = 2
    max_spawns: int = 32
    task_queue: str | None = None
    parent_close_policy: ParentClosePolicy = ParentClosePolicy.REQUEST_CANCEL
    execution_timeout: timedelta | None = None
    detached: bool = True
    deps: Callable[[RunContext[Any], str], Any] | None = None
    _toolset: FunctionToolset[Any] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for agent in self.agents:
            if not agent.name:
                raise UserError("Subagents(agents=...) needs named agents: spawn() refers to them by name")

    @property
    def agents_by_name(self) -> dict[str, AbstractAgent[Any, Any]]:
        return {agent.name: agent for agent in self.agents if agent.name}

    def get_toolset(self) -> FunctionToolset[Any]:
        # One toolset per capability: Pydantic AI matches a run's toolsets to those the agent was built
        # with (and registered activities for) by identity, and may ask again at run time.
        if self._toolset is None:
            self._toolset = self._build_toolset()
        return self._toolset

    def _build_toolset(self) -> FunctionToolset[Any]:
        toolset = FunctionToolset[Any](id="durable_ptc__spawn")
        listing = "\n".join(
            f"- {name}: {self.descriptions.get(name, '(no description)')}" for name in self.agents_by_name
        )
        toolset.add_function(
            self._spawn,
            name=SPAWN_TOOL,
            description=(
                "Delegate a task to a sub-agent, which runs on its own (with its own tools) and returns its "
                f"final answer.\n\nAgents you can spawn:\n{listing}"
            ),
            metadata={"temporal": False},
        )
        # The agent names as an enum: the model (and the `run_ptc` stub, rendered from this schema
        # whichever capability prepares its tools first) sees `agent_name: Literal['researcher', ...]`.
        properties = toolset.tools[SPAWN_TOOL].function_schema.json_schema["properties"]
        properties["agent_name"]["enum"] = list(self.agents_by_name)
        if self.detached:
            toolset.add_function(self._wait_spawned, name=WAIT_TOOL, metadata={"temporal": False})
            toolset.add_function(self._cancel_spawned, name=CANCEL_TOOL, metadata={"temporal": False})
            toolset.add_function(self._list_spawned, name=LIST_TOOL, metadata={"temporal": False})
        else:
            del properties["wait"]  # optional (defaults to True), so not in `required`
        return toolset

    async def _spawn(self, ctx: RunContext[Any], agent_name: str, task: str, wait: bool = True) -> Any:
        """Run a sub-agent on a task and return its final output.

        Args:
            agent_name: Which sub-agent to run.
            task: The complete instructions for the sub-agent (it sees nothing else).
            wait: False to return a handle (e.g. 'spawn-3') at once, while the sub-agent works;
                get its output later with wait_spawned(handle).
        """
        agent = self.agents_by_name.get(agent_name)
        if agent is None:
            raise ToolValidationError(
                f"unknown agent {agent_name!r}; you can spawn: {', '.join(self.agents_by_name) or 'none'}"
            )
        child_deps = self.deps(ctx, agent_name) if self.deps is not None else ctx.deps
        if not workflow.in_workflow():
            return (await agent.run(task, deps=child_deps)).output

        parent = current_agent_workflow()
        if parent is None:
            raise UserError(
                "spawn() runs inside a durable_ptc AgentWorkflow; start the run with durable_ptc.run_agent"
            )
        if parent.depth + 1 > self.max_depth:
            raise ToolExecutionError(f"spawn refused: sub-agents may nest at most {self.max_depth} deep")
        if parent.spawned >= self.max_spawns:
            raise ToolExecutionError(f"spawn refused: a run may start at most {self.max_spawns} sub-agents")
        try:
            deps_data = to_jsonable_python(child_deps)
        except PydanticSerializationError as error:
            raise UserError(
                f"deps for sub-agent {agent_name!r} must be serializable (a dataclass, a Pydantic model or "
                f"JSON data): {error}"
            ) from None
        position = parent.next_spawn_position()
        info = workflow.info()
        if not wait and self.detached:
            return await self._start_detached(parent, position, agent_name, task, deps_data)
        try:
            output: AgentRunOutput = await _execute_child_workflow(
                AgentWorkflow.run,
                args=[AgentRunInput(agent=agent_name, prompt=task, depth=parent.depth + 1, deps=deps_data)],
                result_type=AgentRunOutput,
                id=f"{info.workflow_id}/spawn-{position}",
                task_queue=self.task_queue or info.task_queue,
                parent_close_policy=self.parent_close_policy,
                execution_timeout=self.execution_timeout,
                static_summary=current_summary() or f"spawn: {agent_name}",
            )
        except ChildWorkflowError as error:
            cause = error.cause
            if isinstance(cause, CancelledError):
                raise ToolExecutionError(f"sub-agent {agent_name!r} was cancelled") from error
            message = cause.message if isinstance(cause, ApplicationError) else str(cause or error)
            raise ToolExecutionError(f"sub-agent {agent_name!r} failed: {message}") from error
        return output.output

    async def _start_detached(
        self, parent: AgentWorkflow, position: int, agent_name: str, task: str, deps_data: Any
    ) -> str:
        info = workflow.info()
        child = await workflow.start_child_workflow(
            AgentWorkflow.run,
            AgentRunInput(agent=agent_name, prompt=task, depth=parent.depth + 1, deps=deps_data),
            id=f"{info.workflow_id}/spawn-{position}",
            task_queue=self.task_queue or info.task_queue,
            parent_close_policy=self.parent_close_policy,
            execution_timeout=self.execution_timeout,
            static_summary=current_summary() or f"spawn (detached): {agent_name}",
        )
        handle = f"spawn-{position}"
        parent.detached[handle] = DetachedSpawn(
            handle=handle,
            agent=agent_name,
            task=task,
            child=child,
            parent_close_policy=self.parent_close_policy,
        )
        return handle

    async def _wait_spawned(self, ctx: RunContext[Any], handle: str, timeout: float | None = None) -> Any:
        """Wait for a sub-agent started with spawn(..., wait=False) and return its final output.

        Args:
            handle: The handle spawn returned, e.g. 'spawn-3'.
            timeout: Give up waiting after this many seconds (the sub-agent keeps running); None waits.
        """
        spawned = _detached(handle)
        if timeout is not None and timeout <= 0:
            raise ToolValidationError(f"timeout must be a positive number of seconds, got {timeout!r}")
        if isinstance(spawned, SpawnOutcome):
            return _carried_output(spawned)
        try:
            await workflow.wait_condition(
                spawned.child.done,
                timeout=None if timeout is None else timedelta(seconds=timeout),
                timeout_summary=f"wait_spawned({handle!r}) timeout",
            )
        except TimeoutError:
            raise ToolExecutionError(
                f"sub-agent {handle} ({spawned.agent!r}) is still running after {timeout:g} s"
            ) from None
        return _spawn_output(spawned)

    async def _cancel_spawned(self, ctx: RunContext[Any], handle: str) -> str:
        """Cancel a sub-agent started with spawn(..., wait=False) and wait until it has stopped.

        Args:
            handle: The handle spawn returned, e.g. 'spawn-3'.
        """
        spawned = _detached(handle)
        if isinstance(spawned, SpawnOutcome):
            if spawned.status == "orphaned":
                raise ToolExecutionError(spawned.error or f"sub-agent {handle} is out of reach")
            return f"sub-agent {handle} ({spawned.agent!r}) is {spawned.status}"
        if not spawned.child.done():
            spawned.cancel_requested = True
            spawned.child.cancel()
            await workflow.wait_condition(spawned.child.done)
        return f"sub-agent {handle} ({spawned.agent!r}) is {spawned.status()}"

    async def _list_spawned(self, ctx: RunContext[Any]) -> list[dict[str, str]]:
        """List the sub-agents this run started with spawn(..., wait=False) and their status
        (running, cancelling, done, failed, cancelled)."""
        return [
            {
                "handle": spawned.handle,
                "agent": spawned.agent,
                "task": _shorten(spawned.task),
                "status": spawned.status if isinstance(spawned, SpawnOutcome) else spawned.status(),
            }
            for spawned in _agent_workflow().detached.values()
        ]


def _agent_workflow() -> AgentWorkflow:
    parent = current_agent_workflow() if workflow.in_workflow() else None
    if parent is None:
        raise UserError("detached sub-agents run inside a durable_ptc AgentWorkflow; start it with run_agent")
    return parent


def _detached(handle: str) -> DetachedSpawn | SpawnOutcome:
    parent = _agent_workflow()
    spawned = parent.detached.get(handle)
    if not isinstance(spawned, DetachedSpawn | SpawnOutcome):
        known = ", ".join(parent.detached) or "none"
        raise ToolValidationError(f"no sub-agent {handle!r} was started with wait=False; handles: {known}")
    return spawned


def _spawn_output(spawned: DetachedSpawn) -> Any:
    if spawned.status() == "cancelled":
        raise ToolExecutionError(f"sub-agent {spawned.handle} ({spawned.agent!r}) was cancelled")
    if spawned.child.exception() is not None:
        raise ToolExecutionError(
            f"sub-agent {spawned.handle} ({spawned.agent!r}) failed: {_failure(spawned.child)}"
        )
    return spawned.child.result().output


def _carried_output(outcome: SpawnOutcome) -> Any:
    if outcome.status != "done":
        raise ToolExecutionError(
            outcome.error or f"sub-agent {outcome.handle} ({outcome.agent!r}) {outcome.status}"
        )
    return outcome.output


def _failure(child: workflow.ChildWorkflowHandle[Any, AgentRunOutput]) -> str:
    error = child.exception()
    cause = error.cause if isinstance(error, ChildWorkflowError) else error
    return cause.message if isinstance(cause, ApplicationError) else str(cause or error)


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _execute_child_workflow(
    workflow_: Any, *, args: Sequence[Any], result_type: Any, **config: Any
) -> Any:
    """`workflow.execute_child_workflow`, safe to cancel from inside an anyio cancel scope.

    Pydantic AI runs tools in anyio task groups, whose level-triggered cancellation would re-cancel a
    task awaiting a child handle on every loop turn and livelock the workflow. So the handle is
    shielded, exactly one cancellation is forwarded to Temporal, and the child's resolution is awaited
    in a shielded scope. (The same as Pydantic AI's private `_activity_execution.execute_child_workflow`,
    which this project does not import.)"""
    handle = await workflow.start_child_workflow(workflow_, args=args, result_type=result_type, **config)
    try:
        return await asyncio.shield(handle)
    except asyncio.CancelledError:
        if not handle.done():
            handle.cancel()
            with anyio.CancelScope(shield=True):
                await asyncio.wait([handle])
        raise


def spawn_signature_tools(toolset: FunctionToolset[Any]) -> FunctionToolset[Any]:
    """`toolset` plus `spawn(agent_name, task, wait)` and the detached-handle tools with Subagents'
    signatures, for checking programs statically (`durable-ptc check --spawn`) where no agents are loaded."""

    async def spawn(agent_name: str, task: str, wait: bool = True) -> Any:
        raise UserError("spawn() is only described here, for checking programs")

    combined = FunctionToolset[Any](id=f"{toolset.id or 'tools'}+spawn")
    for tool in toolset.tools.values():
        combined.add_tool(tool)

    async def wait_spawned(handle: str, timeout: float | None = None) -> Any:
        raise UserError("wait_spawned() is only described here, for checking programs")

    async def cancel_spawned(handle: str) -> str:
        raise UserError("cancel_spawned() is only described here, for checking programs")

    async def list_spawned() -> list[dict[str, str]]:
        raise UserError("list_spawned() is only described here, for checking programs")

    combined.add_function(spawn, name=SPAWN_TOOL, takes_ctx=False)
    combined.add_function(wait_spawned, name=WAIT_TOOL, takes_ctx=False)
    combined.add_function(cancel_spawned, name=CANCEL_TOOL, takes_ctx=False)
    combined.add_function(list_spawned, name=LIST_TOOL, takes_ctx=False)
    return combined
