"""How often a dict or set lookup runs a program class's `__eq__` (docs/language.md, `runtime/probes.py`).

CPython's lookup can revisit a slot and compare the same entry again. With hashes the program
chooses (ints), that is the same in every process and the interpreter runs exactly what CPython
runs. Once a program instance's hash has been translated to the host's salted hash of a str, the
revisits would follow the worker's hash seed, so from then on each lookup compares an entry once.
The seed-independence itself is checked in capped child processes under three hash seeds by
`boundary/attacks/nondet__native_hash_translation.py` (in `HELD.txt`).
"""

from __future__ import annotations

import ptc_interpreter

REVISITING_LOOKUP = """
log = []
class K:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 32
    def __eq__(self, other):
        log.append((self.name, getattr(other, "name", other)))
        return False
TRANSLATE
d = {K("a"): 0}
for n in (1, 2, 3, 4):
    d[n] = n
K("b") in d
log
"""
"""CPython 3.11's probe for hash 32 in this 8-slot table visits `K("a")`'s slot twice."""

TRANSLATED_HASH = """
class Named:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
{Named("x")}
"""


async def test_a_lookup_with_hashes_the_program_chose_compares_as_cpython_does() -> None:
    result = await ptc_interpreter.run(REVISITING_LOOKUP.replace("TRANSLATE", ""))
    assert result.value == [("a", "b"), ("a", "b")]


async def test_once_a_hash_is_translated_a_lookup_compares_each_entry_once() -> None:
    result = await ptc_interpreter.run(REVISITING_LOOKUP.replace("TRANSLATE", TRANSLATED_HASH))
    assert result.value == [("a", "b")]


async def test_an_instance_equal_to_a_str_finds_the_str_key_and_each_lookup_compares_again() -> None:
    result = await ptc_interpreter.run(
        """
calls = []
class Name:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        calls.append(other)
        return other == self.text
d = {"abc": 1, "xyz": 2}
found = [d[Name("abc")], Name("xyz") in d, Name("abc") in d]
(found, calls)
"""
    )
    assert result.value == ([1, True, True], ["abc", "xyz", "abc"])


async def test_comparisons_outside_lookups_run_every_time() -> None:
    result = await ptc_interpreter.run(
        """
calls = [0]
class Name:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        calls[0] += 1
        return False
a, b = Name("a"), Name("b")
{a: 1}
for _ in range(3):
    a == b
["b", "c", "b"].count(a)
calls[0]
"""
    )
    assert result.value == 6
