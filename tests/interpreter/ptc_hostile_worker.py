"""Calls every entry a program can reach with hostile arguments, in a disposable, capped process.

`test_every_entry_hostile_arguments` lists the entries (`reachable_entries`) and hands batches of
them to `run_batch`, which runs in a worker process with an address-space cap. One program per
batch builds the hostile values once and then calls each entry with each of them; a call that ends
the run (a limit, an uncatchable error) is reported and the batch resumes with a new run from the
next call. A tool call `mark(i)` before each call tells the worker where a run ended. Each run gets
its own CPU-time cap (RLIMIT_CPU raised per run): a call that computes uncharged for longer kills the
worker, and the parent reports the call it was at.

The enumeration reads the allowlist tables themselves (`runtime.attr.BUILTIN_TABLES`,
`STATIC_TABLES`, `modules.TYPE_TABLES`, the module shims' members and the builtin namespace), so a
new entry is called without anyone adding it here; only a new *type* needs a sample receiver in
`RECEIVERS`, and the test fails until it has one.
"""

from __future__ import annotations

import asyncio
import os
import resource
import signal
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import ptc_interpreter
from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits

RECEIVERS: Mapping[str, str] = {
    "str": "'abc'",
    "bytes": "b'abc'",
    "int": "7",
    "bool": "True",
    "float": "2.5",
    "list": "[3, 1, 2]",
    "tuple": "(3, 1, 2)",
    "dict": "{'a': 1, 'b': 2}",
    "dict_keys": "{'a': 1}.keys()",
    "dict_values": "{'a': 1}.values()",
    "dict_items": "{'a': 1}.items()",
    "odict_keys": "collections.OrderedDict(a=1).keys()",
    "odict_values": "collections.OrderedDict(a=1).values()",
    "odict_items": "collections.OrderedDict(a=1).items()",
    "set": "{1, 2, 3}",
    "frozenset": "frozenset({1, 2, 3})",
    "range": "range(10)",
    "NoneType": "None",
    "BaseException": "ValueError('v')",
    "StopIteration": "StopIteration(1)",
    "OSError": "OSError(2, 'missing')",
    "BaseExceptionGroup": "ExceptionGroup('g', [ValueError('v')])",
    "type": "int",
    "NativeFunction": "print",
    "BoundNativeMethod": "'abc'.upper",
    "builtin_function_or_method": "len",
    "Counter": "collections.Counter('abca')",
    "OrderedDict": "collections.OrderedDict(a=1, b=2)",
    "defaultdict": "collections.defaultdict(list, a=[1])",
    "deque": "collections.deque([1, 2, 3])",
    "date": "datetime.date(2024, 1, 2)",
    "datetime": "datetime.datetime(2024, 1, 2, 3, 4, 5)",
    "time": "datetime.time(3, 4, 5)",
    "timedelta": "datetime.timedelta(days=1)",
    "timezone": "datetime.timezone.utc",
    "IsoCalendarDate": "datetime.date(2024, 1, 2).isocalendar()",
    "JSONDecodeError": "json_error()",
    "error": "re_error()",
    "Pattern": "re.compile('a(b)?')",
    "Match": "re.match('a(b)?', 'ab')",
    "LinearRegression": "statistics.linear_regression([1, 2, 3], [2, 4, 7])",
    "struct_time": "time.gmtime(0)",
}
"""A program expression for a sample value of each type that has an allowlist table, by type name."""

PRELUDE = """
import asyncio, bisect, collections, copy, dataclasses, datetime, functools, heapq, itertools, json
import math, operator, random, re, statistics, string, time, typing

def json_error():
    try:
        json.loads("{")
    except json.JSONDecodeError as e:
        return e

def re_error():
    try:
        re.compile("(")
    except re.error as e:
        return e

class Hostile:
    def __eq__(self, other):
        return True
    def __lt__(self, other):
        return True
    def __gt__(self, other):
        return True
    def __hash__(self):
        return 0
    def __len__(self):
        return 10 ** 18
    def __iter__(self):
        return self
    def __next__(self):
        return self
    def __getitem__(self, key):
        return self
    def __contains__(self, item):
        return True
    def __int__(self):
        return 2 ** 4000
    def __float__(self):
        return 1e308
    def __format__(self, spec):
        return "f" * 1000
    def __repr__(self):
        return "r" * 1000
    def __call__(self, *args):
        return self

deep = []
for _ in range(10_000):
    deep = [deep]
dag = [1]
for _ in range(12):
    dag = [dag] * 10
self_list = []
self_list.append(self_list)
self_dict = {}
self_dict["self"] = self_dict
big_text = "x" * 999_999
big_bytes = b"x" * 999_999
big_list = [0] * 100_000
VALUES = [
    None, -10 ** 18, 2 ** 4000, float("nan"), "%s{0}" * 100, deep, dag, self_list, self_dict,
    big_text, big_bytes, big_list, Hostile(),
]
"""
"""Builds the hostile values once per run: deep (10^4 levels), DAG-shaped (10^12 leaves), self-
referencing, huge (10^6-character texts, 10^5-element lists), extreme numbers, wrong types, and a
program object whose dunders lie. (Long texts sharing a prefix have their own tests in
limits/test_uncharged_native_work.py.)"""

VALUE_COUNT = 13
ARITIES = (1, 2)

