"""Runs an attack program in a fresh, memory-capped process, then a second program and checks of the
host's own state in that same process, and reports what happened.

A cross-run escape only shows *after* the attack returned: in what the next run sees, in how the
host's own modules behave (`re.compile(..., re.I)`), or in program code that runs later (a
generator's `finally` at garbage collection, a planted `__str__` inside the host's `str(PtcError)`).
So the child process runs the attack, renders its error twice, collects garbage, runs the follow-up
program and checks the host, all under an address-space and CPU cap; a crash or a hang kills only
the child, and shows as its exit status.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from typing import Any

ADDRESS_SPACE_CAP = 1 << 30
CPU_CAP_S = 20
WALL_CAP_S = 120

_CHILD = r"""
import asyncio, dataclasses, gc, json, re, resource, sys, time, traceback
from dataclasses import dataclass, field

cap, cpu_cap = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
resource.setrlimit(resource.RLIMIT_CPU, (cpu_cap, cpu_cap))
payload = json.loads(sys.stdin.read())

import ptc_interpreter
from ptc_interpreter.host import LocalHost


@dataclass
class Observed(LocalHost):
    printed: list = field(default_factory=list)

    def on_stdout(self, text):
        self.printed.append(text)


def host_state():
    return {
        "re_flags_work": re.compile("abc", re.I | re.M).match("ABC") is not None,
        "re_I": [re.I.value, re.I.name, sorted(vars(re.I))],
        "missing_state": sorted(vars(dataclasses.MISSING)),
        "missing_repr": repr(dataclasses.MISSING).split(" at ")[0],
    }


def run(code, host):
    report = {}
    start = time.process_time()
    try:
        result = asyncio.run(ptc_interpreter.run(code, host=host))
        report["outcome"] = "ok"
        report["value"] = repr(result.value)
        report["stdout"] = result.stdout
    except ptc_interpreter.PtcError as error:
        report["outcome"] = type(error).__name__
        report["text"] = str(error)
        report["text_again"] = str(error)
        report["repr"] = repr(error)
        report["chained"] = [repr(error.__context__), repr(error.__cause__)]
        report["traceback"] = "".join(traceback.format_exception(error))
        report["stdout"] = error.stdout
    report["cpu_s"] = time.process_time() - start
    return report


before = host_state()
host = Observed({})
report = run(payload["code"], host)
printed_by_run = len(host.printed)
gc.collect()
report["printed_after_return"] = host.printed[printed_by_run:]
report["after"] = run(payload["after"], Observed({}))
gc.collect()
report["host_before"] = before
report["host_after"] = host_state()
print(json.dumps(report))
"""


@dataclass(frozen=True)
class Isolated:
    """What `run_isolated` saw: the child's report (None if it died), its exit status and stderr."""

    report: dict[str, Any] | None
    returncode: int
    stderr: str


def run_isolated(code: str, after: str = "print('next run')") -> Isolated:
    """Run `code`, then `after`, in one fresh capped process (see the module docstring)."""
    payload = json.dumps({"code": textwrap.dedent(code), "after": textwrap.dedent(after)})
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ADDRESS_SPACE_CAP), str(CPU_CAP_S)],
        input=payload,
        capture_output=True,
        text=True,
        timeout=WALL_CAP_S,
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if completed.returncode == 0 and lines else None
    return Isolated(report, completed.returncode, completed.stderr)
