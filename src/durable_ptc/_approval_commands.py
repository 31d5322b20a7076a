"""The reviewer's commands: `approvals` lists a run's waiting calls, `approve` and `deny` decide one.

They follow the production commands' rules (`_commands`): `--address`/`--namespace`, one-line
errors, `--json` printing JSON whatever happens, exit 0 done, 1 the decision was refused (the call no
longer waits, or is not the call the digest names), 2 the command could not do its job.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

from ._commands import DEFAULT_ADDRESS, CommandError, add_address_arguments, connect, fail


def _add_common(parser: argparse.ArgumentParser, *, call: bool) -> None:
    parser.add_argument("workflow_id", metavar="WORKFLOW_ID", help="the run whose calls wait")
    if call:
        parser.add_argument(
            "call_id", metavar="CALL_ID", help="the waiting call (from `durable-ptc approvals`)"
        )
        parser.add_argument(
            "--digest",
            help="the digest `approvals` showed; the decision is refused if the call no longer matches it "
            "(default: the waiting call's current digest)",
        )
    add_address_arguments(parser, default=DEFAULT_ADDRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON value")


def add_approvals_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser, call=False)


def add_approve_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser, call=True)
    parser.add_argument(
        "--args", metavar="JSON", help="run the call with these arguments (a JSON object) instead"
    )


def add_deny_arguments(parser: argparse.ArgumentParser) -> None:
    _add_common(parser, call=True)
    parser.add_argument("--reason", required=True, help="why; the program's exception says it")


def run_approvals(args: argparse.Namespace) -> int:
    return _execute("approvals", args, _approvals(args))


def run_approve(args: argparse.Namespace) -> int:
    edited: Any = None
    if args.args is not None:
        try:
            edited = json.loads(args.args)
        except json.JSONDecodeError as error:
            return fail("approve", f"--args is not JSON: {error}", as_json=args.json)
        if not isinstance(edited, dict):
            return fail("approve", "--args must be a JSON object of argument names", as_json=args.json)
    return _execute("approve", args, _decide(args, approved=True, edited=edited))


def run_deny(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        return fail("deny", "--reason must say why", as_json=args.json)
    return _execute("deny", args, _decide(args, approved=False))


def _execute(command: str, args: argparse.Namespace, work: Coroutine[Any, Any, int]) -> int:
    from ._approvals import ApprovalRejected

    try:
        return asyncio.run(work)
    except ApprovalRejected as rejected:
        return fail(command, f"refused: {rejected}", code=1, as_json=args.json)
    except CommandError as error:
        return fail(command, str(error), as_json=args.json)


async def _approvals(args: argparse.Namespace) -> int:
    from ._approval_client import pending_approvals

    client = await connect(args.address, args.namespace)
    async with _server_refusals(args):
        listing = await pending_approvals(client, args.workflow_id)
    if args.json:
        print(json.dumps(listing))
    elif not listing:
        print(f"no calls of {args.workflow_id} wait for approval")
    for entry in [] if args.json else listing:
        rendered = ", ".join(f"{name}={value!r}" for name, value in entry["args"].items())
        where = f"  ({entry['where']})" if entry.get("where") else "  (the model's direct call)"
        print(f"{entry['call_id']}  {entry['tool']}({rendered})")
        print(f"    digest {entry['digest']}, waiting since {entry['waiting_since']}{where}")
    return 0


async def _decide(args: argparse.Namespace, *, approved: bool, edited: Any = None) -> int:
    from ._approval_client import approve, deny

    client = await connect(args.address, args.namespace)
    async with _server_refusals(args):
        if approved:
            await approve(client, args.workflow_id, args.call_id, args=edited, digest=args.digest)
        else:
            await deny(client, args.workflow_id, args.call_id, args.reason, digest=args.digest)
    decision = "approved" if approved else "denied"
    if args.json:
        print(json.dumps({"ok": True, "call_id": args.call_id, "decision": decision}))
    else:
        print(f"{args.call_id}: {decision}")
    return 0


@asynccontextmanager
async def _server_refusals(args: argparse.Namespace) -> AsyncIterator[None]:
    """An unknown run, a closed run's query, or a server refusal as one `CommandError` line."""
    from temporalio.client import WorkflowQueryFailedError, WorkflowQueryRejectedError
    from temporalio.service import RPCError, RPCStatusCode

    try:
        yield
    except RPCError as error:
        if error.status == RPCStatusCode.NOT_FOUND:
            raise CommandError(f"no workflow {args.workflow_id!r} in namespace {args.namespace!r}") from error
        raise CommandError(
            f"the server refused the request for {args.workflow_id!r}: {error.message}"
        ) from error
    except (WorkflowQueryRejectedError, WorkflowQueryFailedError) as error:
        raise CommandError(f"{args.workflow_id!r} cannot list approvals: {error}") from error