LOOP = """
START = {start}
for i in range(START, len(CALLS)):
    entry, value, arity = CALLS[i]
    await mark(i)
    try:
        f = FACTORIES[entry]()
        v = VALUES[value]
        if arity == 0:
            r = f()
        elif arity == 1:
            r = f(v)
        else:
            r = f(v, v)
        next(iter(r))
    except Exception as e:
        m = str(e)[:300]
        if "ptc_interpreter" in m or " at 0x" in m or "NativeFunction" in m or "ShimModule" in m:
            await leak(i, m)
"""

FORBIDDEN_IN_REPORTS = ("ptc_interpreter", " at 0x", "NativeFunction", "ShimModule", "_MISSING_TYPE")

RUN_STEPS = 60_000
"""A fifth of the default budget: the prelude takes two thirds of it, and a call that exhausts the
rest ends its run, which then starts over (prelude included) from the next call. Every step costs
microseconds, so a smaller budget keeps the restarts cheap; work a call does without charging is
what the CPU cap below catches, whatever the budget."""

RUN_CPU_CAP_S = 10
"""CPU seconds one run may take (the held-back attacks' bar): beyond it the call at hand is reported."""


@dataclass(frozen=True)
class Entry:
    label: str
    factory: str
    """A program expression evaluating to the callable (evaluated anew for every call, so a call
    that mutates its receiver does not disturb the next)."""


def calls_of(entry_count: int) -> list[tuple[int, int, int]]:
    calls: list[tuple[int, int, int]] = []
    for entry in range(entry_count):
        calls.extend((entry, value, arity) for value in range(VALUE_COUNT) for arity in ARITIES)
    return calls


def program(entries: list[Entry], start: int) -> str:
    factories = ",\n    ".join(f"lambda: {entry.factory}" for entry in entries)
    return (
        PRELUDE
        + f"FACTORIES = [\n    {factories},\n]\n"
        + f"CALLS = {calls_of(len(entries))!r}\n"
        + LOOP.format(start=start)
    )


class _InstantSleepHost(LocalHost):
    """Sleeps finish at once: the point is what a call costs, not how long it waits."""

    async def _no_wait(self) -> None:
        return None

    def sleep(self, seconds: float) -> Any:
        return self._no_wait()


def _describe(calls: list[tuple[int, int, int]], entries: list[Entry], index: int) -> str:
    if not 0 <= index < len(calls):
        return f"{entries[0].label} … {entries[-1].label} (before the first call)"
    entry, value, arity = calls[index]
    arguments = "" if arity == 0 else ", ".join([f"VALUES[{value}]"] * arity)
    return f"{entries[entry].label}({arguments})"


class _Tagged:
    """Messages carry the worker's pid: the parent reads one queue for all its workers."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue
        self.pid = os.getpid()

    def put(self, message: tuple[str, Any]) -> None:
        self.queue.put((message[0], self.pid, message[1]))


def run_batch(entries: list[Entry], start: int, address_space_cap: int, progress: Any) -> None:
    """Run the calls of `entries` from call `start` on; report to `progress` (a queue):
    ("at", i) before call i, ("problem", text) for each problem, ("done", None) at the end."""
    resource.setrlimit(resource.RLIMIT_AS, (address_space_cap, address_space_cap))
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)
    progress = _Tagged(progress)
    calls = calls_of(len(entries))
    position = start
    marked: list[int] = []

    async def mark(i: int) -> None:
        marked.append(i)
        progress.put(("at", i))

    async def leak(i: int, message: str) -> None:
        progress.put(("problem", f"{_describe(calls, entries, i)}: host detail in an error: {message!r}"))

    while position < len(calls):
        marked.clear()

        progress.put(("run", position))
        used = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        resource.setrlimit(resource.RLIMIT_CPU, (int(used) + RUN_CPU_CAP_S, hard))
        tools = {"mark": mark, "leak": leak}
        host = _InstantSleepHost(tools)
        limits = Limits(max_steps=RUN_STEPS, max_tool_calls=1_000_000, max_concurrent_calls=1_000)
        try:
            asyncio.run(
                ptc_interpreter.run(program(entries, position), tools=tools, host=host, limits=limits)
            )
            position = len(calls)
            continue
        except ptc_interpreter.PtcInternalError as error:
            problem: str | None = f"internal error: {str(error)[:300]}"
            ended = problem
        except ptc_interpreter.PtcError as error:
            text = str(error)
            problem = None
            ended = f"{type(error).__name__}: {text[:300]}"
            leaked = [word for word in FORBIDDEN_IN_REPORTS if word in text]
            if leaked:
                problem = f"host detail {leaked} in the report: {text[:300]!r}"
        except BaseException as error:  # a raw exception out of run() is the finding
            problem = f"raw {type(error).__name__}: {str(error)[:300]}"
            ended = problem
        progress.put(("ended", ended))
        if not marked:
            progress.put(("problem", f"the run ended before its first call: {ended}"))
            break
        if problem is not None:
            progress.put(("problem", f"{_describe(calls, entries, marked[-1])}: {problem}"))
        position = marked[-1] + 1
    progress.put(("done", None))


def describe_call(entries: list[Entry], index: int) -> str:
    return _describe(calls_of(len(entries)), entries, index)


def call_count(entries: list[Entry]) -> int:
    return len(calls_of(len(entries)))


def chunks(items: list[Entry], size: int) -> Iterator[list[Entry]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
