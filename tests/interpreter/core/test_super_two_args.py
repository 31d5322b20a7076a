"""`super(Class, self)`: the explicit two-argument form behaves as CPython's; misuse is a clean error."""

from __future__ import annotations

import textwrap

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

PROGRAMS = {
    "method and __init__": """
        class Base:
            def __init__(self, name):
                self.name = name
            def describe(self):
                return f"base {self.name}"
        class Child(Base):
            def __init__(self, name, size):
                super(Child, self).__init__(name)
                self.size = size
            def describe(self):
                return super(Child, self).describe() + f" size {self.size}"
        Child("box", 3).describe()
    """,
    "skips a level of the hierarchy": """
        class A:
            def who(self):
                return "A"
        class B(A):
            def who(self):
                return "B"
        class C(B):
            def who(self):
                return super(B, self).who() + "/" + super(C, self).who()
        C().who()
    """,
    "exception subclass": """
        class QuotaError(Exception):
            def __init__(self, used, limit):
                super(QuotaError, self).__init__(f"{used} of {limit}")
                self.used = used
        try:
            raise QuotaError(7, 5)
        except QuotaError as e:
            result = (str(e), e.used, e.args)
        result
    """,
}

ERRORS = {
    "not an instance": ("class A:\n    pass\nclass B:\n    pass\nsuper(A, B())", "TypeError"),
    "host type as the class": ("super(int, 3)", "TypeError"),
    "one argument": ("class A:\n    pass\nsuper(A)", "RuntimeError"),
}


@pytest.mark.parametrize("name", PROGRAMS)
async def test_two_argument_super_matches_cpython(name: str) -> None:
    await assert_same_as_cpython(textwrap.dedent(PROGRAMS[name]))


@pytest.mark.parametrize("name", ERRORS)
async def test_misused_super_is_a_clean_runtime_error(name: str) -> None:
    source, exc_type = ERRORS[name]
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as raised:
        await ptc_interpreter.run(source)
    assert raised.value.exc_type == exc_type
