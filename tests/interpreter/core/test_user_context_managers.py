"""Program classes as context managers: `with` calls `__enter__`/`__exit__` (and `async with` the
async pair) as CPython does, a true `__exit__` result suppresses the exception, and no context
manager can suppress a limit error."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

_MANAGER = """
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append(("enter", self.name))
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append(("exit", self.name, exc_type.__name__ if exc_type else None, str(exc) if exc else None))
        return self.suppress
"""

_PROGRAMS = [
    "with CM('a') as a, CM('b', True) as b:\n    log.append(a.name + b.name)\n    raise ValueError('boom')\n"
    "log.append('after')\nlog",
    "try:\n    with CM('c'):\n        raise KeyError('k')\nexcept KeyError as e:\n    log.append(repr(e))\nlog",
    "def f():\n    for i in range(3):\n        with CM(i):\n            if i == 1:\n                return i\n(f(), log)",
    "for i in range(3):\n    with CM(i, True):\n        if i == 0:\n            continue\n        break\nlog",
    "class Sub(CM):\n    def __enter__(self):\n        super().__enter__()\n        return 42\nwith Sub('s') as v:\n"
    "    log.append(v)\nlog",
    "class Bad(CM):\n    def __exit__(self, *args):\n        raise RuntimeError('in exit')\ntry:\n"
    "    with Bad('x'):\n        1 / 0\nexcept RuntimeError as e:\n    log.append(str(e))\nlog",
    "class Half:\n    def __enter__(self):\n        return 1\ntry:\n    with Half():\n        pass\n"
    "except TypeError as e:\n    log.append(str(e))\ntry:\n    with 5:\n        pass\nexcept TypeError as e:\n"
    "    log.append(str(e))\nlog",
    "import asyncio\nclass ACM:\n    async def __aenter__(self):\n        await asyncio.sleep(0)\n        return 'v'\n"
    "    async def __aexit__(self, t, e, tb):\n        log.append(t.__name__ if t else None)\n        return True\n"
    "async def main():\n    async with ACM() as v:\n        log.append(v)\n        raise RuntimeError('x')\n"
    "    for manager, kind in ((CM('sync'), 'async'), (ACM(), 'sync')):\n        try:\n"
    "            if kind == 'async':\n                async with manager:\n                    pass\n"
    "            else:\n                with manager:\n                    pass\n        except TypeError as e:\n"
    "            log.append(str(e))\nawait main()\nlog",
]


@pytest.mark.parametrize("program", _PROGRAMS)
async def test_matches_cpython(program: str) -> None:
    await assert_same_as_cpython(_MANAGER + program)


async def test_exit_sees_no_traceback_object() -> None:
    """A deliberate difference: `tb` is None (programs have no traceback objects)."""
    result = await ptc_interpreter.run(_MANAGER + "with CM('t', True):\n    1 / 0\nlog")
    assert result.value == [("enter", "t"), ("exit", "t", "ZeroDivisionError", "division by zero")]


async def test_suppressing_manager_cannot_swallow_a_limit_error() -> None:
    source = (
        "class Swallow:\n    def __enter__(self):\n        return self\n"
        "    def __exit__(self, *args):\n        return True\n"
        "while True:\n    with Swallow():\n        while True:\n            pass"
    )
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(source, limits=ptc_interpreter.Limits(max_steps=50_000))
