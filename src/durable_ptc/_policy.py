"""Policy gates: deterministic rules that allow, deny or ask for approval of a call, and per-run budgets.

`Policy` sits on the `before_tool_execute` hook, which both the model's direct calls and a program's
calls (through the tool manager) pass, after argument validation and before the tool (its activity)
runs — so a rule sees the validated arguments and applies identically to both. `deny` fails the call
with the rule's reason (a failed tool result for the model, a catchable exception in a program);
`ask` raises `ApprovalRequired`, which `Approvals` turns into a durable wait for a reviewer (the
approved call passes the hook again, with `ctx.tool_call_approved`, and is not asked twice). A budget
caps how many calls of the tools matching a pattern one agent run makes; in a workflow the counters
are the `AgentWorkflow`'s state, which a replay rebuilds by re-running the same calls in order (a
capability instance is shared by every run on a worker, so it holds none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any, Literal

from pydantic_ai.capabilities.abstract import AbstractCapability, ValidatedToolArgs
from pydantic_ai.exceptions import ApprovalRequired, ToolFailed
from pydantic_ai.messages import ToolCallPart
from pydantic_ai.tools import RunContext, ToolDefinition
from temporalio import workflow

from ._workflow import current_agent_workflow

Action = Literal["allow", "deny", "ask"]


@dataclass(frozen=True)
class Rule:
    """`action` for calls of tools matching `tools` (a glob, e.g. `send_*`) whose arguments satisfy
    `when` (a pure function of the argument dict; None matches every call)."""

    tools: str
    action: Action
    when: Callable[[Mapping[str, Any]], bool] | None = None
    reason: str | None = None

    def matches(self, tool: str, args: Mapping[str, Any]) -> bool:
        return fnmatchcase(tool, self.tools) and (self.when is None or bool(self.when(args)))


@dataclass
class Policy(AbstractCapability[Any]):
    """Apply `rules` (the first that matches decides; none matching means `default`) and `budgets`
    (tool glob → the most calls of matching tools one run may make) to every tool call.

    Example: `Policy([Rule("delete_*", "deny", reason="deleting is not allowed"),
    Rule("send_email", "ask", when=lambda a: not a["to"].endswith("@example.com"))],
    budgets={"send_email": 3})`.
    """

    rules: Sequence[Rule] = ()
    budgets: Mapping[str, int] = field(default_factory=dict[str, int])
    default: Action = "allow"
    _calls_outside_workflows: dict[str, Counter[str]] = field(
        default_factory=dict[str, Counter[str]], repr=False
    )

    def _calls(self, ctx: RunContext[Any]) -> Counter[str]:
        """This run's call counts: workflow state in a workflow (a replay rebuilds it), else per `run_id`."""
        if workflow.in_workflow() and (run := current_agent_workflow()) is not None:
            return run.policy_calls
        return self._calls_outside_workflows.setdefault(ctx.run_id or "", Counter[str]())

    def decide(self, tool: str, args: Mapping[str, Any]) -> tuple[Action, str | None]:
        for rule in self.rules:
            if rule.matches(tool, args):
                return rule.action, rule.reason
        return self.default, None

    async def before_tool_execute(
        self,
        ctx: RunContext[Any],
        *,
        call: ToolCallPart,
        tool_def: ToolDefinition,
        args: ValidatedToolArgs,
    ) -> ValidatedToolArgs:
        arguments: Mapping[str, Any] = args if isinstance(args, Mapping) else call.args_as_dict()
        if not ctx.tool_call_approved:
            action, reason = self.decide(call.tool_name, arguments)
            if action == "deny":
                raise ToolFailed(f"policy denied {call.tool_name}: {reason or 'not allowed'}")
        else:
            action = "allow"
        calls = self._calls(ctx)
        exhausted = [
            (pattern, limit)
            for pattern, limit in self.budgets.items()
            if fnmatchcase(call.tool_name, pattern) and calls[pattern] >= limit
        ]
        if exhausted:
            pattern, limit = exhausted[0]
            raise ToolFailed(f"policy budget: at most {limit} {pattern} call(s) per run, all used")
        if action == "ask":
            raise ApprovalRequired()
        for pattern in self.budgets:
            if fnmatchcase(call.tool_name, pattern):
                calls[pattern] += 1
        return args
