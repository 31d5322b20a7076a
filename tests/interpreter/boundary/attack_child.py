"""Runs one attack program in this (disposable) process and writes how it ended as JSON.

Invoked by `attack_runner.py` as `python attack_child.py ATTACK_FILE OUT_JSON` with PYTHONHASHSEED
and TZ set by the runner. The process caps its own address space and CPU time and arms a wall-clock
alarm, so an attack the interpreter fails to stop kills only this process. After the attack it runs,
in the same process, the checks that show state shared between runs was changed: host regex flags,
`dataclasses.MISSING`, and a fixed reference program that must print the same as it did before the
attack. Output printed by program code after `run()` returned (in `str(error)`, finalizers,
suspended generators at garbage collection) is caught by an observing host.
"""

from __future__ import annotations

import asyncio
import decimal
import gc
import json
import os
import re
import resource
import signal
import sys
import time
from dataclasses import MISSING
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # ptc_fake_tools

ADDRESS_SPACE_CAP = 1 << 30
CPU_CAP_S = 10
WALL_CAP_S = 150
"""Generous: the machine is shared; the CPU cap is what decides (a bomb burns CPU, a hang does not)."""

REFERENCE_PROGRAM = """
import re, json, dataclasses, collections, functools, math, datetime
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
m = re.compile("abc", re.I | re.M).match("ABC")
c = collections.Counter("hello world")
d = {"a": [1, 2.5, None], "b": (True, "x")}
print(p, bool(m), sorted(c.items())[:3], json.dumps(d, sort_keys=True))
print(functools.reduce(lambda a, b: a * b, range(1, 10)), math.gcd(12, 18), repr(1e300 * 10))
print(datetime.date(2024, 2, 29) + datetime.timedelta(days=1), "%5.2f|%-4s|" % (3.14159, "ab"))
print(hash("abc") == hash("abc"), str(ValueError("v")), [x * x for x in range(5)])
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
(p, m is not None, 2 ** 70)
"""


HOST_BEFORE: dict[str, str] = {}


