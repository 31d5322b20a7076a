"""The demo's two durable agents, with the scripted model by default or a live one on request.

`assistant` (what the user talks to) has the demo tools, `run_ptc` and `spawn`; `researcher` (its
sub-agent) has the demo tools and `run_ptc`. Both are built once per process: agent names are
global to a worker (`spawn` and activities refer to them by name), and the demo's worker process,
its replayer and the tests must all see the same two agents.

A live model is named `provider:model` (`openai:gpt-5`, `anthropic:claude-sonnet-4-5`); its key
comes from the environment or a `.env` file in the working directory. The worker reads the choice
from `$DURABLE_PTC_DEMO_MODEL`, so the demo's worker subprocess builds the same agents.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.models import Model
from temporalio.common import RetryPolicy
from temporalio.workflow import ActivityConfig

from durable_ptc._approvals import Approvals
from durable_ptc._ptc import PTC
from durable_ptc._subagents import Subagents

from .scenarios import assistant_script, researcher_script
from .scripted import scripted_model
from .tools import demo_toolset, outbox_toolset

MODEL_ENV = "DURABLE_PTC_DEMO_MODEL"

LIVE_PROVIDERS = {
    "openai": ("OPENAI_API_KEY", "openai"),
    "anthropic": ("ANTHROPIC_API_KEY", "anthropic"),
}
"""provider → (API key variable, the Python package Pydantic AI needs for it)."""

ACTIVITY_CONFIG = ActivityConfig(
    start_to_close_timeout=timedelta(minutes=2),
    retry_policy=RetryPolicy(
        initial_interval=timedelta(milliseconds=500), backoff_coefficient=1.0, maximum_attempts=3
    ),
)
"""Three attempts: enough for the flaky tool to succeed on its third, and for a call lost with a
killed worker to run again; a tool that fails with any error but `ToolRetryableError` is not retried."""

APPROVAL_TIMEOUT = timedelta(minutes=10)
"""An email no one approves within 10 minutes is denied (the pause shows in the graph as its timer)."""

INSTRUCTIONS = (
    "You are the durable-ptc demo assistant. Prefer one `run_ptc` program over many single tool calls "
    "when a task needs several calls; use `spawn` to delegate research to the researcher. "
    "Files you write land in the demo's sandbox directory."
)


class ModelChoiceError(ValueError):
    """`--model` names no usable live model (format, provider, key or package)."""


def load_dotenv(path: Path = Path(".env")) -> None:
    """Put `KEY=value` lines of `path` into the environment, without overriding what is set."""
    if not path.is_file():
        return
    for line in path.read_text().splitlines():
        key, sep, value = line.strip().removeprefix("export ").partition("=")
        if sep and key and not key.startswith("#"):
            os.environ.setdefault(key.strip(), value.strip().strip("'\""))


_PROVIDER_PREFIXES = {
    "gpt-": "openai",
    "o1": "openai",
    "o3": "openai",
    "o4": "openai",
    "claude-": "anthropic",
}
"""Bare model names (`gpt-5.5`, `claude-sonnet-4-5`) name their provider by prefix, as the seed demo took them."""


def _provider_of(name: str) -> str:
    provider = next((p for prefix, p in _PROVIDER_PREFIXES.items() if name.startswith(prefix)), None)
    if provider is None:
        raise ModelChoiceError(
            f"--model {name!r}: give provider:model (e.g. openai:gpt-5 or anthropic:claude-sonnet-4-5); "
            "a bare name is only understood for gpt-*, o1*/o3*/o4* and claude-*"
        )
    return provider


def check_live_model(spec: str) -> str:
    """Validate `provider:model` (or a bare `gpt-…`/`claude-…` name) and that its key and package are
    there; returns the full `provider:model` spec."""
    if ":" not in spec:
        spec = f"{_provider_of(spec)}:{spec}"
    provider, sep, name = spec.partition(":")
    if not sep or not name:
        raise ModelChoiceError(
            f"--model takes provider:model, e.g. openai:gpt-5 or anthropic:claude-sonnet-4-5; got {spec!r}"
        )
    if provider not in LIVE_PROVIDERS:
        raise ModelChoiceError(
            f"--model provider {provider!r} is not supported; use one of: {', '.join(LIVE_PROVIDERS)}"
        )
    key, package = LIVE_PROVIDERS[provider]
    load_dotenv()
    if not os.environ.get(key):
        raise ModelChoiceError(
            f"--model {spec} needs {key}: export it or put `{key}=...` in ./.env "
            "(or leave out --model to use the scripted model, which needs no key)"
        )
    if importlib.util.find_spec(package) is None:
        raise ModelChoiceError(
            f"--model {spec} needs the {package!r} package: run `uv add 'pydantic-ai-slim[{provider}]'`"
        )
    return spec


def _model(spec: str | None, script: Any) -> Model | str:
    return scripted_model(script) if spec is None else spec


@functools.cache
def demo_agents(model: str | None = None) -> tuple[Agent[None, str], Agent[None, str]]:
    """(assistant, researcher), built once per process for a given model choice."""
    researcher = Agent(
        _model(model, researcher_script),
        name="researcher",
        instructions="You research a question with the demo tools and answer in two sentences.",
        toolsets=[demo_toolset()],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC()],
    )
    assistant = Agent(
        _model(model, assistant_script),
        name="assistant",
        instructions=INSTRUCTIONS,
        toolsets=[demo_toolset(), outbox_toolset()],
        capabilities=[
            TemporalDurability(activity_config=ACTIVITY_CONFIG),
            PTC(approvals=Approvals(timeout=APPROVAL_TIMEOUT)),
            Subagents([researcher], descriptions={"researcher": "searches the docs and answers a question"}),
        ],
    )
    return assistant, researcher


def agents_from_environment() -> list[Agent[None, str]]:
    """The demo agents for `$DURABLE_PTC_DEMO_MODEL` (unset: the scripted model). `--agents` default."""
    return list(demo_agents(os.environ.get(MODEL_ENV) or None))
