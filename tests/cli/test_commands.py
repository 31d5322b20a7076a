"""The production commands driven as an operator drives them: real processes, good and bad input.

Every failure of a command itself is one line on stderr and exit 2; problems in a program are
`FILE:LINE:COL: Kind: message` from both `check` and `run`; `--json` prints JSON, failures included.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from temporalio.client import Client

from durable_ptc import DevServer
from durable_ptc._worker import ensure_plugins, run_agent

UNREACHABLE = "127.0.0.1:1"
TRIES = 10
"""Each connection failure is driven this often: the abort it used to end in came 3 times in 6."""

SYNTAX_ERROR = "total = 0\nfor x in [1, 2:\n    total += x\n"


def durable_ptc(
    *argv: str, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("durable-ptc")), *argv]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=timeout)


def assert_one_line_failure(done: subprocess.CompletedProcess[str], command: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"durable-ptc {command}: cannot reach a Temporal server at {UNREACHABLE}")
    assert "Traceback" not in done.stderr and "Fatal Python error" not in done.stderr


@pytest.mark.parametrize(
    ("command", "argv"),
    [
        ("worker", ["--task-queue", "q", "--agents", "durable_ptc.demo.agents:agents_from_environment"]),
        ("run", ["PROGRAM"]),
        ("show", ["some-workflow"]),
        ("demo", ["--scenario", "ptc"]),
    ],
)
def test_an_unreachable_server_is_one_line_and_exit_2_every_time(
    command: str, argv: list[str], tmp_path: Path
) -> None:
    program = tmp_path / "program.py"
    program.write_text("1 + 1\n")
    full = [command, *[str(program) if a == "PROGRAM" else a for a in argv], "--address", UNREACHABLE]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda _: durable_ptc(*full), range(TRIES)))
    for done in runs:
        assert_one_line_failure(done, command)


def test_run_json_reports_an_unreachable_server_as_json(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text("1 + 1\n")
    done = durable_ptc("run", str(program), "--json", "--address", UNREACHABLE)
    assert done.returncode == 2
    report = json.loads(done.stdout)
    assert report["ok"] is False and report["error"].startswith(
        f"cannot reach a Temporal server at {UNREACHABLE}"
    )


def test_check_and_run_place_a_syntax_error_the_same_way(tmp_path: Path) -> None:
    program = tmp_path / "prog.py"
    program.write_text(SYNTAX_ERROR)
    checked = durable_ptc("check", str(program))
    ran = durable_ptc("run", str(program), "--address", UNREACHABLE)  # refused before any server is needed
    assert checked.returncode == ran.returncode == 1
    first = checked.stdout.splitlines()[0]
    assert first.startswith(f"{program}:2:")
    assert ": SyntaxError: " in first
    assert ran.stdout.splitlines()[0] == first


def test_json_output_of_a_failing_program_is_json(tmp_path: Path) -> None:
    program = tmp_path / "prog.py"
    program.write_text(SYNTAX_ERROR)
    checked = json.loads(durable_ptc("check", str(program), "--json").stdout)
    assert checked["ok"] is False
    [problem] = checked["problems"][str(program)]
    assert (problem["kind"], problem["line"]) == ("SyntaxError", 2)
    ran = durable_ptc("run", str(program), "--json")
    assert ran.returncode == 1
    report = json.loads(ran.stdout)
    assert report["ok"] is False and report["kind"] == "SyntaxError" and report["line"] == 2


def test_bad_tools_and_agents_specs_are_one_line(tmp_path: Path) -> None:
    program = tmp_path / "prog.py"
    program.write_text("1\n")
    for argv, command, message in [
        (["check", str(program), "--tools", "no_such_module:TOOLS"], "check", "cannot load --tools"),
        (["run", str(program), "--tools", "json"], "run", "--tools takes module:attribute"),
        (["replay", str(program), "--agents", "json:dumps"], "replay", "is not a Temporal history"),
        (
            ["worker", "--address", UNREACHABLE, "--task-queue", "q", "--agents", "json:__name__"],
            "worker",
            "must be an agent",
        ),
    ]:
        done = durable_ptc(*argv)
        assert done.returncode == 2, (argv, done.stderr)
        [line] = done.stderr.strip().splitlines()
        assert line.startswith(f"durable-ptc {command}: ") and message in line, line


def test_production_commands_require_agents(tmp_path: Path) -> None:
    for argv in (
        ["worker", "--address", UNREACHABLE, "--task-queue", "q"],
        ["replay", str(tmp_path / "h.json")],
    ):
        done = durable_ptc(*argv)
        assert done.returncode == 2
        assert "--agents" in done.stderr and "required" in done.stderr


SHOP_AGENTS = """\
from pydantic_ai import Agent
from pydantic_ai.durable_exec.temporal import TemporalDurability
from pydantic_ai.models.function import FunctionModel
from pydantic_ai.messages import ModelResponse, TextPart

AGENTS = [Agent(FunctionModel(lambda m, i: ModelResponse(parts=[TextPart("ok")])), name="shop",
                capabilities=[TemporalDurability()])]
"""


@pytest.fixture(scope="module")
async def finished_run(temporal_server: DevServer, client: Client) -> str:
    from durable_ptc._worker import create_worker
    from durable_ptc.demo.agents import demo_agents

    assistant, researcher = demo_agents()
    client = ensure_plugins(client)
    async with create_worker(client, [assistant, researcher], task_queue="cli-show"):
        await run_agent(
            client,
            assistant,
            "What is the weather in Paris?",
            task_queue="cli-show",
            workflow_id="cli-show-run",
        )
    return "cli-show-run"


async def test_show_prints_the_tree_of_a_finished_run(temporal_server: DevServer, finished_run: str) -> None:
    done = durable_ptc("show", finished_run, "--address", temporal_server.target)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"assistant · workflow {finished_run} · completed")
    assert "model turn 1" in done.stdout


async def test_a_run_names_its_agent_in_its_memo_and_summary(client: Client, finished_run: str) -> None:
    description = await ensure_plugins(client).get_workflow_handle(finished_run).describe()
    assert await description.memo_value("agent") == "assistant"
    assert await description.static_summary() == "assistant: What is the weather in Paris?"


async def test_show_names_a_missing_workflow(temporal_server: DevServer) -> None:
    done = durable_ptc("show", "no-such-run", "--address", temporal_server.target)
    assert done.returncode == 2
    assert done.stderr.strip() == "durable-ptc show: no workflow 'no-such-run' in namespace 'default'"


async def test_replay_names_an_agent_that_is_not_registered(
    temporal_server: DevServer, client: Client, finished_run: str, tmp_path: Path
) -> None:
    history = await ensure_plugins(client).get_workflow_handle(finished_run).fetch_history()
    path = tmp_path / "run.json"
    path.write_text(history.to_json())
    (tmp_path / "shop_agents.py").write_text(SHOP_AGENTS)
    done = durable_ptc("replay", str(path), "--agents", "shop_agents:AGENTS", cwd=tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.strip() == (
        "durable-ptc replay: agent 'assistant' is not registered (--agents gave: shop); "
        "pass --agents MODULE:ATTR naming it"
    )