class ObservingHost:
    """A LocalHost that records printed text and notes output that arrives after `run()` ended."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.finished = False
        self.after_return: list[str] = []

    def call_tool(self, call: Any) -> Any:
        if self.finished:
            self.after_return.append(f"tool call after return: {call.tool}")
        return self.inner.call_tool(call)

    def sleep(self, seconds: float) -> Any:
        return self.inner.sleep(seconds)

    def now(self) -> Any:
        return self.inner.now()

    def random_seed(self) -> int:
        return 0

    def trace(self, event: Any) -> None:
        self.inner.trace(event)

    def on_stdout(self, text: str) -> None:
        if self.finished:
            self.after_return.append(text[:200])


def run_program(code: str) -> tuple[dict[str, Any], ObservingHost, Any]:
    import ptc_interpreter
    from ptc_fake_tools import FakeWorld

    tools = FakeWorld().tools()
    host = ObservingHost(ptc_interpreter.LocalHost(tools))
    report: dict[str, Any] = {}
    error_object: Any = None
    start = time.process_time()
    try:
        result = asyncio.run(ptc_interpreter.run(code, tools=tools, host=host))
        host.finished = True
        report["outcome"] = "ok"
        report["value"] = repr(result.value)[:3000]
        report["stdout"] = result.stdout[:3000]
        report["calls"] = [c.tool for c in result.calls][:50]
    except ptc_interpreter.PtcError as error:
        host.finished = True
        error_object = error
        report["outcome"] = type(error).__name__
        report["limit"] = getattr(error, "limit", None)
        report["stdout"] = (error.stdout or "")[:3000]
        t0 = time.process_time()
        report["detail"] = str(error)[:3000]
        report["detail_again"] = str(error)[:3000]
        report["repr"] = repr(error)[:3000]
        report["str_cpu_s"] = time.process_time() - t0
        # What a host logger or error tracker does with a failed run: walk the exception chain and
        # render it. Program objects reachable from here could run program code after return.
        chained: list[str] = []
        link: BaseException | None = error
        for _ in range(10):
            link = link.__cause__ or link.__context__
            if link is None:
                break
            chained.append(f"{type(link).__module__}.{type(link).__qualname__}")
            try:
                repr(link)
                str(link)
            except BaseException as failure:
                chained.append(f"rendering raised {type(failure).__name__}")
        report["chained"] = chained
        import traceback

        traceback.format_exception(error)
    except BaseException as error:  # anything raw is the finding
        host.finished = True
        report["outcome"] = "raw " + type(error).__name__
        report["detail"] = repr(error)[:3000]
    report["cpu_s"] = round(time.process_time() - start, 3)
    return report, host, error_object


_DECIMAL_SIGNALS = [
    "DecimalException",
    "Clamped",
    "InvalidOperation",
    "DivisionByZero",
    "Inexact",
    "Rounded",
    "Subnormal",
    "Overflow",
    "Underflow",
    "FloatOperation",
    "ConversionSyntax",
    "DivisionImpossible",
    "DivisionUndefined",
    "InvalidContext",
]
_HOST_DECIMAL_CONTEXT = (
    "Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,"
    " flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
)
"""The host thread's decimal context, untouched: a program's contexts are its own."""


def host_snapshot() -> dict[str, str]:
    """Host objects a program can name (exception classes the shims expose, regex flags, sentinels):
    their attribute dicts, as text, to compare after the attack."""
    import asyncio as _asyncio
    import binascii
    import csv
    import dataclasses
    import datetime
    import statistics
    import textwrap
    import uuid

    shot: dict[str, str] = {}
    exposed: list[Any] = [
        json.JSONDecodeError,
        re.error,
        statistics.StatisticsError,
        dataclasses.FrozenInstanceError,
        _asyncio.QueueEmpty,
        _asyncio.QueueFull,
        _asyncio.InvalidStateError,
        dataclasses.MISSING,
        *re.RegexFlag,
        datetime.UTC,
        binascii.Error,
        csv.Error,
        textwrap.TextWrapper,
        uuid.NAMESPACE_DNS,
        uuid.NAMESPACE_URL,
        uuid.NAMESPACE_OID,
        uuid.NAMESPACE_X500,
        *(getattr(decimal, name) for name in _DECIMAL_SIGNALS),
    ]
    for obj in exposed:
        attributes = getattr(obj, "__dict__", {})
        shot[repr(obj)] = repr(
            sorted((k, repr(v)) for k, v in dict(attributes).items() if k != "__weakref__")
        )
    return shot


def host_checks() -> list[str]:
    broken: list[str] = []
    after = host_snapshot()
    for key, value in HOST_BEFORE.items():
        if after.get(key) != value:
            broken.append(f"host object {key} changed: {value[:150]} -> {after.get(key, '')[:150]}")
    if re.compile("abc", re.I | re.M).match("ABC") is None:
        broken.append("host re.I|re.M no longer matches")
    if re.I.value != 2 or re.I.name != "IGNORECASE" or int(re.M) != 8:
        broken.append(f"host re flags changed: {re.I.value!r} {re.I.name!r}")
    if repr(MISSING) != "<dataclasses._MISSING_TYPE object at " + hex(id(MISSING)) + ">":
        broken.append(f"dataclasses.MISSING changed: {MISSING!r}")
    import dataclasses

    if dataclasses.MISSING is not MISSING:
        broken.append("dataclasses.MISSING rebound")
    if json.dumps({"a": [1, 2]}) != '{"a": [1, 2]}':
        broken.append("host json changed")
    for where, context in (("current", decimal.getcontext()), ("DefaultContext", decimal.DefaultContext)):
        if repr(context) != _HOST_DECIMAL_CONTEXT:
            broken.append(f"host decimal {where} context changed: {context!r}")
    with decimal.localcontext():  # the current context's settings, its flags left as they are
        if str(decimal.Decimal(1) / decimal.Decimal(7)) != "0.1428571428571428571428571429":
            broken.append("host decimal arithmetic changed")
    return broken


def main() -> None:
    attack_path, out_path = sys.argv[1], sys.argv[2]
    code = Path(attack_path).read_text()
    out: dict[str, Any] = {}

    def write() -> None:
        Path(out_path).write_text(json.dumps(out))

    global HOST_BEFORE
    HOST_BEFORE = host_snapshot()
    reference_before, _, _ = run_program(REFERENCE_PROGRAM)
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
    out["attack"] = {"outcome": "died"}
    write()  # if the process dies from here on, the runner sees "died"
    attack_start = time.process_time()

    def capped(signum: int, frame: Any) -> None:
        cause = "cpu cap" if signum == signal.SIGXCPU else "wall cap"
        out["attack"] = {"outcome": cause, "cpu_s": round(time.process_time() - attack_start, 3)}
        write()
        os._exit(3)

    signal.signal(signal.SIGXCPU, capped)
    signal.signal(signal.SIGALRM, capped)
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_CAP_S, CPU_CAP_S + 5))
    signal.alarm(WALL_CAP_S)
    report, host, error_object = run_program(code)
    out["attack"] = report
    write()
    del error_object
    gc.collect()
    gc.collect()
    out["after_return"] = list(host.after_return)
    out["host_broken"] = host_checks()
    reference_after, _, _ = run_program(REFERENCE_PROGRAM)
    out["reference_same"] = {k: v for k, v in reference_before.items() if k != "cpu_s"} == {
        k: v for k, v in reference_after.items() if k != "cpu_s"
    }
    if not out["reference_same"]:
        out["reference_after"] = reference_after
        out["reference_before"] = reference_before
    gc.collect()
    out["after_return"] = list(host.after_return)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["env"] = {"seed": os.environ.get("PYTHONHASHSEED"), "tz": os.environ.get("TZ")}
    write()
    os._exit(0)  # no interpreter teardown: a finalizer running now would be the attack's, not ours


if __name__ == "__main__":
    main()
