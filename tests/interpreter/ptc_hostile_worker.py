"""Calls every entry a program can reach with hostile arguments, in a disposable, capped process.

`test_every_entry_hostile_arguments` lists the entries (`reachable_entries`) and hands batches of
them to `run_batch`, which runs in a worker process with an address-space cap. The batch goes value
by value: one program builds a hostile value and calls each entry with it; a call that ends the run
(a limit, an uncatchable error) is reported and the batch resumes with a new run from the next call.
A tool call `mark(i)` before each call tells the worker where a run ended, and every message the
program catches goes to the host (`check_message`), which looks for host detail in it. Each run gets
its own CPU-time cap (RLIMIT_CPU raised per run): a call that computes uncharged for longer kills the
worker, and the parent reports the call it was at.

The enumeration reads the registry (the type tables, the interpreter objects' tables, the declared
builtins, module members and shim class members), so a new entry is called without anyone adding it
here; only a new *type* needs a sample receiver in `RECEIVERS`, and the test fails until it has one.
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
from ptc_interpreter.modules.members import MODULE_DECLARATIONS
from ptc_leaks import leaks

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
    "OrderedSet": "{1, 2, 3}",
    "FrozenOrderedSet": "frozenset({1, 2, 3})",
    "range": "range(10)",
    "NoneType": "None",
    "BaseException": "ValueError('v')",
    "StopIteration": "StopIteration(1)",
    "OSError": "OSError(2, 'missing')",
    "UnicodeEncodeError": "UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')",
    "UnicodeDecodeError": "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
    "SystemExit": "SystemExit(3)",
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
    "slice": "slice(1, 9, 2)",
    "UUID": "uuid.UUID(int=5)",
    "Hash": "hashlib.sha256()",
    "StringIO": "io.StringIO('a,b')",
    "OutputStream": "sys.stderr",
    "Writer": "csv.writer(io.StringIO())",
    "DictWriter": "csv.DictWriter(io.StringIO(), ['a'])",
    "DictReader": "csv.DictReader(io.StringIO('a\\n1'))",
    "_Event": "asyncio.Event()",
    "Field": "dataclasses.field()",
    "GatherFuture": "asyncio.gather()",
    "_Queue": "asyncio.Queue()",
    "_SemaphoreBase": "asyncio.Semaphore()",
    "MembersView": "enum.Enum('Color', 'RED').__members__",
    "ProgramTask": "asyncio.create_task(asyncio.sleep(0))",
    "_TaskGroup": "asyncio.TaskGroup()",
    "Template": "string.Template('$a')",
    "_Timeout": "asyncio.timeout(1)",
    "CachedFunction": "functools.cache(len)",
    "ProgramGenerator": "generator()",
    "Partial": "functools.partial(len)",
    "ProgramProperty": "property(len)",
    "ToolFunction": "mark",
    "DecimalValue": "decimal.Decimal('1.25')",
    "DecimalContext": "decimal.Context(prec=12)",
    "SignalDict": "decimal.getcontext().traps",
    "FractionValue": "fractions.Fraction(3, 4)",
    "SequenceMatcher": "difflib.SequenceMatcher(None, 'ab', 'b')",
    "Differ": "difflib.Differ()",
    "PrettyPrinter": "pprint.PrettyPrinter()",
}
"""A program expression for a sample value of each type that has a table in the registry (builtin and
shim value types, interpreter objects), by the host class's `__qualname__` (unique among them, and
unlike `__name__` not renamed for programs)."""

PRELUDE = (
    f"\nimport {', '.join(MODULE_DECLARATIONS)}\n"
    + """

def generator():
    yield 1

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
"""
)
"""What every run starts with: every declared module and the helpers the sample receivers use."""

_HOSTILE_CLASS = """
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
"""


@dataclass(frozen=True)
class HostileValue:
    label: str
    setup: str
    """Program statements that bind the value to `v`."""


VALUES: tuple[HostileValue, ...] = (
    HostileValue("None", "v = None"),
    HostileValue("-10**18", "v = -10 ** 18"),
    HostileValue("2**4000", "v = 2 ** 4000"),
    HostileValue("nan", "v = float('nan')"),
    HostileValue("format fields", "v = '%s{0}' * 100"),
    HostileValue("10^4-deep list", "v = []\nfor _ in range(10_000):\n    v = [v]"),
    HostileValue("DAG of 10^12 leaves", "v = [1]\nfor _ in range(12):\n    v = [v] * 10"),
    HostileValue("self-containing list", "v = []\nv.append(v)"),
    HostileValue("self-containing dict", "v = {}\nv['self'] = v"),
    HostileValue("10^6-char str", "v = 'x' * 999_999"),
    HostileValue("10^6-byte bytes", "v = b'x' * 999_999"),
    HostileValue("10^5-element list", "v = [0] * 100_000"),
    HostileValue("lying object", _HOSTILE_CLASS + "v = Hostile()"),
)
"""The hostile arguments: deep (10^4 levels), DAG-shaped (10^12 leaves), self-referencing, huge
(10^6-character texts, 10^5-element lists), extreme numbers, format fields, and a program object
whose dunders lie. (Long texts sharing a prefix have their own tests in
limits/test_uncharged_native_work.py.) The calls go value by value, and a run builds only the value
it calls with: a run that a call ends is followed by one that builds the value again, which for the
deep list is 10^4 loop iterations, so no run builds values it does not use."""

ARITIES = (1, 2)
"""Each entry is called as `f(v)` and `f(v, v)` (a second argument reaches two-parameter entries)."""

LOOP = """
FACTORIES = [
    {factories},
]
for i in range({start}, {stop}):
    entry, arity = divmod(i - {first}, {arity_count})
    await mark(i)
    try:
        f = FACTORIES[entry]()
        r = f(v) if arity == 0 else f(v, v)
        next(iter(r))
    except Exception as e:
        await check_message(i, repr(e)[:300])
