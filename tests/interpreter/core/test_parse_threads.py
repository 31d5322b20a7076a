"""Programs parsed on several threads at once (a Temporal worker runs workflow activations on a
thread pool) parse correctly: CPython 3.11's AST builder keeps its recursion count per interpreter,
and a finalizer running mid-parse lets another thread's parse corrupt it."""

from __future__ import annotations

import threading

from ptc_interpreter.parse import parse_program

SOURCE = "\n".join(f"x{i} = [{{'a': (1, [2, (3, {{4: [5]}})])}} for _ in range(3)]" for i in range(200))


class CollectedWithFinalizer:
    """Garbage in a cycle whose finalizer runs Python code, so a collection can switch threads."""

    def __init__(self) -> None:
        self.cycle = self

    def __del__(self) -> None:
        sum(range(50))


def test_parallel_parses_with_finalizers_running_all_succeed() -> None:
    failures: list[BaseException] = []

    def parse_repeatedly() -> None:
        for _ in range(30):
            garbage = [CollectedWithFinalizer() for _ in range(300)]
            del garbage
            try:
                parse_program(SOURCE)
            except BaseException as error:  # any failure is the finding
                failures.append(error)

    threads = [threading.Thread(target=parse_repeatedly) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
