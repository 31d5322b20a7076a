"""`slice`, `id` and `Ellipsis` as in CPython: a slice object indexes like `a[b:c]` (and is charged
like it), `id` numbers objects per run (never an address), `...` is `Ellipsis`."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

_PROGRAMS = [
    "s = slice(1, 10, 2)\nxs = list(range(20))\n(repr(s), s.start, s.stop, s.step, s.indices(5), xs[s])",
    "'abcdefghijkl'[slice(3)], b'abcdef'[slice(-2, None)], (1, 2, 3)[slice(None, None, -1)]",
    "ys = list(range(5))\nys[slice(0, 2)] = ['a']\ndel ys[slice(None, None, 2)]\nys",
    "isinstance(slice(1), slice), type(slice(1)).__name__, slice(1, 2) == slice(1, 2)",
    "a, b = object(), object()\n(id(a) == id(a), id(a) == id(b), id(a) != id(b), type(id(a)).__name__)",
    "seen = {}\nrows = [[1], [2]]\nfor row in rows + rows:\n    seen.setdefault(id(row), row)\nlen(seen)",
    "(repr(...), str(Ellipsis), ... is Ellipsis, type(...).__name__)",
]


@pytest.mark.parametrize("source", _PROGRAMS)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


@pytest.mark.parametrize("source", ["{slice(1): 1}", "slice()", "slice(1, 2, 3, 4)", "[1][slice(0, 1, 0)]"])
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


async def test_slice_of_non_integers_is_refused_with_a_reason() -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError, match="integers or None"):
        await ptc_interpreter.run("slice('a', 'b')")


async def test_ids_do_not_depend_on_the_process() -> None:
    source = "xs = [object() for _ in range(5)]\n[id(x) for x in xs] + [id(None), id(xs)]"
    first = await ptc_interpreter.run(source)
    second = await ptc_interpreter.run(source)
    assert first.value == second.value
    assert max(first.value) < 100


async def test_copying_through_a_slice_object_is_charged() -> None:
    source = "big = [0] * 100_000\nkeep = []\nwhile True:\n    keep.append(big[slice(None)])"
    with pytest.raises(ptc_interpreter.PtcLimitError) as caught:
        await ptc_interpreter.run(source, limits=ptc_interpreter.Limits(max_steps=200_000))
    assert caught.value.limit == "max_steps"  # stopped by its charges, not by running out of memory


async def test_a_temporary_shares_its_types_id_but_never_a_held_objects() -> None:
    source = (
        "held = [[], {}, (1, [])]\n"
        "temporaries = [id([]), id({}), id((1, [])), id([x for x in 'ab']), id(lambda: 0)]\n"
        "again = [id([1]), id({1: 2}), id((2, [])), id([x for x in 'cd']), id(lambda: 1)]\n"
        "(temporaries == again, len(set(temporaries)), set(temporaries) & {id(h) for h in held})"
    )
    # one id per type: the list display and the list comprehension share the list's
    assert (await ptc_interpreter.run(source)).value == (True, 4, set())


async def test_a_tool_named_id_is_called_with_a_display() -> None:
    async def id(value: object) -> str:
        return f"tool saw {value!r}"

    result = await ptc_interpreter.run("await id([1, 2])", tools={"id": id})
    assert result.value == "tool saw [1, 2]"
