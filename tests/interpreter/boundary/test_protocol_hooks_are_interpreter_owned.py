"""The interpreter's protocol hooks are found on the type, never among a program object's attributes.

Program instances keep their attributes in the instance `__dict__`, which Python's attribute lookup
consults before the class's plain methods. A hook called as `obj.ptc_getattr(...)` therefore ran the
program's own function when the program had set `obj.ptc_getattr`, handing it the run's
`RunContext`; `ptc_await` let a program object feed the scheduler whatever it liked. The hooks are
now always looked up on the type, as `runtime.attr` does, so these names are ordinary attributes.
"""

from __future__ import annotations

import asyncio
from typing import Any

import ptc_interpreter
import pytest

HOOKS = ("ptc_getattr", "ptc_setattr", "ptc_delattr", "ptc_await", "ptc_enter", "ptc_exit", "ptc_name")


def _run(code: str) -> Any:
    return asyncio.run(ptc_interpreter.run(code)).value


@pytest.mark.parametrize("hook", HOOKS)
def test_an_instance_attribute_named_like_a_hook_is_just_an_attribute(hook: str) -> None:
    code = f"""
class A:
    pass
a = A()
seen = []
a.{hook} = lambda *args: seen.append(args) or (lambda *more: seen.append(more))
a.x = 1
a.x += 1
del a.x
a.y = 5
[a.y, seen, getattr(a, "{hook}") is not None]
"""
    assert _run(code) == [5, [], True]


def test_awaiting_an_object_with_a_ptc_await_attribute_is_a_type_error() -> None:
    code = """
import asyncio, itertools
class A:
    pass
a = A()
a.ptc_await = lambda: itertools.repeat(None)
try:
    await a
except TypeError as e:
    message = str(e)
message
"""
    assert _run(code) == "object A can't be used in 'await' expression"


def test_a_class_defining_hook_names_and_send_throw_cannot_drive_the_scheduler() -> None:
    code = """
class A:
    def ptc_await(self):
        return iter([1, 2, 3])
    def send(self, value):
        return None
    def throw(self, *args):
        return None
    def __iter__(self):
        return self
    def __next__(self):
        return None
out = []
for thing in (A(), A().ptc_await()):
    try:
        await thing
    except TypeError as e:
        out.append(type(e).__name__)
out
"""
    assert _run(code) == ["TypeError", "TypeError"]


def test_a_program_object_is_not_a_context_manager_by_its_attributes() -> None:
    code = """
class A:
    pass
a = A()
a.ptc_enter = lambda: iter([])
a.ptc_exit = lambda e: iter([])
try:
    with a:
        pass
except TypeError as e:
    message = str(e)
message
"""
    assert "does not support the context manager protocol" in _run(code)
