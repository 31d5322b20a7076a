"""A run's result is plain data for the host: a container inside itself (which no serialiser takes)
is refused with a clear error, while shared references that form no cycle are copied as they are."""

import ptc_interpreter
import pytest
from ptc_interpreter import PtcError


@pytest.mark.parametrize(
    ("program", "kind"),
    [
        ("a = []\na.append(a)\na", "list"),
        ("d = {}\nd['self'] = d\nd", "dict"),
        ("a = [1]\nb = {'a': a}\na.append(b)\n[a]", "list"),
        ("import collections\nq = collections.deque([1])\nq.append(q)\nq", "deque"),
    ],
)
async def test_result_containing_itself_is_refused(program: str, kind: str) -> None:
    with pytest.raises(PtcError) as caught:
        await ptc_interpreter.run(program)
    assert f"the result contains itself (a {kind} inside itself)" in caught.value.message
    assert caught.value.hint is not None


async def test_shared_references_without_a_cycle_are_copied() -> None:
    result = await ptc_interpreter.run("a = [1]\n(a, a, [a, {'k': a}])")
    assert result.value == ([1], [1], [[1], {"k": [1]}])


async def test_cycle_reached_through_repr_is_still_plain_text() -> None:
    result = await ptc_interpreter.run("a = []\na.append(a)\nrepr(a)")
    assert result.value == "[[...]]"
