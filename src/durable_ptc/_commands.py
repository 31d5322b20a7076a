"""The production commands — `worker`, `run`, `check`, `replay`, `show` — apart from the demo.

They run the operator's own agents and tools, so none of them falls back on the demo's: each asks
for what it needs (`--agents`, `--tools`) or states its default in `--help`. They share one flag
vocabulary (`--address HOST:PORT`, `--namespace`, and for the embedded server `--db FILE` and
`--ui/--no-ui`), one position format for problems in a program (`FILE:LINE:COL: Kind: message`,
columns counted from 1, as linters and compilers print them), `--json` that prints JSON whatever
happens, and one exit-code rule: 0 done, 1 the program, history or run is bad, 2 the command could
not do its job (bad arguments, an unreachable server). A failure of the command itself is one
line on stderr, never a traceback.

Argument definitions stay import-light (`durable-ptc --help` must not load Pydantic AI or
Temporal); each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

DEFAULT_ADDRESS = "localhost:7233"
"""Where `temporal server start-dev` (and most local clusters) listen."""


class CommandError(Exception):
    """The command cannot do its job; the message is the one line the operator reads (exit 2)."""


def fail(command: str, message: str, *, code: int = 2, as_json: bool = False) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": message}), flush=True)
    else:
        print(f"durable-ptc {command}: {message}", file=sys.stderr, flush=True)
    return code


# -- shared options -------------------------------------------------------------------------------


def add_address_arguments(
    parser: argparse.ArgumentParser, *, default: str | None, required: bool = False
) -> None:
    where = (
        f"(default: {default})"
        if default
        else "(required)"
        if required
        else "(default: an embedded dev server this command starts and stops)"
    )
    parser.add_argument(
        "--address",
        metavar="HOST:PORT",
        default=default,
        required=required,
        help=f"the Temporal server {where}",
    )
    parser.add_argument("--namespace", default="default", help="Temporal namespace (default: default)")


def add_embedded_server_arguments(parser: argparse.ArgumentParser, *, ui_default: bool) -> None:
    """Options of the dev server a command embeds when it is given no `--address`."""
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="SQLite file keeping the embedded server's state across restarts (default: in memory)",
    )
    parser.add_argument(
        "--ui",
        action=argparse.BooleanOptionalAction,
        default=ui_default,
        help=f"serve the Temporal Web UI of the embedded server (default: {'on' if ui_default else 'off'})",
    )


def connection_failure(address: str, error: BaseException) -> str:
    """One line for a server that cannot be reached, whatever layer reported it."""
    text = str(error)
    reason = next(
        (
            short
            for needle, short in (
                ("Connection refused", "connection refused"),
                ("dns error", "unknown host"),
                ("timed out", "timed out"),
                ("Namespace", "unknown namespace"),
            )
            if needle.lower() in text.lower()
        ),
        text.splitlines()[0][:160] if text else type(error).__name__,
    )
    return f"cannot reach a Temporal server at {address} ({reason}); is it running?"


async def _refusals_as_command_errors(work: Coroutine[Any, Any, int]) -> int:
    """The server refusing a request (an unknown namespace, a lost connection) ends the command
    with its one-line message, not a traceback."""
    from temporalio.service import RPCError

    try:
        return await work
    except RPCError as error:
        raise CommandError(f"the Temporal server refused the request: {error.message}") from error


async def connect(address: str, namespace: str) -> Any:
    """A client with durable-ptc's plugins, or `CommandError` with one line saying why not."""
    from durable_ptc._worker import connect as connect_client

    try:
        return await connect_client(address, namespace=namespace)
    except Exception as error:
        raise CommandError(connection_failure(address, error)) from error


# -- positions ---------------------------------------------------------------------------------------

_REPORT_POSITION = re.compile(r"^line (\d+), col (\d+): ")


def locate_report(path: Path | str, report: str) -> str:
    """An interpreter report (`line 2, col 4: NameError: ...`, columns from 0) as
    `FILE:2:5: NameError: ...`, the rest of the report (source line, caret, hint) unchanged."""
    first, _, rest = report.partition("\n")
    match = _REPORT_POSITION.match(first)
    if match is None:
        first = f"{path}: {first}"
    else:
        first = f"{path}:{match[1]}:{int(match[2]) + 1}: {first[match.end() :]}"
    return f"{first}\n{rest}" if rest else first


