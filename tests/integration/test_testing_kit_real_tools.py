"""The testing kit takes real tools: RunContext tools with deps, Pydantic-model parameters (drawn from
each tool's JSON schema), sync tools, a whole agent's tools; generated programs run and replay."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from deps_agents import Deps, shop, shop_tools
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from temporalio.client import Client

from durable_ptc.testing import ProgramRunner, assert_replays, programs

ARGUMENTS = {"sku": st.sampled_from(["apple", "pear"])}

pytestmark = pytest.mark.filterwarnings("error::hypothesis.errors.HypothesisWarning")


@pytest.fixture(scope="module")
async def runner(client: Client) -> AsyncIterator[ProgramRunner]:
    async with ProgramRunner(client, shop_tools, deps=Deps(city="Turin")) as runner:
        yield runner


@settings(max_examples=30, deadline=None)
@given(code=programs(shop_tools, arguments=ARGUMENTS))
def test_arguments_come_from_the_schema_the_model_sees(code: str) -> None:
    assert "ctx" not in code
    assert "price_order(order=" not in code  # one model parameter: the program passes its fields
    for call in code.split("ship(")[1:]:
        assert call.startswith("order={") and ", address={" in call and "'street': " in call


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=programs(shop, arguments=ARGUMENTS, max_timeout=1.0))
async def test_generated_programs_over_real_tools_run_and_replay(runner: ProgramRunner, code: str) -> None:
    run = await runner.run(code)
    assert run.error is None, (code, run.error)
    await assert_replays(run.history, runner.agents)


async def test_run_context_tools_see_the_runners_deps(runner: ProgramRunner) -> None:
    run = await runner.run(
        "[await weather(day='fri'), await price_order(sku='pear', quantity=2), await shout(text='a')]"
    )
    assert run.value == ["fri in Turin: 21C", 1.5, "A"]
    await assert_replays(run.history, runner.agents)
