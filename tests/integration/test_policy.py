"""`Policy`: rules deny or ask by tool pattern and arguments, budgets cap calls per run — the same
for the model's direct calls and a program's, with the reason visible to the caller."""

from __future__ import annotations

import json

from harness import AgentRunner
from scenario_agents import call, effects, program, script
from test_approvals import waiting_calls

from durable_ptc import approve

pytest_plugins = ["harness"]

WRITES = """\
out = []
for path in ['a.txt', '/etc/passwd', 'b.txt', 'c.txt']:
    try:
        out.append(await write_file(path=path, content='x'))
    except Exception as e:
        out.append(str(e))
out
"""


async def test_rules_and_budgets_apply_to_program_and_direct_calls_alike(runner: AgentRunner) -> None:
    handle = await runner.start(
        script(
            [program(WRITES)],
            [call("write_file", path="d.txt", content="y"), call("read_file", path="/etc/passwd")],
            [call("check", n=500)],
        ),
        agent="governed",
    )
    [waiting] = await waiting_calls(runner.client, handle.id)
    assert (waiting["tool"], waiting["args"]) == ("check", {"n": 500})
    await approve(runner.client, handle.id, waiting["call_id"])
    shown = json.loads((await handle.result()).output)
    assert json.loads(shown[0]["content"])["value"] == [
        "wrote 1 chars to a.txt",
        "policy denied write_file: absolute paths",
        "wrote 1 chars to b.txt",
        "policy budget: at most 2 write_file call(s) per run, all used",
    ]
    assert [(s["tool"], s["outcome"], s["content"]) for s in shown[1:]] == [
        ("write_file", "failed", "policy budget: at most 2 write_file call(s) per run, all used"),
        ("read_file", "failed", "policy denied read_file: absolute paths"),
        ("check", "success", "250000"),
    ]
    assert effects() == ["write a.txt", "write b.txt", "check 500"]
