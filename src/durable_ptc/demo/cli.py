"""The `demo`, `worker`, `replay` and `check` subcommands (registered in `durable_ptc._cli`).

Argument definitions stay import-light (`durable-ptc --help` must not load Pydantic AI or
Temporal); each `run_*` imports what it needs. Exit codes: 0 success, 1 the thing checked is bad
(a program with problems, a history that does not replay, a scenario that ended otherwise than it
should), 2 the command could not do its job (bad arguments, missing key, unreachable server).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_AGENTS = "durable_ptc.demo.agents:agents_from_environment"
PERSISTENT_TASK_QUEUE = "durable-ptc-demo"


def status(message: str) -> None:
    clear = "\r\033[K" if sys.stderr.isatty() else ""  # over a live `running…` line
    print(f"{clear}[durable-ptc] {message}", file=sys.stderr, flush=True)


def fail(command: str, message: str, code: int = 2) -> int:
    print(f"durable-ptc {command}: {message}", file=sys.stderr, flush=True)
    return code


# -- demo -------------------------------------------------------------------------------------


def add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("prompt", nargs="?", help="run this one prompt and exit (default: start the REPL)")
    parser.add_argument("--scenario", metavar="NAME", help="run one scenario and exit ('all' runs every one)")
    parser.add_argument(
        "--model",
        metavar="PROVIDER:NAME",
        help="a live model, e.g. openai:gpt-5 or anthropic:claude-sonnet-4-5 (key from the environment or .env); "
        "default: the scripted model, no key needed",
    )
    parser.add_argument(
        "--address", metavar="HOST:PORT", help="use this Temporal server instead of an embedded one"
    )
    parser.add_argument("--namespace", default="default", help="Temporal namespace (default: default)")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FILE",
        help="SQLite file keeping the embedded server's state across restarts",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        metavar="DIR",
        help="where the sandbox, histories and worker logs go (default: a new temp dir)",
    )
    parser.add_argument("--no-ui", action="store_true", help="do not serve the Temporal Web UI")


def run_demo(args: argparse.Namespace) -> int:
    from .agents import ModelChoiceError, check_live_model
    from .scenarios import SCENARIOS

    if args.scenario and args.scenario != "all" and args.scenario not in SCENARIOS:
        return fail("demo", f"no scenario {args.scenario!r}; choose one of: {', '.join(SCENARIOS)}, all")
    if args.scenario and args.prompt:
        return fail("demo", "give either a prompt or --scenario, not both")
    if args.model:
        try:
            check_live_model(args.model)
        except ModelChoiceError as error:
            return fail("demo", str(error))
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="durable-ptc-demo-"))
    return asyncio.run(_demo(args, workdir))


async def _demo(args: argparse.Namespace, workdir: Path) -> int:
    from temporalio.client import Client

    from durable_ptc._dev_server import DevServer, DevServerError
    from durable_ptc._worker import ensure_plugins

    if args.address:
        try:
            client = await Client.connect(args.address, namespace=args.namespace)
        except Exception as error:
            return fail("demo", f"cannot reach a Temporal server at {args.address} ({error}); is it running?")
        return await _with_client(args, ensure_plugins(client), args.address, None, workdir)
    started = time.monotonic()
    status("starting the Temporal dev server" + (f" (state in {args.db})" if args.db else ""))
    server = DevServer(ui=not args.no_ui, db_filename=args.db, namespace=args.namespace)
    try:
        await server.start()
    except DevServerError as error:
        return fail("demo", f"the Temporal dev server did not start: {error}")
    try:
        status(f"dev server ready at {server.target} in {time.monotonic() - started:.1f}s")
        return await _with_client(
            args, ensure_plugins(await server.connect()), server.target, server.ui_url, workdir
        )
    finally:
        server.stop()


async def _with_client(
    args: argparse.Namespace, client: Any, address: str, ui_url: str | None, workdir: Path
) -> int:
    from .repl import Repl
    from .scenarios import SCENARIOS
    from .session import DemoError, DemoSession

    session = DemoSession(
        client,
        address,
        workdir,
        namespace=args.namespace,
        model=args.model,
        status=status,
        ticker=sys.stderr.isatty(),
        ui_url=ui_url,
    )
    if args.db:
        # A persistent server outlives the demo: a stable queue lets the next session's worker
        # finish runs this one left open.
        session.task_queue = PERSISTENT_TASK_QUEUE
    if ui_url:
        print(f"Temporal Web UI: {ui_url}/namespaces/{args.namespace}/workflows", flush=True)
    print(f"sandbox (the tools' files): {session.sandbox}", flush=True)
    try:
        async with session:
            if args.scenario:
                names = list(SCENARIOS) if args.scenario == "all" else [args.scenario]
                ok = True
                for name in names:
                    scenario = SCENARIOS[name]
                    print(f"\n== scenario {name}: {scenario.summary}\n> {scenario.prompt}", flush=True)
                    record = await session.run(scenario.prompt, scenario)
                    ok = ok and record.status == scenario.outcome
                return 0 if ok else 1
            if args.prompt:
                record = await session.run(args.prompt)
                return 0 if record.status == "completed" else 1
            return await Repl(session, ui_url=ui_url, namespace=args.namespace).loop()
    except DemoError as error:
        return fail("demo", str(error), 1)


# -- worker -----------------------------------------------------------------------------------


def add_worker_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--address", required=True, metavar="HOST:PORT", help="the Temporal server (frontend) address"
    )
    parser.add_argument("--namespace", default="default", help="Temporal namespace (default: default)")
    parser.add_argument(
        "--task-queue",
        required=True,
        help="the task queue to poll (run several workers on one queue to scale out)",
    )
    parser.add_argument(
        "--agents",
        action="append",
        metavar="MODULE:ATTR",
        help="an agent, a list of agents, or a function returning them; repeatable "
        f"(default: the demo agents, {DEFAULT_AGENTS})",
    )
    parser.add_argument(
        "--max-concurrent-activities", type=int, default=100, help="activities run at once (default: 100)"
    )


def load_agents(specs: list[str]) -> list[Any]:
    import importlib
    import os

    from pydantic_ai.agent.abstract import AbstractAgent

    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    agents: list[Any] = []
    for spec in specs:
        module_name, _, attribute = spec.partition(":")
        if not module_name or not attribute:
            raise ValueError(f"--agents takes module:attribute, got {spec!r}")
        try:
            target = getattr(importlib.import_module(module_name), attribute)
        except (ImportError, AttributeError) as error:
            raise ValueError(f"cannot load --agents {spec!r}: {error}") from error
        shape = "must be an agent, a list of agents, or a function returning them"
        if callable(target) and not isinstance(target, AbstractAgent):
            try:
                target = target()
            except TypeError as error:
                raise ValueError(f"--agents {spec!r} {shape}; calling it failed: {error}") from error
        found: list[Any] = [target] if isinstance(target, AbstractAgent) else list(target)  # pyright: ignore[reportArgumentType, reportUnknownArgumentType]
        if not found or not all(isinstance(agent, AbstractAgent) for agent in found):
            raise ValueError(f"--agents {spec!r} {shape}")
        agents.extend(found)
    return agents


def run_worker(args: argparse.Namespace) -> int:
    try:
        agents = load_agents(args.agents or [DEFAULT_AGENTS])
    except ValueError as error:
        return fail("worker", str(error))
    return asyncio.run(_worker(args, agents))


async def _worker(args: argparse.Namespace, agents: list[Any]) -> int:
    import signal
    from datetime import timedelta

    from durable_ptc._worker import connect, create_worker

    try:
        client = await connect(args.address, namespace=args.namespace)
    except Exception as error:
        return fail("worker", f"cannot reach a Temporal server at {args.address} ({error}); is it running?")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    worker = create_worker(
        client,
        agents,
        task_queue=args.task_queue,
        max_concurrent_activities=args.max_concurrent_activities,
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


# -- replay -----------------------------------------------------------------------------------


def add_replay_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "history",
        type=Path,
        metavar="HISTORY.json",
        help="a history exported as JSON (Web UI, `temporal workflow show -o json`, or the demo's histories/)",
    )
    parser.add_argument(
        "--agents",
        action="append",
        metavar="MODULE:ATTR",
        help=f"the agents the history ran (default: {DEFAULT_AGENTS})",
    )


def run_replay(args: argparse.Namespace) -> int:
    from temporalio.client import WorkflowHistory

    try:
        text = args.history.read_text()
    except OSError as error:
        return fail("replay", f"cannot read {args.history}: {error.strerror}")
    try:
        history = WorkflowHistory.from_json(args.history.stem, text)
    except Exception as error:
        return fail("replay", f"{args.history} is not a Temporal history in JSON ({error})")
    try:
        agents = load_agents(args.agents or [DEFAULT_AGENTS])
    except ValueError as error:
        return fail("replay", str(error))
    return asyncio.run(_replay(history, agents, args.history))


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


# -- check ------------------------------------------------------------------------------------


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("programs", type=Path, nargs="+", metavar="PROGRAM.py", help="program files to check")
    parser.add_argument(
        "--tools",
        metavar="MODULE:ATTR",
        help="the tools programs may call: a dict of async functions or a Pydantic AI toolset "
        "(default: the demo's tools and spawn)",
    )


def run_check(args: argparse.Namespace) -> int:
    import ptc_interpreter
    from ptc_interpreter.errors import format_report

    try:
        specs = _tool_specs(args.tools)
    except ValueError as error:
        return fail("check", str(error))
    total = 0
    for path in args.programs:
        try:
            code = path.read_text()
        except OSError as error:
            return fail("check", f"cannot read {path}: {error.strerror}")
        problems = ptc_interpreter.check(code, tool_specs=specs)
        lines = code.splitlines()
        for problem in problems:
            span = problem.span
            source_line = lines[span.line - 1] if span and 1 <= span.line <= len(lines) else None
            report = format_report(problem.kind, problem.message, span, source_line, problem.hint, ())
            where = f"{path}:{span.line}:{span.col + 1}" if span else str(path)
            print(f"{where}: {report.split(': ', 1)[1] if span else report}")
        total += len(problems)
        if not problems:
            print(f"{path}: ok")
    if total:
        print(f"{total} problem{'s' if total != 1 else ''} found")
    return 1 if total else 0


def _tool_specs(spec: str | None) -> list[Any]:
    from pydantic_ai.toolsets import FunctionToolset

    from durable_ptc._run_program import ToolsSpecError, load_toolset
    from durable_ptc._stubs import tool_spec
    from durable_ptc._subagents import SPAWN_TOOL

    if spec is None:
        from .tools import demo_toolset

        toolset: Any = demo_toolset()
        extra = [SPAWN_TOOL]
    else:
        try:
            toolset = load_toolset(spec)
        except ToolsSpecError as error:
            raise ValueError(str(error)) from error
        extra = []
    if not isinstance(toolset, FunctionToolset):
        raise ValueError(f"--tools {spec!r}: `check` needs a dict of async functions or a FunctionToolset")
    specs = [tool_spec(tool.tool_def) for tool in toolset.tools.values()]
    if extra:
        from ptc_interpreter.host import ToolParameter, ToolSpec

        specs.append(ToolSpec(SPAWN_TOOL, (ToolParameter("agent_name", True), ToolParameter("task", True))))
    return specs
