"""With OpenTelemetry configured, a run emits Pydantic AI's spans plus a span per program and per inner
call, each exactly once although a worker without a workflow cache replays the run on every task."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.models.function import FunctionModel
from pydantic_ai.models.instrumented import InstrumentationSettings
from scenario_agents import ACTIVITY_CONFIG, make_tools, program, script, scripted
from temporalio.client import Client
from temporalio.contrib.opentelemetry import ReplaySafeTracerProvider, create_tracer_provider

from durable_ptc import PTC, create_worker, ensure_plugins, run_agent


def traced_agent(
    name: str, provider: TracerProvider | ReplaySafeTracerProvider
) -> tuple[Agent[None, str], InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    agent = Agent(
        FunctionModel(scripted),
        name=name,
        toolsets=[make_tools()],
        capabilities=[TemporalDurability(activity_config=ACTIVITY_CONFIG), PTC()],
    )
    agent.instrument = InstrumentationSettings(tracer_provider=provider)
    return agent, exporter


# Temporal's replay-safe provider (what Pydantic AI's LogfirePlugin installs), and a plain SDK one.
AGENTS = {
    "replay_safe": traced_agent("traced_replay_safe", create_tracer_provider(shutdown_on_exit=False)),
    "plain": traced_agent("traced_plain", TracerProvider(shutdown_on_exit=False)),
}

PROGRAM = """
await write_file(path="a.txt", content="hello")
text = await read_file(path="a.txt")
text
"""


@pytest.mark.parametrize("provider", list(AGENTS))
async def test_spans_for_the_run_its_program_and_each_inner_call_once(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, provider: str
) -> None:
    monkeypatch.setenv("PTC_TEST_SANDBOX", str(tmp_path))
    traced, exporter = AGENTS[provider]
    client = ensure_plugins(client)
    task_queue = f"traced-{uuid.uuid4()}"
    async with create_worker(client, [traced], task_queue=task_queue, max_cached_workflows=0):
        output = await run_agent(
            client,
            traced,
            script([program(PROGRAM)]),
            task_queue=task_queue,
            workflow_id=f"traced-{uuid.uuid4()}",
        )
    assert json.loads(json.loads(output.output)[0]["content"])["value"] == "hello"
    spans = exporter.get_finished_spans()
    names = Counter(span.name for span in spans)
    assert names["program run_ptc"] == 1
    assert names["run_ptc L2: write_file(path='a.txt', content='hello')"] == 1
    assert names["run_ptc L3: read_file(path='a.txt')"] == 1
    assert names["execute_tool run_ptc"] == 1
    assert names["execute_tool read_file"] == 1
    if provider == "replay_safe":  # a plain provider sees Pydantic AI's run span once per workflow task
        assert names[f"invoke_agent {traced.name}"] == 1, names
    by_id = {span.context.span_id: span for span in spans if span.context is not None}
    read = next(span for span in spans if span.name.startswith("run_ptc L3"))
    assert read.attributes is not None and read.attributes["durable_ptc.call.line"] == 3
    assert read.parent is not None and by_id[read.parent.span_id].name == "program run_ptc"
    assert read.context is not None
    children = [s.name for s in spans if s.parent is not None and s.parent.span_id == read.context.span_id]
    assert children == ["execute_tool read_file"]
