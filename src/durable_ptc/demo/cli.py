"""The `demo` subcommand (registered in `durable_ptc._cli`); the production commands are in
`durable_ptc._commands`, whose flags and exit codes the demo shares: 0 success, 1 a scenario that
ended otherwise than it should, 2 the demo could not do its job (bad arguments, missing key,
unreachable server).

Argument definitions stay import-light (`durable-ptc --help` must not load Pydantic AI or
Temporal); `run_demo` imports what it needs.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from durable_ptc._commands import (
    add_address_arguments,
    add_embedded_server_arguments,
    connection_failure,
    fail,
)

PERSISTENT_TASK_QUEUE = "durable-ptc-demo"


def status(message: str) -> None:
    clear = "\r\033[K" if sys.stderr.isatty() else ""  # over a live `running…` line
    print(f"{clear}[durable-ptc] {message}", file=sys.stderr, flush=True)


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
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes on the task queue (default: 1); with more, the graph names the worker of each step",
    )
    parser.add_argument(
        "--approve",
        choices=("ask", "yes", "no"),
        help="how calls waiting for a person's approval are decided: ask y/n on the terminal, or answer yes "
        "or no to every one (default: $DURABLE_PTC_DEMO_APPROVE, else ask)",
    )
    add_address_arguments(parser, default=None)
    add_embedded_server_arguments(parser, ui_default=True)
    parser.add_argument(
        "--workdir",
        type=Path,
        metavar="DIR",
        help="where the sandbox, histories and worker logs go (default: a new temp dir)",
    )


def run_demo(args: argparse.Namespace) -> int:
    from .agents import ModelChoiceError, check_live_model
    from .scenarios import SCENARIOS, find_scenario

    if args.scenario and args.scenario != "all":
        scenario = find_scenario(args.scenario)
        if scenario is None:
            return fail("demo", f"no scenario {args.scenario!r}; choose one of: {', '.join(SCENARIOS)}, all")
        args.scenario = scenario.name
    if args.workers < 1:
        return fail("demo", "--workers must be at least 1")
    if args.scenario and args.prompt:
        return fail("demo", "give either a prompt or --scenario, not both")
    if args.model:
        try:
            args.model = check_live_model(args.model)
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
            return fail("demo", connection_failure(args.address, error))
        return await _with_client(args, ensure_plugins(client), args.address, None, workdir)
    started = time.monotonic()
    status("starting the Temporal dev server" + (f" (state in {args.db})" if args.db else ""))
    server = DevServer(ui=args.ui, db_filename=args.db, namespace=args.namespace)
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
        if server.ui_url:
            kept = (
                f"the runs stay in {args.db}: start again with --db {args.db} to see them"
                if args.db
                else ("run with --db FILE to keep the runs and see them again later")
            )
            status(f"the dev server has stopped, and the Web UI links printed above with it; {kept}")


async def _with_client(
    args: argparse.Namespace, client: Any, address: str, ui_url: str | None, workdir: Path
) -> int:
    import os

    from .repl import Repl
    from .scenarios import SCENARIOS
    from .session import APPROVE_ENV, DemoError, DemoSession

    approvals = args.approve or os.environ.get(APPROVE_ENV) or "ask"
    if approvals not in ("ask", "yes", "no"):
        return fail("demo", f"${APPROVE_ENV} must be ask, yes or no, not {approvals!r}")

    session = DemoSession(
        client,
        address,
        workdir,
        namespace=args.namespace,
        model=args.model,
        status=status,
        ticker=sys.stderr.isatty(),
        ui_url=ui_url,
        workers=args.workers,
        approvals=approvals,
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
        return fail("demo", str(error), code=1)
