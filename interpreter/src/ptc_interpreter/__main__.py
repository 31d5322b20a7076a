"""`python -m ptc_interpreter run FILE.py [--tools module:attr] [--json]` and
`python -m ptc_interpreter check FILE.py [--tools module:attr]`.

`--tools module:attr` names a mapping of tool name to async callable (or a callable returning one),
imported from the host environment; the program itself can never import anything.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import sys
from collections.abc import Mapping
from typing import Any

from .api import check, run
from .errors import PtcError, PtcSyntaxError, format_report
from .host import DEFAULT_STANDALONE_TIMEOUT
from .runtime.reprs import program_repr


def _load_tools(spec: str | None) -> Mapping[str, Any]:
    if not spec:
        return {}
    module_name, _, attribute = spec.partition(":")
    if not attribute:
        raise SystemExit(f"--tools expects module:attr, got {spec!r}")
    tools: Any = getattr(importlib.import_module(module_name), attribute)
    if callable(tools) and not isinstance(tools, Mapping):
        tools = tools()
    if not isinstance(tools, Mapping):
        raise SystemExit(f"{spec} is not a mapping of tool names to async callables")
    return tools  # pyright: ignore[reportUnknownVariableType]


def _jsonable(value: Any) -> Any:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return program_repr(value)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ptc_interpreter")
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "check"):
        command = commands.add_parser(name)
        command.add_argument("file")
        command.add_argument("--tools", help="module:attr naming a mapping of tool name -> async callable")
        if name == "run":
            command.add_argument("--json", action="store_true", help="print the result as JSON")
            command.add_argument(
                "--timeout",
                type=float,
                default=DEFAULT_STANDALONE_TIMEOUT,
                help="seconds of wall-clock time the run may take, sleeps included "
                f"(default {DEFAULT_STANDALONE_TIMEOUT:g}; 0: no limit)",
            )
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as handle:
        source = handle.read()
    tools = _load_tools(args.tools)
    if args.command == "check":
        problems = check(source, tools=tools)
        lines = source.splitlines()
        for problem in problems:
            line = (
                lines[problem.span.line - 1]
                if problem.span and 1 <= problem.span.line <= len(lines)
                else None
            )
            print(format_report(problem.kind, problem.message, problem.span, line, problem.hint, ()))
        if not problems:
            print("ok")
        return 1 if problems else 0
    try:
        result = asyncio.run(run(source, tools=tools, timeout=args.timeout or None))
    except PtcError as error:
        if args.json:
            print(json.dumps({"ok": False, "error": str(error), "kind": type(error).__name__}))
        else:
            print(str(error), file=sys.stderr)
        return 2 if isinstance(error, PtcSyntaxError) else 1
    if args.json:
        payload = {
            "ok": True,
            "value": _jsonable(result.value),
            "stdout": result.stdout,
            "calls": [
                {"tool": c.tool, "arguments": _jsonable(dict(c.arguments)), "line": c.span.line}
                for c in result.calls
            ],
            "steps_used": result.steps_used,
        }
        print(json.dumps(payload))
    else:
        sys.stdout.write(result.stdout)
        if result.value is not None:
            print(program_repr(result.value))
    return 0


if __name__ == "__main__":
    sys.exit(main())
