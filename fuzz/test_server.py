"""The real-server properties on a few generated programs: histories replay, cancellation leaves
nothing running. The campaign (`python -m fuzz --real-server`) runs many more, and the sampled
exactly-once check (kill the worker mid-program), which takes about a minute per sample."""

from __future__ import annotations

import random

from temporalio.client import Client

from durable_ptc.testing import ProgramRunner
from fuzz.campaign import draw_cases
from fuzz.server import (
    STATE,
    check_replay,
    check_server_cancellation,
    fuzz_agents,
    server_cases,
)

PROGRAMS = 2


async def test_generated_programs_replay_and_cancel_cleanly(ptc_client: Client) -> None:
    STATE.mkdir(parents=True, exist_ok=True)
    cases = draw_cases(server_cases(), PROGRAMS * 2)
    rng = random.Random(11)
    problems: list[str] = []
    async with ProgramRunner(ptc_client, {}, agent=fuzz_agents()[0]) as runner:
        for case in cases[:PROGRAMS]:
            if problem := await check_replay(runner, case):
                problems.append(f"{case.source}\n{problem}")
        for case in cases[PROGRAMS:]:
            if problem := await check_server_cancellation(runner, case, rng.uniform(0.1, 1.2)):
                problems.append(f"{case.source}\n{problem}")
    assert not problems, "\n\n".join(problems)
