"""The `PTC` capability: a `run_ptc(code)` tool whose program runs in workflow code.

`run_ptc` is workflow-native (`metadata={'temporal': False}`): the interpreter is deterministic and
does no I/O, so it runs inside the workflow and replays; only the program's tool calls leave it, as
the activities (and child workflows) those tools already are. Its description is regenerated each
step from the tools actually available, as Python stubs, so the model sees exactly what a program
can call. A failing program never fails the workflow: its error (line, caret, hint) goes back to
the model as a failed tool result so it can fix the code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NotRequired

import ptc_interpreter
from ptc_interpreter.errors import PtcError
from ptc_interpreter.limits import Limits
from pydantic_ai.exceptions import AgentRunError, ToolFailed, UserError
from pydantic_ai.tools import DeferredToolRequests, DeferredToolResults, RunContext, ToolDefinition
from pydantic_ai.toolsets import FunctionToolset
from temporalio import workflow
from temporalio.exceptions import TemporalError
from typing_extensions import TypedDict

from ._approvals import Approvals
from ._errors import ToolErrorRouting
from ._host import AgentToolHost, container_inside_itself, to_program_value
from ._semantics import check_semantics_version
from ._stubs import describe_program_tool, tool_spec
from ._tracing import program_attributes, replay_safe_span

ToolSelector = Callable[[ToolDefinition], bool]


class ProgramResult(TypedDict):
    """What `run_ptc` returns to the model; `stderr` (what the program wrote to `sys.stderr`) only
    when there is any, so the usual result stays two fields."""

    value: Any
    stdout: str
    stderr: NotRequired[str]


@dataclass
class PTC(ToolErrorRouting):
    """Contribute `run_ptc(code: str)`: model-written async Python whose tool calls are durable.

    Args:
        tools: Which of the agent's tools programs may call: `'all'` (default), a sequence of names,
            or a predicate over the tool definition. Selected tools stay directly callable too.
        limits: The interpreter's deterministic budgets (steps, calls, sizes).
        tool_name: The name the model calls the program tool by.
        approvals: How calls that need approval wait for a reviewer (see `Approvals`), whether the
            model or a program makes them; None leaves them to Pydantic AI (the run ends with
            `DeferredToolRequests`).
    """

    tools: str | Sequence[str] | ToolSelector = "all"
    limits: Limits = field(default_factory=Limits)
    tool_name: str = "run_ptc"
    approvals: Approvals | None = field(default_factory=Approvals)
    _toolset: FunctionToolset[Any] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.tools, str) and self.tools != "all":
            raise UserError(
                f"PTC(tools=...) takes 'all', a sequence of tool names or a predicate, not {self.tools!r}"
            )

    def get_toolset(self) -> FunctionToolset[Any]:
        # One toolset per capability: Pydantic AI matches a run's toolsets to those the agent was built
        # with (and registered activities for) by identity, and may ask again at run time.
        if self._toolset is None:
            self._toolset = self._build_toolset()
        return self._toolset

    def _build_toolset(self) -> FunctionToolset[Any]:
        toolset = FunctionToolset[Any](id=f"durable_ptc__{self.tool_name}")
        toolset.add_function(
            self._run_program,
            name=self.tool_name,
            description=describe_program_tool((), self.limits),
            metadata={"temporal": False},
        )
        return toolset

    def selects(self, tool_def: ToolDefinition) -> bool:
        # 'unapproved' is a function tool declared with `requires_approval=True`: its calls wait for a
        # reviewer (`Approvals`) but are made like any other.
        if tool_def.name == self.tool_name or tool_def.kind not in ("function", "unapproved"):
            return False
        if self.tools == "all":
            return True
        if callable(self.tools):
            return self.tools(tool_def)
        return tool_def.name in self.tools

    async def prepare_tools(
        self, ctx: RunContext[Any], tool_defs: list[ToolDefinition]
    ) -> list[ToolDefinition]:
        callable_defs = [tool_def for tool_def in tool_defs if self.selects(tool_def)]
        description = describe_program_tool(callable_defs, self.limits)
        return [
            replace(tool_def, description=description) if tool_def.name == self.tool_name else tool_def
            for tool_def in tool_defs
        ]

    async def handle_deferred_tool_calls(
        self, ctx: RunContext[Any], *, requests: DeferredToolRequests
    ) -> DeferredToolResults | None:
        if self.approvals is None:
            return None
        return await self.approvals.handle_deferred_tool_calls(ctx, requests=requests)

    async def _run_program(self, ctx: RunContext[Any], code: str) -> ProgramResult:
        """Run an async Python program whose tool calls are durable.

        Args:
            code: The program's source text.
        """
        tool_manager = ctx.tool_manager
        if tool_manager is None or tool_manager.tools is None:
            raise UserError(f"`{self.tool_name}` needs the agent's tool manager; call it from an agent run")
        specs = [
            tool_spec(tool.tool_def) for tool in tool_manager.tools.values() if self.selects(tool.tool_def)
        ]
        host = AgentToolHost(
            tool_manager=tool_manager,
            origin=self.tool_name,
            call_id_prefix=ctx.tool_call_id or self.tool_name,
            tracer=ctx.tracer,
        )
        if workflow.in_workflow():
            check_semantics_version()
        try:
            with replay_safe_span(
                ctx.tracer, f"program {self.tool_name}", program_attributes(self.tool_name, code)
            ):
                result = await ptc_interpreter.run(
                    code, host=host, tool_specs=specs, limits=self.limits, filename=f"<{self.tool_name}>"
                )
        except PtcError as error:
            raise ToolFailed(_failure_report(error)) from error
        except (TemporalError, AgentRunError, UserError, workflow.NondeterminismError):
            raise
        except Exception as error:
            # An interpreter bug must not fail the workflow task (Temporal would retry it forever).
            raise ToolFailed(
                f"InternalError: the program could not be run ({type(error).__name__}: {error})"
            ) from error
        inside_itself = container_inside_itself(result.value)
        if inside_itself is not None:
            refusal = PtcError(
                f"the result contains itself (a {inside_itself} inside itself), which cannot be returned as JSON",
                hint="return a value without the cycle, e.g. its repr() or a copy that leaves the inner reference out",
            )
            refusal.stdout, refusal.stderr = result.stdout, result.stderr
            raise ToolFailed(_failure_report(refusal))
        returned = ProgramResult(value=to_program_value(result.value), stdout=result.stdout)
        if result.stderr:
            returned["stderr"] = result.stderr
        return returned


def _failure_report(error: PtcError) -> str:
    """The model-visible report of a failed program, with what it printed before failing: the
    model needs that output to see how far the program got."""
    sections = [str(error)]
    if error.stdout:
        sections.append("Printed before the error:\n" + error.stdout.rstrip("\n"))
    if error.stderr:
        sections.append("Written to stderr before the error:\n" + error.stderr.rstrip("\n"))
    return "\n\n".join(sections)
