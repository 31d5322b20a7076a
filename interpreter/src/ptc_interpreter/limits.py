"""Deterministic resource limits for one program run.

Every limit counts something the program does (steps, bytes, calls), never wall-clock time, so a
run that fails a limit fails it identically on every replay.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Budgets for one run. Defaults are documented (with measured costs) in docs/performance.md."""

    max_steps: int = 300_000
    """Evaluation steps: one per statement, loop iteration, call, and per element for builtins that loop."""
    max_recursion_depth: int = 100
    """Nested program function calls."""
    max_nesting_depth: int = 200
    """Containers nested in one value, for the operations that walk into nested data natively:
    hashing, comparing, sorting, searching, repr, copy and json. Deeper data is refused before the
    walk, because CPython recurses in C for it (its tuple hash without any recursion check)."""
    max_string_length: int = 1_000_000
    """Characters in one str (or bytes in one bytes), checked before allocating."""
    max_container_length: int = 100_000
    """Elements in one list, tuple, dict or set, checked before allocating where the size is known."""
    max_int_bits: int = 4_096
    """Bits in one int, checked before computing."""
    max_tool_calls: int = 1_000
    """Tool calls (including spawns) per run."""
    max_concurrent_calls: int = 100
    """Tool calls in flight at once."""
    max_tasks: int = 1_000
    """Program tasks (create_task, gather children) per run."""
    max_timers: int = 1_000
    """Host timers per run: `asyncio.sleep`/`time.sleep` with a positive delay and the timers of
    `wait_for`, `timeout` and `wait(timeout=...)`. In a workflow each is a durable timer with its own
    history events (a history holds about 50,000), so a sleep loop must end long before that."""
    max_stdout_chars: int = 100_000
    """Characters `print` may write in total."""
    max_result_chars: int = 1_000_000
    """Characters in the repr of the program's result value."""
