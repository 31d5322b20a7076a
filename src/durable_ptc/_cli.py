"""The `durable-ptc` command line: one subcommand per job, each runnable on the embedded server.

Subcommands register themselves in `SUBCOMMANDS` (name → (help, add_arguments, run)); `run` returns
the process exit code. Later subcommands (`run`, `demo`, `worker`, `replay`, `check`) are added by
appending an entry, without touching the parser plumbing.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from durable_ptc._dev_server import DevServer
from durable_ptc._temporal_cli import TEMPORAL_CLI_VERSION, TemporalCliNotFound, ensure_temporal_cli

AddArguments = Callable[[argparse.ArgumentParser], None]
RunCommand = Callable[[argparse.Namespace], int]


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """Options shared by every subcommand that runs on the embedded dev server."""
    parser.add_argument(
        "--ui", action="store_true", help="also serve the Temporal Web UI (its URL is printed)"
    )
    parser.add_argument(
        "--db-file",
        type=Path,
        help="SQLite file that keeps the server's state across runs (default: in memory)",
    )


def dev_server_from_args(args: argparse.Namespace) -> DevServer:
    return DevServer(ui=args.ui, db_filename=args.db_file)


def _add_smoke_arguments(parser: argparse.ArgumentParser) -> None:
    add_server_arguments(parser)
    parser.add_argument("--name", default="durable-ptc", help="who the smoke workflow greets")


def _run_smoke(args: argparse.Namespace) -> int:
    from durable_ptc._smoke import run_smoke

    async def smoke() -> int:
        async with dev_server_from_args(args) as server:
            print(f"Temporal dev server at {server.target} (namespace {server.namespace!r})")
            if server.ui_url:
                print(f"Web UI: {server.ui_url}")
            workflow_id, result = await run_smoke(await server.connect(), args.name)
            print(f"workflow id: {workflow_id}")
            print(f"result: {json.dumps(dataclasses.asdict(result))}")
        return 0

    return asyncio.run(smoke())


def _add_cli_path_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def _run_cli_path(args: argparse.Namespace) -> int:
    del args
    print(ensure_temporal_cli())
    return 0


def _add_run_arguments(parser: argparse.ArgumentParser) -> None:
    from durable_ptc._run_program import add_run_arguments

    add_server_arguments(parser)
    add_run_arguments(parser)


def _run_program(args: argparse.Namespace) -> int:
    from temporalio.client import Client

    from durable_ptc._run_program import ToolsSpecError, run_command

    async def run() -> int:
        if args.address:
            return await run_command(args, await Client.connect(args.address, namespace=args.namespace))
        async with DevServer(ui=args.ui, db_filename=args.db_file, progress=None) as server:
            return await run_command(args, await server.connect())

    try:
        return asyncio.run(run())
    except ToolsSpecError as error:
        print(f"durable-ptc run: {error}", file=sys.stderr)
        return 2


def _demo_command(name: str) -> tuple[AddArguments, RunCommand]:
    """`demo`, `worker`, `replay`, `check`: defined in `durable_ptc.demo.cli` (import-light)."""
    from durable_ptc.demo import cli

    return getattr(cli, f"add_{name}_arguments"), getattr(cli, f"run_{name}")


SUBCOMMANDS: dict[str, tuple[str, AddArguments, RunCommand]] = {
    "demo": (
        "start a durable agent you can talk to: embedded Temporal server + Web UI, a worker, a REPL; "
        "each prompt's workflow graph is printed",
        *_demo_command("demo"),
    ),
    "worker": (
        "run a worker for durable agents against a Temporal server (run several on one task queue to scale out)",
        *_demo_command("worker"),
    ),
    "replay": (
        "check a recorded workflow history (JSON) against the current code: does it replay deterministically?",
        *_demo_command("replay"),
    ),
    "check": (
        "statically check run_ptc programs: every problem with its line, column and a hint",
        *_demo_command("check"),
    ),
    "run": (
        "run PROGRAM.py as `run_ptc` in a real workflow (tools as activities, on the embedded server by default)",
        _add_run_arguments,
        _run_program,
    ),
    "smoke": (
        "run a smoke workflow (activity, timer, child workflow) on an embedded Temporal dev server",
        _add_smoke_arguments,
        _run_smoke,
    ),
    "temporal-cli": (
        f"print the path of the Temporal CLI, downloading or building v{TEMPORAL_CLI_VERSION} if needed",
        _add_cli_path_arguments,
        _run_cli_path,
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="durable-ptc",
        description="Durable programmatic tool calling: model-written programs run as Temporal workflows.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (help_text, add_arguments, run) in SUBCOMMANDS.items():
        subparser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_arguments(subparser)
        subparser.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        code = args.run(args)
    except TemporalCliNotFound as error:
        print(f"durable-ptc: {error}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        code = 130
    raise SystemExit(code)
