"""Per-run state, passed explicitly: the interpreter has no global mutable state.

A `RunContext` is created for each run and handed to everything that charges the budget or talks to
the host: compiled code, builtins, attribute methods and module shims. Module-level tables elsewhere
are immutable.
"""

from __future__ import annotations

import contextlib
import random
import weakref
from typing import TYPE_CHECKING

from ..errors import PtcLimitError
from ..limits import Limits
from .collisions import CollisionTable
from .probes import ProbeComparisons

if TYPE_CHECKING:
    from collections.abc import Callable, Generator

    from ..host import Host
    from .objects import ClassBody
    from .scheduler import Scheduler


def _no_program_types(value: object) -> object:
    """`RunContext.type_of` before the run's builtins exist: fails closed, never a host class."""
    raise AttributeError("'__class__' is not available before the run's builtins are made")


class RunContext:
    """Budgets, captured output and the host for one run.

    Builtins that loop natively (sum, sorted, join, list(range(...)), regex matching) must call
    `charge(n)` with the number of elements they will touch *before* doing the work, and size checks
    (`check_str_length`, `check_container_length`, `check_int_bits`) before allocating.
    """

    __slots__ = (
        "_rng",
        "class_bodies",
        "ended",
        "generators",
        "hash_collisions",
        "host",
        "identities",
        "limits",
        "module_classes",
        "native_hashes",
        "nested_pulls",
        "probe_comparisons",
        "random_seed",
        "scheduler",
        "stderr_parts",
        "stdout_chars",
        "stdout_observer",
        "stdout_parts",
        "steps_left",
        "suspension_site",
        "temporary_ids",
        "tool_calls",
        "type_of",
    )

    def __init__(self, host: Host, limits: Limits) -> None:
        self.host = host
        self.limits = limits
        self.steps_left = limits.max_steps
        self.stdout_parts: list[str] = []
        self.stdout_chars = 0
        self.stderr_parts: list[str] = []
        """What the program wrote to `sys.stderr`, apart from stdout (`write_stderr`)."""
        self.stdout_observer: Callable[[str], None] | None = getattr(host, "on_stdout", None)
        """The host's optional `OutputObserver.on_stdout`."""
        self.tool_calls = 0
        self.random_seed = host.random_seed()
        """Asked of the host at the start of every run, whether or not the program uses `random`,
        so the host's own random draws happen in the same order either way."""
        self._rng: random.Random | None = None
        self.scheduler: Scheduler | None = None
        """The run's task scheduler (set by the interpreter; the asyncio shim schedules through it)."""
        self.native_hashes: dict[int, int] = {}
        """Program-visible hash -> the host's hash of the same value, for every str, bytes or tuple
        the program hashed: a program class's `__hash__` returning `hash(self.name)` must put its
        instances where the host's dict looks for an equal str (`builtins.hashing`)."""
        self.probe_comparisons = ProbeComparisons()
        """The unequal comparisons of the native lookup now running, made once each whatever the
        hash seed (`runtime.probes`)."""
        self.hash_collisions = CollisionTable()
        """The keys with a predictable native hash the program hashed, to charge collisions
        (`runtime.collisions`)."""
        self.nested_pulls = 0
        """Pulls through opaque inputs of lazy builtins in flight (`lazy.CountedPull`)."""
        self.generators: weakref.WeakSet[Generator[object, object, object]] = weakref.WeakSet()
        """The bodies of the program's generators (`def` with `yield`) still alive, closed by `end`."""
        self.ended = False
        self.class_bodies: list[ClassBody] = []
        """The bodies of classes that make themselves (`class Color(Enum)`) now running, innermost
        last: `enum.auto()` gives the next value of the class being defined, as CPython does."""
        self.identities: dict[int, tuple[int, object]] = {}
        """Host identity -> the run's number for it (`program_id`), with the object kept alive so its
        number is never handed to another object."""
        self.temporary_ids: dict[type, int] = {}
        """The id shared by the temporaries of each type (`temporary_id`)."""
        self.module_classes: dict[type, object] = {}
        """The classes of the modules the program imported, by the host class of their instances:
        `type(Counter())` is the `collections.Counter` the program imported (`builtins.types`)."""
        self.type_of: Callable[[object], object] = _no_program_types
        """`type(x)` as the program sees it (set with the builtins): `x.__class__` answers the same."""
        self.suspension_site = False
        """True only while a call written as a suspension point (`time.sleep(x)`) calls its native:
        the one place a `Suspension` may be made (`scheduler.request_suspension`)."""

    def end(self) -> None:
        """The run is over: from now on any program step fails at once, and every program generator
        still suspended is closed now, so its `finally` stops at its first statement here instead of
        running program code later, at garbage collection, inside whatever the host is doing."""
        self.ended = True
        self.steps_left = -(1 << 62)
        for generator in list(self.generators):
            with contextlib.suppress(Exception):  # the step refused, or a generator already running
                generator.close()

    def program_id(self, obj: object) -> int:
        """`id(obj)` as the program sees it: a per-run counter, never an address (`id()`, the
        ids in pprint's `<Recursion on list with id=...>` and the keys of `copy.deepcopy`'s memo)."""
        known = self.identities.get(id(obj))
        if known is None:
            self.charge(1)  # an entry kept for the rest of the run
            known = self.identities[id(obj)] = (len(self.identities) + 1, obj)
        return known[0]

    def temporary_id(self, cls: type) -> int:
        """`id(x)` of an `x` of type `cls` that nothing refers to once `id` returns (`id([])`): one
        number per type, reserved on first use, so that two such calls agree, as CPython's do when it
        reuses the freed memory, and no object the program holds ever has it."""
        known = self.temporary_ids.get(cls)
        if known is None:
            known = self.temporary_ids[cls] = self.program_id(object())  # a placeholder kept alive
        return known

    @property
    def rng(self) -> random.Random:
        """The run's random generator, seeded on first use: seeding costs microseconds, and most
        programs never use `random`."""
        if self._rng is None:
            self._rng = random.Random(self.random_seed)
        return self._rng

    def charge(self, steps: int) -> None:
        """Spend `steps` evaluation steps; raise `PtcLimitError` when the budget is gone."""
        self.steps_left -= steps
        if self.steps_left < 0:
            if self.ended:
                raise PtcLimitError("max_steps", "the run has ended: no program code runs after it")
            raise PtcLimitError(
                "max_steps",
                f"step budget of {self.limits.max_steps} exhausted",
                hint="do less work in the program, or move heavy computation into a tool",
            )

    def check_str_length(self, length: int) -> None:
        if length > self.limits.max_string_length:
            raise PtcLimitError(
                "max_string_length",
                f"string of {length} characters exceeds the limit of {self.limits.max_string_length}",
            )

    def check_container_length(self, length: int) -> None:
        if length > self.limits.max_container_length:
            raise PtcLimitError(
                "max_container_length",
                f"container of {length} elements exceeds the limit of {self.limits.max_container_length}",
            )

    def check_int_bits(self, bits: int) -> None:
        if bits > self.limits.max_int_bits:
            raise PtcLimitError(
                "max_int_bits", f"integer of {bits} bits exceeds the limit of {self.limits.max_int_bits}"
            )

    def _count_output(self, text: str) -> None:
        self.stdout_chars += len(text)
        if self.stdout_chars > self.limits.max_stdout_chars:
            raise PtcLimitError(
                "max_stdout_chars",
                f"printed output exceeds the limit of {self.limits.max_stdout_chars} characters",
            )

    def write_stdout(self, text: str) -> None:
        self._count_output(text)
        self.stdout_parts.append(text)
        if self.stdout_observer is not None:
            self.stdout_observer(text)

    def write_stderr(self, text: str) -> None:
        """`sys.stderr.write`: kept apart from stdout, as CPython does, under the same size limit."""
        self._count_output(text)
        self.stderr_parts.append(text)

    @property
    def stdout(self) -> str:
        return "".join(self.stdout_parts)