def report_fields(report: str) -> dict[str, Any]:
    """`kind`, `line`, `column` (from 1) and `message` of a report's first line, for `--json`."""
    first = report.partition("\n")[0]
    match = _REPORT_POSITION.match(first)
    body = first[match.end() :] if match else first
    kind, _, message = body.partition(": ")
    return {
        "kind": kind if message else "Error",
        "message": message or body,
        "line": int(match[1]) if match else None,
        "column": int(match[2]) + 1 if match else None,
        "report": report,
    }


# -- loading the operator's agents and tools -------------------------------------------------------


def load_agents(specs: Sequence[str]) -> list[Any]:
    """Agents from `module:attr` specs: an agent, a list of agents, or a function returning them."""
    import importlib
    import os

    from pydantic_ai.agent.abstract import AbstractAgent

    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    agents: list[Any] = []
    for spec in specs:
        module_name, _, attribute = spec.partition(":")
        if not module_name or not attribute:
            raise CommandError(f"--agents takes module:attribute, got {spec!r}")
        try:
            target = getattr(importlib.import_module(module_name), attribute)
        except Exception as error:  # the operator's module may fail to import in any way
            raise CommandError(f"cannot load --agents {spec!r}: {type(error).__name__}: {error}") from error
        shape = "must be an agent, a list of agents, or a function returning them"
        if callable(target) and not isinstance(target, AbstractAgent):
            try:
                target = target()
            except TypeError as error:
                raise CommandError(f"--agents {spec!r} {shape}; calling it failed: {error}") from error
        found: list[Any] = [target] if isinstance(target, AbstractAgent) else list(target)  # pyright: ignore[reportArgumentType, reportUnknownArgumentType]
        if not found or not all(isinstance(agent, AbstractAgent) for agent in found):
            raise CommandError(f"--agents {spec!r} {shape}")
        agents.extend(found)
    return agents


def add_agents_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--agents",
        action="append",
        required=True,
        metavar="MODULE:ATTR",
        help=f"{what}: an agent, a list of agents, or a function returning them; repeatable (required)",
    )


def add_tools_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tools",
        metavar="MODULE:ATTR",
        help="the tools programs may call: a dict of functions, a Pydantic AI toolset, an agent (its "
        "tools), or a function returning one (default: none, so a program can only compute)",
    )


def load_tools(spec: str | None) -> Any:
    from pydantic_ai.toolsets import FunctionToolset

    from durable_ptc._run_program import ToolsSpecError, load_toolset

    if spec is None:
        return FunctionToolset[Any](id="tools")
    try:
        return load_toolset(spec)
    except ToolsSpecError as error:
        raise CommandError(str(error)) from error


# -- worker -------------------------------------------------------------------------------------------


def add_worker_arguments(parser: argparse.ArgumentParser) -> None:
    add_address_arguments(parser, default=None, required=True)
    parser.add_argument(
        "--task-queue",
        required=True,
        help="the task queue to poll (run several workers on one queue to scale out)",
    )
    add_agents_argument(parser, "the agents this worker runs")
    parser.add_argument(
        "--max-concurrent-activities", type=int, default=100, help="activities run at once (default: 100)"
    )
    add_sticky_timeout_argument(parser)


STICKY_TIMEOUT_DEFAULT = 10.0
"""Temporal's default `sticky_queue_schedule_to_start_timeout`."""


def add_sticky_timeout_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sticky-timeout",
        type=float,
        default=STICKY_TIMEOUT_DEFAULT,
        metavar="SECONDS",
        help="how long a run's next workflow task waits for the worker that holds the run in its cache before "
        "any worker may take it: how long a killed worker's runs stall (Temporal's "
        f"sticky_queue_schedule_to_start_timeout; default: {STICKY_TIMEOUT_DEFAULT:g})",
    )


def run_worker(args: argparse.Namespace) -> int:
    if not args.sticky_timeout > 0:
        return fail("worker", "--sticky-timeout must be a positive number of seconds")
    try:
        agents = load_agents(args.agents)
        return asyncio.run(_refusals_as_command_errors(_worker(args, agents)))
    except CommandError as error:
        return fail("worker", str(error))


async def _worker(args: argparse.Namespace, agents: list[Any]) -> int:
    import signal
    from datetime import timedelta

    from durable_ptc._worker import create_worker

    client = await connect(args.address, args.namespace)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    worker = create_worker(
        client,
        agents,
        task_queue=args.task_queue,
        max_concurrent_activities=args.max_concurrent_activities,
        sticky_queue_schedule_to_start_timeout=timedelta(seconds=args.sticky_timeout),
        graceful_shutdown_timeout=timedelta(seconds=5),
    )
    async with worker:
        names = ", ".join(agent.name for agent in agents)
        print(
            f"worker ready: agents {names} · task queue {args.task_queue} · server {args.address}", flush=True
        )
        await stop.wait()
        print("worker stopping", flush=True)
    return 0


