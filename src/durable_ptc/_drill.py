"""`durable-ptc drill`: a controlled failover drill, the evidence that a fleet of workers loses nothing.

A single-worker crash scenario shows that one run survives one crash. Operators who run many workers
need more: that runs keep completing correctly while workers die at random under load, that work a
dead worker held moves to the others, that children spread over the fleet, and that a server
restart loses no run. The drill does that on purpose and measures it: it starts `--workers`
separate worker processes (`durable-ptc worker`, the production command) on an embedded dev server
with a database file (or `--address`), runs `--runs` seeded workloads (`_drill_workload`) at most
`--concurrency` at a time, SIGKILLs a worker every `--kill-every` seconds and starts a replacement,
optionally kills and restarts the server (same port, same database), and then checks every run
(`_drill_run`). Exit 0 only when every run completed correctly with no side effect applied twice.

This module holds the flags only, import-light like the other commands' (`durable-ptc --help` must
not load Pydantic AI or Temporal).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from ._commands import (
    CommandError,
    add_address_arguments,
    add_embedded_server_arguments,
    add_sticky_timeout_argument,
    fail,
)


def add_drill_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, default=3, help="worker processes at a time (default: 3)")
    parser.add_argument("--runs", type=int, default=40, help="runs to complete (default: 40)")
    parser.add_argument("--concurrency", type=int, default=10, help="runs in flight at a time (default: 10)")
    parser.add_argument(
        "--kill-every",
        type=float,
        default=3.0,
        metavar="SECONDS",
        help="SIGKILL a worker this often and start a replacement; 0: never (default: 3)",
    )
    parser.add_argument(
        "--restart-server",
        action="store_true",
        help="also kill the embedded server once a third of the runs completed, and restart it on the "
        "same port and database",
    )
    add_sticky_timeout_argument(parser)
    parser.add_argument("--seed", type=int, help="workload seed (default: random, printed)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=900.0,
        metavar="SECONDS",
        help="give up on runs not completed after this long (default: 900)",
    )
    add_address_arguments(parser, default=None)
    add_embedded_server_arguments(parser, ui_default=False)
    parser.add_argument(
        "--workdir",
        type=Path,
        metavar="DIR",
        help="journal, worker logs and server database (default: a temp dir, removed if the drill passes)",
    )


def run_drill(args: argparse.Namespace) -> int:
    problem = _argument_problem(args)
    if problem:
        return fail("drill", problem)
    try:
        from ._drill_run import Drill

        return asyncio.run(Drill(args).run())
    except CommandError as error:
        return fail("drill", str(error))


def _argument_problem(args: argparse.Namespace) -> str | None:
    if args.workers < 1 or args.runs < 1 or args.concurrency < 1:
        return "--workers, --runs and --concurrency must be at least 1"
    if args.kill_every < 0:
        return "--kill-every must be 0 (no kills) or a number of seconds"
    if args.kill_every and args.workers < 2:
        return "killing workers needs --workers 2 or more (one must carry on while another restarts)"
    if not args.sticky_timeout > 0:
        return "--sticky-timeout must be a positive number of seconds"
    if args.restart_server and args.address:
        return "--restart-server restarts the embedded server; it cannot restart the one at --address"
    return None
