"""The demo's scenarios: one per thing durable-ptc promises, each a prompt plus a scripted model.

Each scenario names what its graph must show (`expect`), which the test suite checks on a real
server, and optionally a disruption the demo performs while it runs: cancel the workflow, or kill
the worker process and start a new one. A free-form prompt with the scripted model is matched to a
scenario by keyword, so the REPL answers something sensible to anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from .scripted import Call, Script, Seen, call, program

Disruption = Literal["cancel", "crash"]

PTC_PROGRAM = r"""import asyncio
topics = ["activities", "timers", "child workflows"]
found = await asyncio.gather(*[search_docs(query=t) for t in topics])
replay = await spawn(agent_name="researcher", task="How does replay work?")
lines = [f"- {t}: {hits[0]['text']}" for t, hits in zip(topics, found)]
summary = "# Durable execution\n" + "\n".join(lines) + "\n\nReplay: " + replay
await write_file(path="notes/summary.md", content=summary)
print(f"summary: {len(summary)} characters")
{"topics": len(topics), "file": "notes/summary.md"}
"""

BUGGY_PROGRAM = """forecast = await get_weather(city="Lisbon")
print(forcast["sky"])
"""

FIXED_PROGRAM = """forecast = await get_weather(city="Lisbon")
print(forecast["sky"])
len(forecast["sky"])
"""

CANCEL_PROGRAM = """import asyncio
await asyncio.gather(
    slow_task(name="job-a", seconds=60),
    slow_task(name="job-b", seconds=60),
    spawn(agent_name="researcher", task="slow research: read everything about timers"),
)
"""

SLEEP_PROGRAM = """import asyncio
await asyncio.sleep(3)
await write_file(path="reminder.txt", content="stand up and stretch")
"reminder written after a durable 3 s timer"
"""

CRASH_PROGRAM = """import asyncio
for i in range(3):
    await write_file(path=f"crash/before-{i}.txt", content="written once")
done = await asyncio.gather(*[slow_task(name=f"job-{i}", seconds=4) for i in range(3)])
await write_file(path="crash/after.txt", content="\\n".join(done))
done
"""

APPROVAL_PROGRAM = """import asyncio
async def email(body):
    try:
        return await send_email(to="ann@example.com", body=body)
    except Exception as e:
        return f"not sent: {e}"
