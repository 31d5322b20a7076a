"""Every builtin, every declared method and property and every module member, called with hostile
arguments.

Each call must end in a normal result, a program-level exception the program catches, or a clean
`PtcError` (a limit, a runtime error) within a CPU-time cap and a 1 GiB address space, with no host
detail in any message. Nothing may crash the process, raise raw out of `run()`, or report an
internal error. The entries are read from the registry (`reachable_entries`), so a new entry is
covered the day it is declared. The calls run in capped worker processes (see `ptc_hostile_worker`),
two at a time.
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ptc_hostile_worker import RECEIVERS, Entry, chunks, describe_call, run_batch
from ptc_interpreter.modules import TYPE_TABLES
from ptc_interpreter.modules.members import BUILTINS, MODULE_DECLARATIONS
from ptc_interpreter.reference import declared_object_classes
from ptc_interpreter.runtime.attr import BUILTIN_TABLES, STATIC_TABLES
from ptc_interpreter.runtime.registry import Property, TypeTable

ADDRESS_SPACE_CAP = 1 << 30
BATCH_SIZE = 60
WORKERS = 2
STALL_S = 300
"""Wall-clock seconds without word from a worker before it counts as hung (a sleep that blocks)."""


def _table_entries(owner: str, receiver: str, table: TypeTable) -> Iterable[Entry]:
    for name, entry in table.items():
        if name.startswith("_") and name != "__name__":
            continue  # unreachable by name (the validator refuses it)
        factory = f"({receiver}).{name}"
        if isinstance(entry, Property):
            factory = f"(lambda *a: {factory})"
        yield Entry(f"{owner}.{name}", factory)


def reachable_entries() -> tuple[list[Entry], list[str]]:
    """What a program can call, read from the registry: the declared builtins, the methods and
    properties of every type table (builtin and shim value types, interpreter objects), the static
    methods of builtin types, module members and the class-level members of shim classes. Also the
    names of table types with no sample receiver in `RECEIVERS`."""
    entries = [Entry(f"builtins.{name}", name) for name in BUILTINS.members if not name.startswith("_")]
    missing: list[str] = []
    tables: list[tuple[type, TypeTable]] = [
        *BUILTIN_TABLES.items(),
        *TYPE_TABLES.items(),
        *declared_object_classes(),
    ]
    for cls, table in tables:
        receiver = RECEIVERS.get(cls.__qualname__)
        if receiver is None:
            missing.append(cls.__qualname__)
        else:
            entries.extend(_table_entries(cls.__qualname__, receiver, table))
    for cls, table in STATIC_TABLES.items():
        entries.extend(_table_entries(cls.__name__, cls.__name__, table))
    for module in MODULE_DECLARATIONS.values():
        for name in module.members:
            if not name.startswith("_"):
                entries.append(Entry(f"{module.name}.{name}", f"{module.name}.{name}"))
        for cls_name, members in module.classes.items():
            owner = f"{module.name}.{cls_name}"
            entries.extend(Entry(f"{owner}.{name}", f"{owner}.{name}") for name in members)
    return entries, missing


_SILENCE: tuple[str, int, Any] = ("", 0, None)
"""What a second without a message reads as."""


@dataclass
class _Worker:
    process: Any
    batch: list[Entry]
    at: Any
    """The call the worker is at (a shared integer it sets before each call)."""
    heard: float


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
            at: Any = context.Value("i", start - 1)
            process = context.Process(target=run_batch, args=(batch, start, ADDRESS_SPACE_CAP, progress, at))
            process.start()
            workers += 1
            active[process.pid or 0] = _Worker(process, batch, at, time.monotonic())
        message: tuple[str, int, Any]
        try:
            message = progress.get(timeout=1)
        except queue.Empty:
            message = _SILENCE
        kind, pid, value = message
        worker = active.get(pid)
        if worker is not None:
            worker.heard = time.monotonic()
            if kind == "problem":
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
                problems.append(f"{describe_call(worker.batch, worker.at.value)}: {why}")
                del active[pid]
                pending.append((worker.batch, worker.at.value + 1))
    return problems, workers


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
        "datetime.datetime.fromisoformat",
        "Template.substitute",
        "ProgramGenerator.throw",
        "str.maketrans",
    ):
        assert expected in labels


def test_every_entry_survives_hostile_arguments() -> None:
    entries, _ = reachable_entries()
    problems, _ = _run_all(entries)
    assert not problems, "\n".join(problems)