# -- run ----------------------------------------------------------------------------------------------


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("program", type=Path, metavar="PROGRAM.py", help="the program to run as run_ptc")
    add_tools_argument(parser)
    add_address_arguments(parser, default=None)
    add_embedded_server_arguments(parser, ui_default=False)
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object, also on failure: ok, value, stdout, stderr, workflow_id (or error)",
    )
    parser.add_argument("--graph", action="store_true", help="also print the run's tree (as `show` does)")
    parser.add_argument(
        "--workflow-id",
        metavar="ID",
        help="the run's workflow ID, known before it ends (e.g. to `durable-ptc approve` its calls; "
        "default: durable-ptc-run-<uuid>)",
    )
    parser.add_argument(
        "--deps",
        metavar="JSON",
        help="the run's deps as JSON, validated into the type the tools' RunContext[...] names",
    )


def run_run(args: argparse.Namespace) -> int:
    try:
        code = _read(args.program)
        toolset = load_tools(args.tools)
        deps = _parse_deps(args.deps)
        problems = _static_problems(args.program, code, toolset)
        if problems:
            if args.json:
                print(json.dumps({"ok": False, **problems[0], "problems": problems}))
            else:
                print("\n".join(locate_report(args.program, p["report"]) for p in problems))
            return 1
        return asyncio.run(_refusals_as_command_errors(_run(args, code, toolset, deps)))
    except CommandError as error:
        return fail("run", str(error), as_json=args.json)


def _parse_deps(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(f"--deps is not JSON: {error}") from error


def _static_problems(path: Path, code: str, toolset: Any) -> list[dict[str, Any]]:
    """The interpreter's static check, before any server is involved (the same as `check`)."""
    import ptc_interpreter
    from pydantic_ai.toolsets import FunctionToolset

    from durable_ptc._stubs import tool_spec

    if not isinstance(toolset, FunctionToolset):
        return []  # other toolsets list their tools only inside a run; the workflow checks them
    specs = [tool_spec(tool.tool_def) for tool in toolset.tools.values()]
    lines = code.splitlines()
    return [
        report_fields(_problem_report(problem, lines))
        for problem in ptc_interpreter.check(code, tool_specs=specs)
    ]


async def _run(args: argparse.Namespace, code: str, toolset: Any, deps: Any) -> int:
    import logging

    from durable_ptc._dev_server import DevServer, DevServerError
    from durable_ptc._run_program import run_program

    # A failing tool is the program's business (it sees the error); the worker's log of it is noise here.
    logging.getLogger("temporalio.activity").setLevel(logging.ERROR)
    if args.address:
        return await _run_on(
            args, await connect(args.address, args.namespace), code, toolset, deps, run_program
        )
    try:
        async with DevServer(
            ui=args.ui, db_filename=args.db, progress=None, namespace=args.namespace
        ) as server:
            return await _run_on(args, await server.connect(), code, toolset, deps, run_program)
    except DevServerError as error:
        raise CommandError(f"the embedded Temporal dev server did not start: {error}") from error


async def _run_on(
    args: argparse.Namespace, client: Any, code: str, toolset: Any, deps: Any, run_program: Any
) -> int:
    try:
        run = await run_program(client, code, toolset, deps, workflow_id=args.workflow_id)
    except ValueError as error:  # deps that the tools' deps type rejects
        raise CommandError(str(error)) from error
    if not run.ok:
        if args.json:
            print(json.dumps({"ok": False, "workflow_id": run.workflow_id, **report_fields(run.error)}))
        else:
            print(locate_report(args.program, run.error))
        return 1
    if args.json:
        print(
            json.dumps(
                {
                    "ok": True,
                    "value": run.value,
                    "stdout": run.stdout,
                    "stderr": run.stderr,
                    "workflow_id": run.workflow_id,
                }
            )
        )
    else:
        sys.stdout.write(run.stdout)
        sys.stderr.write(run.stderr)
        print(f"value: {json.dumps(run.value)}")
        print(f"workflow id: {run.workflow_id}")
    if args.graph and not args.json:
        from durable_ptc._graph import workflow_tree
        from durable_ptc._worker import ensure_plugins

        print(await workflow_tree(ensure_plugins(client), run.workflow_id))
    return 0


# -- check ----------------------------------------------------------------------------------------------


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("programs", type=Path, nargs="+", metavar="PROGRAM.py", help="program files to check")
    add_tools_argument(parser)
    parser.add_argument(
        "--spawn", action="store_true", help="programs may also call spawn(agent_name, task) (Subagents)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object: ok and the problems")


def run_check(args: argparse.Namespace) -> int:
    try:
        toolset = load_tools(args.tools)
        from pydantic_ai.toolsets import FunctionToolset

        if not isinstance(toolset, FunctionToolset):
            raise CommandError(
                f"--tools {args.tools!r}: `check` needs a dict of functions or a FunctionToolset"
            )
        if args.spawn:
            from durable_ptc._subagents import spawn_signature_tools

            toolset = spawn_signature_tools(toolset)
        found: dict[str, list[dict[str, Any]]] = {
            str(path): _static_problems(path, _read(path), toolset) for path in args.programs
        }
    except CommandError as error:
        return fail("check", str(error), as_json=args.json)
    total = sum(len(problems) for problems in found.values())
    if args.json:
        print(json.dumps({"ok": not total, "problems": found}))
        return 1 if total else 0
    for path, problems in found.items():
        for problem in problems:
            print(locate_report(path, problem["report"]))
        if not problems:
            print(f"{path}: ok")
    if total:
        print(f"{total} problem{'s' if total != 1 else ''} found")
    return 1 if total else 0


def _problem_report(problem: Any, lines: list[str]) -> str:
    from ptc_interpreter.errors import format_report

    span = problem.span
    source_line = lines[span.line - 1] if span and 1 <= span.line <= len(lines) else None
    return format_report(problem.kind, problem.message, span, source_line, problem.hint, ())


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror}") from error


