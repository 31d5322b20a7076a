"""Calls that need a reviewer wait in the workflow: only that call pauses, a decision arrives as an
update bound to the call's digest, approval runs the call once, denial and timeout reach the
program as a catchable exception and the model as a failed result."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from harness import AgentRunner, eventually
from history import history_facts
from scenario_agents import call, effects, program, script
from temporalio.client import Client

from durable_ptc import ApprovalRejected, DevServer, approve, deny, pending_approvals

pytest_plugins = ["harness"]

GATHERED = """\
import asyncio
square, sent = await asyncio.gather(check(n=7), send_email(to='ann@example.com', body='hi'))
[square, sent]
"""

GUARDED = """\
try:
    await send_email(to='bob@example.com', body='offer')
    outcome = 'sent'
except Exception as e:
    outcome = 'refused: ' + str(e)
outcome
"""


async def waiting_calls(client: Client, workflow_id: str, count: int = 1) -> list[dict[str, Any]]:
    listing: list[dict[str, Any]] = []

    async def refresh() -> None:
        nonlocal listing
        listing = await pending_approvals(client, workflow_id)

    deadline = asyncio.get_running_loop().time() + 60
    while len(listing) < count:
        assert asyncio.get_running_loop().time() < deadline, f"no {count} pending calls: {listing}"
        await asyncio.sleep(0.2)
        await refresh()
    return listing


def program_result(shown: list[dict[str, Any]]) -> Any:
    entry = shown[0]
    assert entry["tool"] == "run_ptc" and entry["outcome"] == "success", entry
    return json.loads(str(entry["content"]))["value"]


def durable_ptc(server: DevServer, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("durable-ptc")), *args, "--address", server.target]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


async def test_program_call_waits_and_runs_once_approved_from_the_cli(
    runner: AgentRunner, temporal_server: DevServer
) -> None:
    handle = await runner.start(script([program(GATHERED)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    assert waiting["tool"] == "send_email"
    assert waiting["args"] == {"to": "ann@example.com", "body": "hi"}
    assert waiting["line"] == 2
    await eventually(lambda: "check 7" in effects())  # the sibling call went on meanwhile
    assert not any(e.startswith("send_email") for e in effects())

    listed = await asyncio.to_thread(durable_ptc, temporal_server, "approvals", handle.id, "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert (entry["call_id"], entry["tool"], entry["args"]) == (
        waiting["call_id"],
        "send_email",
        {"to": "ann@example.com", "body": "hi"},
    )
    approved = await asyncio.to_thread(durable_ptc, temporal_server, "approve", handle.id, entry["call_id"])
    assert approved.returncode == 0, approved.stderr

    shown = json.loads((await handle.result()).output)
    assert program_result(shown) == [49, "sent to ann@example.com: hi"]
    assert effects().count("send_email ann@example.com hi") == 1
    assert await pending_approvals(runner.client, handle.id) == []


async def test_denial_is_caught_by_the_program_with_the_reviewers_reason(runner: AgentRunner) -> None:
    handle = await runner.start(script([program(GUARDED)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    await deny(runner.client, handle.id, waiting["call_id"], "not to customers on Sundays")
    shown = json.loads((await handle.result()).output)
    assert program_result(shown) == "refused: not to customers on Sundays"
    assert not any(e.startswith("send_email") for e in effects())


async def test_uncaught_denial_names_the_denial_in_the_programs_report(runner: AgentRunner) -> None:
    code = "await send_email(to='c@example.com', body='x')"
    handle = await runner.start(script([program(code)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    await deny(runner.client, handle.id, waiting["call_id"], "wrong recipient")
    shown = json.loads((await handle.result()).output)
    assert shown[0]["outcome"] == "failed"
    assert "ApprovalDenied: wrong recipient" in shown[0]["content"]


async def test_decision_for_another_digest_is_rejected_and_leaves_the_call_waiting(
    runner: AgentRunner,
) -> None:
    handle = await runner.start(script([program(GUARDED)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    with pytest.raises(ApprovalRejected, match="digest"):
        await approve(runner.client, handle.id, waiting["call_id"], digest="0" * 16)
    with pytest.raises(ApprovalRejected, match="no call 'approval-9'"):
        await approve(runner.client, handle.id, "approval-9")
    assert await pending_approvals(runner.client, handle.id) == [waiting]
    await approve(runner.client, handle.id, waiting["call_id"], digest=waiting["digest"])
    shown = json.loads((await handle.result()).output)
    assert program_result(shown) == "sent"
    facts = await history_facts(handle)
    assert facts.count("WORKFLOW_EXECUTION_UPDATE_ACCEPTED") == 1  # rejected decisions left no trace


async def test_approval_with_edited_arguments_runs_the_call_with_them(runner: AgentRunner) -> None:
    handle = await runner.start(script([program(GUARDED)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    edited = {"to": "bob@example.com", "body": "revised offer"}
    await approve(runner.client, handle.id, waiting["call_id"], args=edited)
    await handle.result()
    assert [e for e in effects() if e.startswith("send_email")] == [
        "send_email bob@example.com revised offer"
    ]


async def test_model_direct_call_waits_and_a_denial_is_its_failed_result(runner: AgentRunner) -> None:
    direct = script([call("send_email", to="d@example.com", body="direct"), call("check", n=2)])
    handle = await runner.start(direct, agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    assert waiting["line"] is None
    await deny(runner.client, handle.id, waiting["call_id"], "the model may not email")
    shown = json.loads((await handle.result()).output)
    assert shown[0]["tool"] == "send_email"
    assert shown[0]["outcome"] == "denied"
    assert "the model may not email" in shown[0]["content"]
    assert not any(e.startswith("send_email") for e in effects())


async def test_call_raising_approval_required_runs_again_approved(runner: AgentRunner) -> None:
    code = "small = await transfer(amount=5)\nbig = await transfer(amount=500)\n[small, big]"
    handle = await runner.start(script([program(code)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    assert (waiting["tool"], waiting["args"]) == ("transfer", {"amount": 500})
    await approve(runner.client, handle.id, waiting["call_id"])
    shown = json.loads((await handle.result()).output)
    assert program_result(shown) == ["transferred 5", "transferred 500"]
    assert effects() == ["transfer 5", "transfer 500"]


async def test_no_decision_in_time_is_a_denial_with_a_clear_reason(runner: AgentRunner) -> None:
    shown, _ = await runner.run(script([program(GUARDED)]), agent="hasty")
    assert program_result(shown) == "refused: denied: no decision on send_email (approval-1) within 2 s"
    assert not any(e.startswith("send_email") for e in effects())


async def test_cli_refuses_a_stale_decision_and_an_unknown_run(
    runner: AgentRunner, temporal_server: DevServer
) -> None:
    handle = await runner.start(script([program(GUARDED)]), agent="gated")
    [waiting] = await waiting_calls(runner.client, handle.id)
    stale = await asyncio.to_thread(
        durable_ptc,
        temporal_server,
        "deny",
        handle.id,
        waiting["call_id"],
        "--reason",
        "no",
        "--digest",
        "f00d",
    )
    assert stale.returncode == 1
    assert stale.stderr.startswith("durable-ptc deny: refused: call 'approval-1' is now send_email(")
    unknown = await asyncio.to_thread(durable_ptc, temporal_server, "approvals", "no-such-run", "--json")
    assert unknown.returncode == 2
    assert json.loads(unknown.stdout) == {
        "ok": False,
        "error": "no workflow 'no-such-run' in namespace 'default'",
    }
    shown_listing = await asyncio.to_thread(durable_ptc, temporal_server, "approvals", handle.id)
    assert shown_listing.returncode == 0
    assert f"{waiting['call_id']}  send_email(to='bob@example.com', body='offer')" in shown_listing.stdout
    assert "run_ptc L2: send_email(" in shown_listing.stdout
    denied = await asyncio.to_thread(
        durable_ptc, temporal_server, "deny", handle.id, waiting["call_id"], "--reason", "budget frozen"
    )
    assert denied.returncode == 0, denied.stderr
    assert program_result(json.loads((await handle.result()).output)) == "refused: budget frozen"


async def run_in_background(
    server: DevServer, code: str, workflow_id: str, tmp_path: Path
) -> subprocess.Popen[str]:
    path = tmp_path / f"{workflow_id}.py"
    path.write_text(code)
    command = [
        str(Path(sys.executable).with_name("durable-ptc")),
        "run",
        str(path),
        "--tools",
        "cli_tools:gated_tools",
        "--address",
        server.target,
        "--workflow-id",
        workflow_id,
        "--json",
    ]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parent
    )


async def listed_by_cli(server: DevServer, workflow_id: str) -> list[dict[str, Any]]:
    deadline = asyncio.get_running_loop().time() + 60
    while True:
        listed = await asyncio.to_thread(durable_ptc, server, "approvals", workflow_id, "--json")
        if listed.returncode == 0 and (listing := json.loads(listed.stdout)):
            return listing
        assert asyncio.get_running_loop().time() < deadline, listed
        await asyncio.sleep(0.5)


async def test_durable_ptc_run_waits_for_the_cli_reviewer(temporal_server: DevServer, tmp_path: Path) -> None:
    gathered = (
        "import asyncio\n"
        "total, sent = await asyncio.gather(add(a=2, b=3), send_email(to='ops@example.com', body='up'))\n"
        "[total, sent]\n"
    )
    approve_me, deny_me = f"approve-{uuid.uuid4()}", f"deny-{uuid.uuid4()}"
    run = await run_in_background(temporal_server, gathered, approve_me, tmp_path)
    [entry] = await listed_by_cli(temporal_server, approve_me)
    assert (entry["tool"], entry["args"]) == ("send_email", {"to": "ops@example.com", "body": "up"})
    approved = await asyncio.to_thread(durable_ptc, temporal_server, "approve", approve_me, entry["call_id"])
    assert approved.returncode == 0, approved.stderr
    stdout, stderr = await asyncio.to_thread(run.communicate, timeout=120)
    assert run.returncode == 0, stderr
    assert json.loads(stdout)["value"] == [5, "sent to ops@example.com: up"]

    guarded = (
        "try:\n"
        "    await send_email(to='all@example.com', body='spam')\n"
        "except Exception as e:\n"
        "    print('denied:', e)\n"
    )
    run = await run_in_background(temporal_server, guarded, deny_me, tmp_path)
    [entry] = await listed_by_cli(temporal_server, deny_me)
    denied = await asyncio.to_thread(
        durable_ptc, temporal_server, "deny", deny_me, entry["call_id"], "--reason", "no mass mail"
    )
    assert denied.returncode == 0, denied.stderr
    stdout, stderr = await asyncio.to_thread(run.communicate, timeout=120)
    assert run.returncode == 0, stderr
    assert json.loads(stdout)["stdout"] == "denied: no mass mail\n"
