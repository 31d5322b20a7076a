"""`durable-ptc run PROGRAM.py --tools module:attr --address ... --json` against the session's server."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

from temporalio.client import Client

from durable_ptc import DevServer, ensure_plugins

HERE = Path(__file__).parent


async def durable_ptc_run(
    server: DevServer, program: str, tmp_path: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "program.py"
    path.write_text(program)
    command = [
        str(Path(sys.executable).with_name("durable-ptc")),
        "run",
        str(path),
        "--address",
        server.target,
        *options,
    ]
    return await asyncio.to_thread(
        subprocess.run, command, capture_output=True, text=True, cwd=HERE, timeout=120
    )


async def test_run_prints_value_stdout_and_workflow_id(
    temporal_server: DevServer, client: Client, tmp_path: Path
) -> None:
    program = (
        "import asyncio\n"
        "xs = await asyncio.gather(*[add(i, i) for i in range(4)])\n"
        "print('total', sum(xs))\n"
        "import sys\n"
        "sys.stderr.write('note\\n')\n"
        "{'xs': xs, 'loud': await shout(text='hi')}\n"
    )
    done = await durable_ptc_run(temporal_server, program, tmp_path, "--tools", "cli_tools:TOOLS", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["value"] == {"xs": [0, 2, 4, 6], "loud": "HI"}
    assert report["stdout"] == "total 12\n"
    assert report["stderr"] == "note\n"
    description = await ensure_plugins(client).get_workflow_handle(report["workflow_id"]).describe()
    assert description.workflow_type == "durable_ptc.AgentWorkflow"


async def test_program_error_prints_the_report_and_exits_1(
    temporal_server: DevServer, tmp_path: Path
) -> None:
    done = await durable_ptc_run(temporal_server, "x = 1\ny = x / 0\n", tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{tmp_path / 'program.py'}:2:5: ZeroDivisionError: division by zero")
    as_json = await durable_ptc_run(temporal_server, "x = 1\ny = x / 0\n", tmp_path, "--json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert (report["ok"], report["kind"], report["line"], report["column"]) == (
        False,
        "ZeroDivisionError",
        2,
        5,
    )
    assert report["message"] == "division by zero" and report["workflow_id"]


async def test_graph_lists_each_call_with_its_line(temporal_server: DevServer, tmp_path: Path) -> None:
    done = await durable_ptc_run(
        temporal_server,
        "await add(1, 2)\nawait shout(text='x')\ntry:\n    await refuse(reason='out of stock')\nexcept Exception:\n    pass\n",
        tmp_path,
        "--tools",
        "cli_tools:TOOLS",
        "--graph",
    )
    assert done.returncode == 0, done.stderr
    assert "L1 add(a=1, b=2)  (activity, " in done.stdout
    assert "L2 shout(text='x')  (activity, " in done.stdout
    assert "L4 refuse(reason='out of stock')  (activity, failed: out of stock, " in done.stdout


async def test_run_takes_an_agents_tools_and_deps_for_its_run_context_tools(
    temporal_server: DevServer, tmp_path: Path
) -> None:
    program = (
        "w = await weather(day='monday')\n"
        "p = await price_order(sku='pear', quantity=2)\n"
        "s = await ship(order={'sku': 'pear', 'quantity': 2}, address={'street': '2 Quai', 'city': 'Nice'})\n"
        "[w, p, s, await shout(text='x')]\n"
    )
    options = ("--tools", "deps_agents:shop", "--deps", '{"city": "Nice", "unit": "F"}', "--json")
    done = await durable_ptc_run(temporal_server, program, tmp_path, *options)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["value"] == ["monday in Nice: 21F", 1.5, "2 pear to 2 Quai, Nice", "X"]


async def test_run_refuses_deps_the_tools_deps_type_rejects(
    temporal_server: DevServer, tmp_path: Path
) -> None:
    options = ("--tools", "deps_agents:shop", "--deps", '{"town": "Nice"}', "--json")
    done = await durable_ptc_run(temporal_server, "1\n", tmp_path, *options)
    assert done.returncode == 2, done.stderr
    assert "are not a valid Deps: city: Field required" in json.loads(done.stdout)["error"]


async def test_run_takes_a_toolset_without_an_id(temporal_server: DevServer, tmp_path: Path) -> None:
    options = ("--tools", "cli_tools:unnamed_toolset", "--json")
    done = await durable_ptc_run(temporal_server, "await double(n=21)\n", tmp_path, *options)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["value"] == 42