# -- replay -------------------------------------------------------------------------------------------


def add_replay_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "history",
        type=Path,
        metavar="HISTORY.json",
        help="a history exported as JSON (Web UI, `temporal workflow show -o json`, or the demo's histories/)",
    )
    add_agents_argument(parser, "the agents the history ran")


def run_replay(args: argparse.Namespace) -> int:
    from temporalio.client import WorkflowHistory

    try:
        text = _read(args.history)
        try:
            history = WorkflowHistory.from_json(args.history.stem, text)
        except Exception as error:
            raise CommandError(f"{args.history} is not a Temporal history in JSON ({error})") from error
        agents = load_agents(args.agents)
        _check_agent_registered(history, agents)
    except CommandError as error:
        return fail("replay", str(error))
    return asyncio.run(_replay(history, agents, args.history))


def _check_agent_registered(history: Any, agents: list[Any]) -> None:
    """A history of an agent the replayer does not know fails deep inside Pydantic AI with a
    misleading nondeterminism error; name the missing agent instead."""
    from temporalio.api.enums.v1 import EventType

    from durable_ptc._graph import history_agent

    start = next(
        (e for e in history.events if e.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED), None
    )
    name = history_agent(start) if start is not None else None
    known = [agent.name for agent in agents]
    if name is not None and name not in known:
        raise CommandError(
            f"agent {name!r} is not registered (--agents gave: {', '.join(map(str, known))}); "
            "pass --agents MODULE:ATTR naming it"
        )


async def _replay(history: Any, agents: list[Any], path: Path) -> int:
    from durable_ptc._worker import create_replayer

    result = await create_replayer(agents).replay_workflow(history, raise_on_replay_failure=False)
    if result.replay_failure is not None:
        print(f"{path}: does NOT replay on the current code: {result.replay_failure}")
        return 1
    print(
        f"{path}: replays cleanly ({len(history.events)} events): the current code issues the same commands"
    )
    return 0


# -- show ---------------------------------------------------------------------------------------------


def add_show_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "workflow_id", metavar="WORKFLOW_ID", help="the run to show (its children are expanded)"
    )
    add_address_arguments(parser, default=DEFAULT_ADDRESS)
    parser.add_argument("--no-code", action="store_true", help="leave out the programs' source lines")


def run_show(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(_show(args))
    except CommandError as error:
        return fail("show", str(error))


async def _show(args: argparse.Namespace) -> int:
    from temporalio.service import RPCError, RPCStatusCode

    from durable_ptc._graph import workflow_tree

    client = await connect(args.address, args.namespace)
    try:
        print(await workflow_tree(client, args.workflow_id, show_code=not args.no_code))
    except RPCError as error:
        if error.status == RPCStatusCode.NOT_FOUND:
            raise CommandError(f"no workflow {args.workflow_id!r} in namespace {args.namespace!r}") from error
        raise CommandError(f"the server refused to show {args.workflow_id!r}: {error.message}") from error
    return 0
