"""The `durable-ptc` command line: one subcommand per job.

The production commands (`worker`, `run`, `check`, `replay`, `show`) live in `_commands`, the
reviewer's (`approvals`, `approve`, `deny`) in `_approval_commands`, the demo in `demo.cli`; this module only assembles the parser. Each entry of `SUBCOMMANDS` is (help,
add_arguments, run); `run` returns the process exit code (0 done, 1 the thing checked or run is bad,
2 the command could not do its job).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from durable_ptc import _approval_commands, _commands, _drill
from durable_ptc._temporal_cli import TEMPORAL_CLI_VERSION, TemporalCliNotFound, ensure_temporal_cli

AddArguments = Callable[[argparse.ArgumentParser], None]
RunCommand = Callable[[argparse.Namespace], int]


def _add_cli_path_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def _run_cli_path(args: argparse.Namespace) -> int:
    del args
    print(ensure_temporal_cli())
    return 0


def _add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    from durable_ptc.demo.cli import add_demo_arguments

    add_demo_arguments(parser)


def _run_demo(args: argparse.Namespace) -> int:
    from durable_ptc.demo.cli import run_demo

    return run_demo(args)


SUBCOMMANDS: dict[str, tuple[str, AddArguments, RunCommand]] = {
    "demo": (
        "start a durable agent you can talk to: embedded Temporal server + Web UI, a worker, a REPL; "
        "each prompt's workflow graph is printed",
        _add_demo_arguments,
        _run_demo,
    ),
    "worker": (
        "run a worker for your agents against a Temporal server (run several on one task queue to scale out)",
        _commands.add_worker_arguments,
        _commands.run_worker,
    ),
    "run": (
        "run PROGRAM.py as `run_ptc` in a real workflow (tools as activities, on an embedded server by default)",
        _commands.add_run_arguments,
        _commands.run_run,
    ),
    "check": (
        "statically check run_ptc programs: every problem as FILE:LINE:COL: Kind: message, with a hint",
        _commands.add_check_arguments,
        _commands.run_check,
    ),
    "replay": (
        "check a recorded workflow history (JSON) against the current code: does it replay deterministically?",
        _commands.add_replay_arguments,
        _commands.run_replay,
    ),
    "show": (
        "print the tree of any run (model turns, programs, tool calls, children, timers) from its history",
        _commands.add_show_arguments,
        _commands.run_show,
    ),
    "approvals": (
        "list a run's calls waiting for approval (call id, tool, arguments, program line, since when)",
        _approval_commands.add_approvals_arguments,
        _approval_commands.run_approvals,
    ),
    "approve": (
        "approve a waiting call (optionally with edited --args); it runs once, as approved",
        _approval_commands.add_approve_arguments,
        _approval_commands.run_approve,
    ),
    "deny": (
        "deny a waiting call with a --reason: the program's exception (the model's result) says it",
        _approval_commands.add_deny_arguments,
        _approval_commands.run_deny,
    ),
    "drill": (
        "a failover drill: run seeded workloads on N worker processes while killing workers (and the "
        "server), then check every run completed correctly with no side effect applied twice",
        _drill.add_drill_arguments,
        _drill.run_drill,
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


def run_cli(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except TemporalCliNotFound as error:
        print(f"durable-ptc: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def main(argv: Sequence[str] | None = None) -> None:
    """The console entry point. Called with `argv` (tests), it raises `SystemExit`. As the process's
    own entry point it ends the process with `os._exit` once its output is flushed: the Temporal
    SDK's Rust threads can still be releasing the GIL while the interpreter finalizes, which aborted
    `demo --address 127.0.0.1:1` with `Fatal Python error: PyGILState_Release` in 3 of 6 tries."""
    if argv is not None:
        raise SystemExit(run_cli(argv))
    try:
        code = run_cli(sys.argv[1:])
    except SystemExit as exit_:  # argparse's usage errors and --help
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
