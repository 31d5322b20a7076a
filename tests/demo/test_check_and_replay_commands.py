"""`durable-ptc check` reports every problem of a program with its line; `durable-ptc replay`
accepts a history the current code reproduces and rejects one it does not."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from durable_ptc._cli import main
from durable_ptc.demo.scenarios import SCENARIOS
from durable_ptc.demo.session import DemoSession, RunRecord

BROKEN = """\
import os
results = []
for city in ["Paris", "Tokyo"]:
    forecast = await get_weather(cty=city)
    results.append(forcast)
().__class__.__base__
from .helpers import load
"""


DEMO_TOOLS = ("--tools", "durable_ptc.demo.tools:demo_toolset")
DEMO_AGENTS = ("--agents", "durable_ptc.demo.agents:agents_from_environment")


def cli(*argv: str) -> int:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    return int(exit_.value.code or 0)


def test_check_reports_each_problem_with_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    program = tmp_path / "broken.py"
    program.write_text(BROKEN)
    assert cli("check", str(program), *DEMO_TOOLS) == 1
    out = capsys.readouterr().out
    headers = [line for line in out.splitlines() if line.startswith(str(program))]
    assert headers == [
        f"{program}:1:1: ImportError: module 'os' is not available",
        f"{program}:4:34: TypeError: get_weather() got an unexpected keyword argument 'cty'. Did you mean 'city'?",
        f"{program}:5:20: NameError: name 'forcast' is not defined. Did you mean 'forecast'?",
        f"{program}:6:1: SyntaxError: attribute names starting with '__' are not allowed: '__base__'",
        f"{program}:7:1: ImportError: attempted relative import with no known parent package",
    ]
    assert "    results.append(forcast)\n                   ^^^^^^^\n" in out
    assert "Hint: the tool's signature is get_weather(city)" in out
    assert out.rstrip().endswith("5 problems found")


def test_check_accepts_a_good_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = tmp_path / "good.py"
    program.write_text(SCENARIOS["ptc"].script.turns[0][0].args["code"])  # type: ignore[index]
    assert cli("check", str(program), *DEMO_TOOLS, "--spawn") == 0
    assert capsys.readouterr().out == f"{program}: ok\n"


def test_check_reports_a_syntax_error_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    program = tmp_path / "syntax.py"
    program.write_text("x = (1,\nprint(x)\n")
    assert cli("check", str(program)) == 1
    assert f"{program}:1:5: SyntaxError: '(' was never closed" in capsys.readouterr().out
    assert cli("check", str(tmp_path / "missing.py")) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.fixture(scope="module")
async def ptc_run(demo_session: DemoSession) -> RunRecord:
    return await demo_session.run(SCENARIOS["ptc"].prompt, SCENARIOS["ptc"])


def test_replay_accepts_the_history_the_demo_saved(
    ptc_run: RunRecord, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("replay", *DEMO_AGENTS, str(ptc_run.history_file)) == 0
    assert "replays cleanly" in capsys.readouterr().out


def test_replay_rejects_a_history_the_current_code_does_not_reproduce(
    ptc_run: RunRecord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The recorded model asked for a program searching three topics; make the history say it asked
    # for two. Replaying, the program then issues a different sequence of commands than recorded.
    history = json.loads(ptc_run.history_file.read_text())
    edited = 0
    for event in history["events"]:
        result = event.get("activityTaskCompletedEventAttributes", {}).get("result", {})
        for payload in result.get("payloads", []):
            data = base64.b64decode(payload["data"]).decode()
            if '"tool_name":"run_ptc"' in data:
                data = data.replace('\\"timers\\", ', "")
                payload["data"] = base64.b64encode(data.encode()).decode()
                edited += 1
    assert edited == 1
    mismatching = tmp_path / "edited.json"
    mismatching.write_text(json.dumps(history))
    assert cli("replay", *DEMO_AGENTS, str(mismatching)) == 1
    assert "does NOT replay on the current code" in capsys.readouterr().out


def test_replay_reports_a_file_that_is_no_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_history = tmp_path / "notes.json"
    not_history.write_text('{"hello": 1}')
    assert cli("replay", *DEMO_AGENTS, str(not_history)) == 2
    assert "is not a Temporal history" in capsys.readouterr().err


def test_worker_and_replay_explain_a_bad_agents_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli("worker", "--address", "127.0.0.1:1", "--task-queue", "q", "--agents", "no_such_module:AGENTS")
        == 2
    )
    assert "durable-ptc worker: cannot load --agents 'no_such_module:AGENTS'" in capsys.readouterr().err
    assert cli("worker", "--address", "127.0.0.1:1", "--task-queue", "q", "--agents", "json:dumps") == 2
    assert (
        "must be an agent, a list of agents, or a function returning them; calling it failed"
        in capsys.readouterr().err
    )
    assert cli("worker", "--address", "127.0.0.1:1", "--task-queue", "q", "--agents", "json:__name__") == 2
    assert "--agents 'json:__name__' must be an agent" in capsys.readouterr().err


def test_check_explains_a_bad_tools_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = tmp_path / "p.py"
    program.write_text("1\n")
    assert cli("check", str(program), "--tools", "json") == 2
    assert "--tools takes module:attribute" in capsys.readouterr().err
