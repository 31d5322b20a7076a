"""Deliberately broken interpreters, to prove that the properties catch what they claim to.

Each mutant is a context manager that patches the interpreter in this process (and, through
`hashseed --mutant NAME`, in a subprocess), and restores it on exit:

- `gather_cancels_siblings`: a failing `gather` cancels its siblings and waits for them (the
  interpreter's semantics v1) instead of raising at once and leaving them running, as CPython does.
- `hash_ordered_tasks`: a new task goes to the front or the back of the ready queue depending on
  its name's string hash — deterministic within a process, different across `PYTHONHASHSEED`s.
- `entropy_ordered_tasks`: the same, decided by OS entropy — different on every run.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from ptc_interpreter.runtime import scheduler


@contextlib.contextmanager
def _patched(owner: Any, name: str, replacement: Any) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        setattr(owner, name, original)


def gather_cancels_siblings() -> AbstractContextManager[None]:
    def child_done(self: Any, child: Any) -> None:
        self.remaining -= 1
        if child.error is not None and not self.return_exceptions and self.failure is None:
            self.failure = child.error
            for sibling in self.children:
                if not sibling.done:
                    sibling.cancel()  # ... and the gather waits for them below
        if self.remaining == 0:
            if self.outer_cancelled:
                self.finish(None, scheduler.CancelledError())
            elif self.failure is not None:
                self.finish(None, self.failure)
            elif self.return_exceptions:
                self.finish([c.error if c.error is not None else c.value for c in self.children], None)
            else:
                self.finish([c.value for c in self.children], None)

    return _patched(scheduler.GatherFuture, "_child_done", child_done)


def hash_ordered_tasks() -> AbstractContextManager[None]:
    original = scheduler.Scheduler.spawn

    def spawn(self: Any, gen: Any, name: str) -> Any:
        task = original(self, gen, name)
        if hash(f"{name}-{len(self.live_tasks)}") & 1:
            self.ready.remove(task)
            self.ready.appendleft(task)
        return task

    return _patched(scheduler.Scheduler, "spawn", spawn)


def entropy_ordered_tasks() -> AbstractContextManager[None]:
    original = scheduler.Scheduler.spawn
    entropy = random.SystemRandom()

    def spawn(self: Any, gen: Any, name: str) -> Any:
        task = original(self, gen, name)
        if entropy.random() < 0.5:
            self.ready.remove(task)
            self.ready.appendleft(task)
        return task

    return _patched(scheduler.Scheduler, "spawn", spawn)


MUTANTS: dict[str, Callable[[], AbstractContextManager[None]]] = {
    "gather_cancels_siblings": gather_cancels_siblings,
    "hash_ordered_tasks": hash_ordered_tasks,
    "entropy_ordered_tasks": entropy_ordered_tasks,
}