forecast = await get_weather(city="Paris")
sent, saved = await asyncio.gather(
    email(f"Paris today: {forecast['temp_c']}°C, {forecast['sky']}"),
    write_file(path="outbox/paris.txt", content=forecast["sky"]),
)
sent
"""


@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    """One line for `/scenarios`."""
    prompt: str
    script: Script
    expect: tuple[str, ...]
    """Fragments the rendered graph must contain."""
    disruption: Disruption | None = None
    wait_for: tuple[str, ...] = ()
    """Journal entries that must exist before the disruption happens (the work is in flight)."""
    outcome: Literal["completed", "cancelled"] = "completed"


def _program_value(seen: list[Seen]) -> Any:
    for outcome in reversed(seen):
        if outcome.tool == "run_ptc":
            if outcome.outcome != "success":
                return f"(the program failed: {outcome.text.splitlines()[0]})"
            content = outcome.content
            return content.get("value") if isinstance(content, dict) else content
    return None


def _last(seen: list[Seen], tool: str) -> list[Seen]:
    return [s for s in seen if s.tool == tool]


def _weather_file(seen: list[Seen]) -> list[Call]:
    lines = [
        f"{w.content['city']}: {w.content['temp_c']}°C, {w.content['sky']}"
        for w in _last(seen, "get_weather")
    ]
    return [call("write_file", path="weather.txt", content="\n".join(lines) + "\n")]


def _weather_answer(seen: list[Seen]) -> str:
    lines = [
        f"{w.content['city']} {w.content['temp_c']}°C ({w.content['sky']})"
        for w in _last(seen, "get_weather")
    ]
    return "; ".join(lines) + ". Saved to weather.txt."


def _research(seen: list[Seen]) -> str:
    return "\n".join(f"- {s.text}" for s in _last(seen, "spawn"))


def _program_answer(seen: list[Seen]) -> str:
    return f"Done: {json.dumps(_program_value(seen), default=str)}"


SCENARIOS: dict[str, Scenario] = {
    scenario.name: scenario
    for scenario in [
        Scenario(
            "tools",
            "direct tool calls: two weather lookups in parallel, then a file write — each an activity",
            "What's the weather in Paris and Tokyo? Save it to weather.txt.",
            Script(
                turns=([call("get_weather", city="Paris"), call("get_weather", city="Tokyo")], _weather_file),
                answer=_weather_answer,
            ),
            expect=(
                "model turn 1",
                "get_weather(city='Paris')",
                "get_weather(city='Tokyo')",
                "write_file(path='weather.txt'",
            ),
        ),
        Scenario(
            "ptc",
            "run_ptc: one program gathers three searches, spawns a researcher, writes a file",
            "Research durable execution: search three topics at once, ask the researcher about replay, "
            "and write notes/summary.md.",
            Script(turns=([program(PTC_PROGRAM)],), answer=_program_answer),
            expect=(
                "run_ptc",
                "L3 search_docs(query='activities')",
                "L3 search_docs(query='child workflows')",
                "L4 spawn(agent_name='researcher'",
                "L7 write_file(path='notes/summary.md'",
                "researcher",
            ),
        ),
        Scenario(
            "subagents",
            "spawn: two researcher sub-agents run as child workflows, in parallel",
            "Ask two researchers in parallel: one about timers, one about child workflows.",
            Script(
                turns=(
                    [
                        call("spawn", agent_name="researcher", task="What are durable timers?"),
                        call("spawn", agent_name="researcher", task="How do child workflows work?"),
                    ],
                ),
                answer=lambda seen: "Here is what the researchers found:\n" + _research(seen),
            ),
            expect=(
                "spawn(agent_name='researcher', task='What are durable timers?')",
                "/spawn-0",
                "/spawn-1",
                "search_docs",
            ),
        ),
        Scenario(
            "retries",
            "retries: a flaky tool fails twice, Temporal retries it by policy, attempt 3 succeeds",
            "Fetch the quarterly report (the upstream is flaky).",
            Script(
                turns=([call("fetch_report", source="quarterly")],),
                answer=lambda seen: _last(seen, "fetch_report")[-1].text,
            ),
            expect=("fetch_report(source='quarterly')", "attempt 3"),
        ),
        Scenario(
            "validation",
            "feedback: a rejected argument and a broken program go back to the model, which fixes them",
            "What's the weather in Atlantis? Then use a program to measure Lisbon's forecast.",
            Script(
                turns=(
                    [call("get_weather", city="Atlantis")],
                    [program(BUGGY_PROGRAM)],
                    [program(FIXED_PROGRAM)],
                ),
                answer=lambda seen: (
                    f"Atlantis is not a known city; Lisbon's sky has {_program_value(seen)} letters."
                ),
            ),
            expect=(
                "get_weather(city='Atlantis')",
                "retry: unknown city 'Atlantis'",
                "NameError",
                "L1 get_weather(city='Lisbon')",
            ),
        ),
        Scenario(
            "cancel",
            "cancellation: the demo cancels a run while two jobs and a sub-agent are in flight",
            "Start two long jobs and a slow research task in one program (the demo cancels it).",
            Script(turns=([program(CANCEL_PROGRAM)],), answer=_program_answer),
            expect=("slow_task(name='job-a'", "slow_task(name='job-b'", "cancel requested", "cancelled"),
            disruption="cancel",
            wait_for=("start job-a", "start job-b", "start research"),
            outcome="cancelled",
        ),
        Scenario(
            "sleep",
            "durable sleep: asyncio.sleep(3) in a program is a Temporal timer",
            "Remind me to stretch in 3 seconds (write reminder.txt).",
            Script(turns=([program(SLEEP_PROGRAM)],), answer=_program_answer),
            expect=("timer", "asyncio.sleep(3)", "fired", "L3 write_file(path='reminder.txt'"),
        ),
        Scenario(
            "approval",
            "human approval: the program's email waits in the workflow for your y/n while its other call goes on",
            "Email Ann today's Paris weather, and save it to outbox/paris.txt (a person approves each email).",
            Script(turns=([program(APPROVAL_PROGRAM)],), answer=_program_answer),
            expect=(
                "L7 get_weather(city='Paris')",
                "L4 send_email(to='ann@example.com'",
                "L10 write_file(path='outbox/paris.txt'",
                "approval-1 send_email: held for a reviewer",
            ),
        ),
        Scenario(
            "crash",
            "crash-and-resume: the demo kills its worker mid-program, starts a new one, nothing runs twice",
            "Write three files, run three 4-second jobs, then write a report (the demo kills the worker).",
            Script(turns=([program(CRASH_PROGRAM)],), answer=_program_answer),
            expect=("slow_task(name='job-0'", "attempt 2", "L5 write_file(path='crash/after.txt'"),
            disruption="crash",
            wait_for=("start job-0", "start job-1", "start job-2"),
        ),
    ]
}

SCENARIO_ALIASES = {
    "approve": "approval",
    "approvals": "approval",
    "retry": "retries",
    "subagent": "subagents",
    "timer": "sleep",
    "cancellation": "cancel",
}
"""Other names people use for a scenario (the seed demo's `--scenario retry` among them)."""


def find_scenario(name: str) -> Scenario | None:
    return SCENARIOS.get(SCENARIO_ALIASES.get(name, name))


_KEYWORDS = {
    "email": "approval",
    "approv": "approval",
    "weather": "tools",
    "report": "retries",
    "flaky": "retries",
    "retry": "retries",
    "remind": "sleep",
    "sleep": "sleep",
    "wait": "sleep",
    "researcher": "subagents",
    "spawn": "subagents",
    "atlantis": "validation",
    "long job": "cancel",
    "crash": "crash",
}


def _free_prompt_script(prompt: str) -> Script:
    code = (
        f"hits = await search_docs(query={prompt!r})\n"
        "notes = [f\"- {h['title']}: {h['text']}\" for h in hits]\n"
        'await write_file(path="notes/answer.md", content="\\n".join(notes))\n'
        "len(notes)\n"
    )
    return Script(
        turns=([program(code)],),
        answer=lambda seen: f"I searched the docs and wrote {_program_value(seen)} notes to notes/answer.md.",
    )


def assistant_script(prompt: str) -> Script:
    """The scenario whose prompt this is; else one picked by keyword; else search-and-note."""
    for scenario in SCENARIOS.values():
        if prompt.strip() == scenario.prompt:
            return scenario.script
    lowered = prompt.lower()
    for keyword, name in _KEYWORDS.items():
        if keyword in lowered:
            return SCENARIOS[name].script
    return _free_prompt_script(prompt)


def researcher_script(task: str) -> Script:
    """The researcher sub-agent: one program searching the docs (a slow job first if asked)."""
    slow = 'await slow_task(name="research", seconds=60)\n' if "slow" in task.lower() else ""
    code = f'{slow}hits = await search_docs(query={task!r})\n"; ".join(h["text"] for h in hits[:2])\n'
    return Script(turns=([program(code)],), answer=lambda seen: str(_program_value(seen)))
