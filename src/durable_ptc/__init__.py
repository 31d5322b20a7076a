"""Durable programmatic tool calling on Temporal."""

from ._approval_client import approve, deny, pending_approvals
from ._approvals import ApprovalRejected, Approvals, PendingApproval
from ._continuation import ContinueAgentWorkflow
from ._dev_server import DevServer, DevServerError
from ._errors import (
    DEFAULT_TOOL_MAXIMUM_ATTEMPTS,
    ToolErrorRouting,
    ToolExecutionError,
    ToolRetryableError,
    ToolValidationError,
)
from ._local_activities import local_activity
from ._policy import Policy, Rule
from ._ptc import PTC, ProgramResult
from ._subagents import Subagents
from ._temporal_cli import TEMPORAL_CLI_VERSION, TemporalCliNotFound, ensure_temporal_cli
from ._worker import (
    DurablePtcPlugin,
    connect,
    create_replayer,
    create_worker,
    ensure_plugins,
    run_agent,
    start_agent,
)
from ._workflow import AgentRunInput, AgentRunOutput, AgentWorkflow

__all__ = [
    "DEFAULT_TOOL_MAXIMUM_ATTEMPTS",
    "PTC",
    "TEMPORAL_CLI_VERSION",
    "AgentRunInput",
    "AgentRunOutput",
    "AgentWorkflow",
    "ApprovalRejected",
    "Approvals",
    "ContinueAgentWorkflow",
    "DevServer",
    "DevServerError",
    "DurablePtcPlugin",
    "PendingApproval",
    "Policy",
    "ProgramResult",
    "Rule",
    "Subagents",
    "TemporalCliNotFound",
    "ToolErrorRouting",
    "ToolExecutionError",
    "ToolRetryableError",
    "ToolValidationError",
    "approve",
    "connect",
    "create_replayer",
    "create_worker",
    "deny",
    "ensure_plugins",
    "ensure_temporal_cli",
    "local_activity",
    "pending_approvals",
    "run_agent",
    "start_agent",
]
