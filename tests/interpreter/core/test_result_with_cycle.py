"""A run's result is a detached copy of the program's value: a container inside itself stays
inside itself in the copy (its repr reads `[...]`, as CPython's), shared references that form no
cycle are copied as they are, and a cycle through a tuple (whose copy cannot exist before its
elements) is refused with a clear error. Serialising a cyclic result is the caller's refusal to make
(durable-ptc's `run_ptc` reports it to the model)."""

import ptc_interpreter
import pytest
from ptc_interpreter import PtcError


@pytest.mark.parametrize(
    ("program", "shown"),
    [
        ("a = []\na.append(a)\na", "[[...]]"),
        ("d = {}\nd['self'] = d\nd", "{'self': {...}}"),
        ("a = [1]\nb = {'a': a}\na.append(b)\n[a]", "[[1, {'a': [...]}]]"),
        ("import collections\nq = collections.deque([1])\nq.append(q)\nq", "deque([1, [...]])"),
        ("f = []\nf.append(f)\n[f, f]", "[[[...]], [[...]]]"),
        ("a = []\nt = (a,)\na.append(t)\na", "[([...],)]"),
    ],
)
async def test_result_containing_itself_keeps_its_cycle(program: str, shown: str) -> None:
    result = await ptc_interpreter.run(program)
    assert repr(result.value) == shown


async def test_the_cycle_points_into_the_copy() -> None:
    value = (await ptc_interpreter.run("d = {'n': 1}\nd['self'] = d\nd")).value
    assert value["self"] is value and value["n"] == 1


async def test_a_cycle_back_into_a_tuple_is_refused() -> None:
    with pytest.raises(PtcError) as caught:
        await ptc_interpreter.run("t = ([],)\nt[0].append(t)\nt")
    assert "the result contains a tuple inside itself" in caught.value.message
    assert caught.value.hint is not None


async def test_shared_references_without_a_cycle_are_copied() -> None:
    result = await ptc_interpreter.run("a = [1]\n(a, a, [a, {'k': a}])")
    assert result.value == ([1], [1], [[1], {"k": [1]}])


async def test_cycle_reached_through_repr_is_still_plain_text() -> None:
    result = await ptc_interpreter.run("a = []\na.append(a)\nrepr(a)")
    assert result.value == "[[...]]"


async def test_a_huge_list_inside_itself_is_charged_once() -> None:
    limits = ptc_interpreter.Limits(max_result_chars=400_000)
    result = await ptc_interpreter.run("a = list(range(30_000))\na.append(a)\nlen(a)", limits=limits)
    assert result.value == 30_001
    value = (await ptc_interpreter.run("a = [0] * 60_000\na.append(a)\na", limits=limits)).value
    assert value[-1] is value
