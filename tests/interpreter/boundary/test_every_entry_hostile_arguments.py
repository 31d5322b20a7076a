"""Every builtin, every allowlisted method and every module member, called with hostile arguments.

Each call must end in a normal result, a program-level exception the program catches, or a clean
`PtcError` (a limit, a runtime error) within a CPU-time cap and a 1 GiB address space, with no host
detail in any message. Nothing may crash the process, raise raw out of `run()`, or report an
internal error. The entries are read from the allowlist tables and module shims themselves
(`reachable_entries`), so a new entry is covered the day it is added. The calls run in capped worker
processes (see `ptc_hostile_worker`), two at a time.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ptc_hostile_worker import RECEIVERS, Entry, chunks, describe_call, run_batch
from ptc_interpreter.builtins import make_builtins
from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits
from ptc_interpreter.modules import MODULE_FACTORIES, TYPE_TABLES
from ptc_interpreter.runtime.attr import BUILTIN_TABLES, STATIC_TABLES
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.registry import Method, Property
from ptc_interpreter.runtime.scheduler import Scheduler

ADDRESS_SPACE_CAP = 1 << 30
BATCH_SIZE = 60
WORKERS = 2
STALL_S = 300
"""Wall-clock seconds without word from a worker before it counts as hung (a sleep that blocks)."""

_STATIC_TYPE_NAMES = {str: "str", bytes: "bytes", int: "int", float: "float", dict: "dict"}


def _table_entries(
    tables: Mapping[type, Mapping[str, Method | Property]], receiver: Callable[[type], str | None]
) -> Iterable[Entry | str]:
    """An entry per table entry; a type without a sample receiver yields its name instead."""
    for cls, table in tables.items():
        expression = receiver(cls)
        if expression is None:
            yield cls.__name__
            continue
        for name in table:
            if name.startswith("_") and name != "__name__":
                continue  # unreachable by name (the validator refuses it)
            factory = f"({expression}).{name}"
            if isinstance(table[name], Property):
                factory = f"(lambda *a: {factory})"
            yield Entry(f"{cls.__name__}.{name}", factory)


def reachable_entries() -> tuple[list[Entry], list[str]]:
    """What a program can call, read from the tables (the one place to point at a future registry):
    builtins, methods of builtin and module value types, static methods, module members. Also the
    names of table types with no sample receiver in `RECEIVERS`."""
    ctx = RunContext(LocalHost({}), Limits())
    ctx.scheduler = Scheduler(ctx, lambda value: value)
    entries = [Entry(f"builtins.{name}", name) for name in make_builtins(ctx) if not name.startswith("_")]
    missing: list[str] = []
    for tables in (BUILTIN_TABLES, TYPE_TABLES):
        for item in _table_entries(tables, lambda cls: RECEIVERS.get(cls.__name__)):
            if isinstance(item, str):
                missing.append(item)
            else:
                entries.append(item)
    for item in _table_entries(STATIC_TABLES, lambda cls: _STATIC_TYPE_NAMES.get(cls)):
        if isinstance(item, str):
            missing.append(item)
        else:
            entries.append(item)
    for module_name, factory in MODULE_FACTORIES.items():
        module = factory(ctx)
        for name in module.members:
            if not name.startswith("_"):
                entries.append(Entry(f"{module_name}.{name}", f"__import_module__{module_name}.{name}"))
    return entries, missing


def _program_entries(entries: list[Entry]) -> list[Entry]:
    """Module members are reached through an import at the top of the program."""
    return [Entry(e.label, e.factory.replace("__import_module__", "")) for e in entries]


def _run_all(entries: list[Entry]) -> tuple[list[str], int]:
    """Run the batches two at a time; a worker that dies or goes quiet is reported at the call it
    was at, and its batch goes on from the next call in a new worker."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ptc_hostile_worker"])
    progress: Any = context.Queue()
    pending = [(batch, 0) for batch in chunks(entries, BATCH_SIZE)]
    problems: list[str] = []
    workers = 0
    active: dict[int, _Worker] = {}
    while pending or active:
        while pending and len(active) < WORKERS:
            batch, start = pending.pop()
            process = context.Process(
                target=run_batch, args=(_program_entries(batch), start, ADDRESS_SPACE_CAP, progress)
            )
            process.start()
            workers += 1
            active[process.pid or 0] = _Worker(process, batch, start, time.monotonic())
        try:
            kind, pid, value = progress.get(timeout=1)
        except queue.Empty:
            kind, pid, value = "", 0, None
        worker = active.get(pid)
        if worker is not None:
            worker.heard = time.monotonic()
            if kind == "at":
                worker.at = value
            elif kind == "problem":
                problems.append(value)
            elif kind == "done":
                worker.process.join()
                del active[pid]
        if kind:
            continue  # drain the queue before judging silent workers
        for pid, worker in list(active.items()):
            exitcode = worker.process.exitcode
            stalled = time.monotonic() - worker.heard > STALL_S
            if (exitcode is not None and exitcode != 0) or stalled:
                worker.process.kill()
                worker.process.join()
                why = f"the worker died (exit {exitcode})" if not stalled else f"no progress for {STALL_S} s"
                problems.append(f"{describe_call(worker.batch, worker.at)}: {why}")
                del active[pid]
                pending.append((worker.batch, worker.at + 1))
    return problems, workers


@dataclass
class _Worker:
    process: Any
    batch: list[Entry]
    at: int
    heard: float


def test_every_table_type_has_a_sample_receiver() -> None:
    _, missing = reachable_entries()
    assert not missing, f"add a sample value for these types to ptc_hostile_worker.RECEIVERS: {missing}"


def test_the_enumeration_reaches_builtins_methods_and_module_members() -> None:
    labels = {entry.label for entry in reachable_entries()[0]}
    for expected in (
        "builtins.max",
        "str.startswith",
        "list.sort",
        "deque.rotate",
        "json.loads",
        "math.comb",
    ):
        assert expected in labels


def test_every_entry_survives_hostile_arguments() -> None:
    entries, _ = reachable_entries()
    problems, _ = _run_all(entries)
    assert not problems, "\n".join(problems)