"""
"""Call `i` is computed, not listed: a literal list of the calls cost more to parse, compile and build
than the calls themselves, and each run after a call that ended one paid it again."""

RUN_STEPS = 60_000
"""A fifth of the default budget (building the deep list takes a third of it): a call that exhausts
the rest ends its run, and a smaller budget keeps such calls and the restarts after them cheap; work
a call does without charging is what the CPU cap below catches, whatever the budget."""

RUN_CPU_CAP_S = 10
"""CPU seconds one run may take (the held-back attacks' bar): beyond it the call at hand is reported."""


@dataclass(frozen=True)
class Entry:
    label: str
    factory: str
    """A program expression evaluating to the callable (evaluated anew for every call, so a call
    that mutates its receiver does not disturb the next)."""


def calls_of(entry_count: int) -> list[tuple[int, int, int]]:
    """(entry, value, arity) of each call, value by value."""
    return [
        (entry, value, arity)
        for value in range(len(VALUES))
        for entry in range(entry_count)
        for arity in ARITIES
    ]


def program(entries: list[Entry], start: int) -> str:
    """The program that makes calls `start`… up to the end of the value call `start` is with."""
    per_value = len(entries) * len(ARITIES)
    value = start // per_value
    factories = ",\n    ".join(f"lambda: {entry.factory}" for entry in entries)
    return (
        PRELUDE
        + VALUES[value].setup
        + LOOP.format(
            factories=factories,
            start=start,
            stop=(value + 1) * per_value,
            first=value * per_value,
            arity_count=len(ARITIES),
        )
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
    return f"{entries[entry].label}({', '.join([VALUES[value].label] * arity)})"


class _Tagged:
    """Messages carry the worker's pid: the parent reads one queue for all its workers."""

    def __init__(self, queue: Any) -> None:
        self.queue = queue
        self.pid = os.getpid()

    def put(self, message: tuple[str, Any]) -> None:
        self.queue.put((message[0], self.pid, message[1]))


def run_batch(entries: list[Entry], start: int, address_space_cap: int, progress: Any, at: Any) -> None:
    """Run the calls of `entries` from call `start` on; report to `progress` (a queue):
    ("run", i) and ("ended", why) around each run, ("problem", text) for each problem, ("done", None) at
    the end; the call it is at goes to `at` (a shared integer)."""
    resource.setrlimit(resource.RLIMIT_AS, (address_space_cap, address_space_cap))
    signal.signal(signal.SIGXCPU, signal.SIG_DFL)
    progress = _Tagged(progress)
    calls = calls_of(len(entries))
    per_value = len(entries) * len(ARITIES)
    position = start
    marked: list[int] = []

    async def mark(i: int) -> None:
        marked.append(i)
        at.value = i  # shared memory, not the queue: a killed worker's queued messages can be lost

    async def check_message(i: int, message: str) -> None:
        if leaks(message):
            progress.put(("problem", f"{_describe(calls, entries, i)}: host detail in an error: {message!r}"))

    while position < len(calls):
        marked.clear()

        progress.put(("run", position))
        used = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        resource.setrlimit(resource.RLIMIT_CPU, (int(used) + RUN_CPU_CAP_S, hard))
        tools = {"mark": mark, "check_message": check_message}
        host = _InstantSleepHost(tools)
        limits = Limits(max_steps=RUN_STEPS, max_tool_calls=1_000_000, max_concurrent_calls=1_000)
        try:
            asyncio.run(
                ptc_interpreter.run(program(entries, position), tools=tools, host=host, limits=limits)
            )
            position = (position // per_value + 1) * per_value
            continue
        except ptc_interpreter.PtcInternalError as error:
            problem: str | None = f"internal error: {str(error)[:300]}"
            ended = problem
        except ptc_interpreter.PtcError as error:
            text = str(error)
            problem = None
            ended = f"{type(error).__name__}: {text[:300]}"
            leaked = leaks(text)
            if leaked:
                problem = f"host detail {leaked} in the report"
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


def chunks(items: list[Entry], size: int) -> Iterator[list[Entry]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
