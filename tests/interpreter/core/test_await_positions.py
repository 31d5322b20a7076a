"""`await` in every statement, target and display position CPython allows, checked against CPython.

Each program is run with its awaited call `T(...)` bound four ways, because the compiler has three
async code paths: a tool that completes at once (the statement's eager form finishes inline), a tool
that suspends (`asyncio.sleep(0)`) or sleeps a little (the eager form hands over a generator), and a
program `async def` (no eager form: the generator form from the start).
"""

from __future__ import annotations

import asyncio
import textwrap
from typing import Any

import pytest
from ptc_reference import differences, run_cpython, run_interpreter


async def instant(value: Any) -> Any:
    """Echo `value` without suspending."""
    return value


async def suspending(value: Any) -> Any:
    """Echo `value` after one trip through the event loop."""
    await asyncio.sleep(0)
    return value


async def delayed(value: Any) -> Any:
    """Echo `value` after a short sleep."""
    await asyncio.sleep(0.001)
    return value


TOOLS = {"instant": instant, "suspending": suspending, "delayed": delayed}

PROGRAM_COROUTINE = "async def in_program(value):\n    return value\n"

AWAITED = ["instant", "suspending", "delayed", "in_program"]
"""How `T` is bound: the three tools, or a program `async def` (`PROGRAM_COROUTINE`)."""

PROGRAMS = {
    # -- raise ------------------------------------------------------------------------------
    "raise with an awaited message": 'raise ValueError(await T(value="m"))',
    "raise with an awaited f-string message": 'raise ValueError(f"bad {await T(value=3)}!")',
    "raise from an awaited cause": """
        try:
            raise ValueError(await T(value=1)) from KeyError(await T(value=2))
        except ValueError as error:
            result = [error.args, str(error)]
        result
    """,
    "raise from an awaited None": "raise ValueError('x') from (await T(value=None))",
    "raise an awaited exception class": "raise (await T(value=None)) or KeyError",
    "raise in an async def, caught by the caller": """
        async def check(n):
            if n > await T(value=1):
                raise ValueError(await T(value=f"too big: {n}"))
            return n
        out = []
        for n in range(3):
            try:
                out.append(await check(n))
            except ValueError as error:
                out.append(str(error))
        out
    """,
    # -- assert -----------------------------------------------------------------------------
    "assert an awaited truth": "assert await T(value=True)\n'passed'",
    "assert an awaited falsehood": "assert await T(value=0)",
    "assert with an awaited message": """
        try:
            assert await T(value=[]), await T(value="empty")
        except AssertionError as error:
            result = error.args
        result
    """,
    "assert whose awaited message is not evaluated": """
        assert True, await T(value=print("never"))
        'ok'
    """,
    "assert in an async def": """
        async def positive(n):
            assert n > await T(value=0), f"not positive: {await T(value=n)}"
            return n
        out = []
        for n in [2, 0, 1]:
            try:
                out.append(await positive(n))
            except AssertionError as error:
                out.append(str(error))
        out
    """,
    # -- del --------------------------------------------------------------------------------
    "del of an awaited container's item": 'del (await T(value={"a": 1}))["a"]\n"deleted"',
    "del of an awaited container's missing item": 'del (await T(value={"a": 1}))["b"]',
    "del of an awaited container's attribute": "del (await T(value=[1])).append",
    "del at an awaited key": """
        d = {"a": 1, "b": 2, "c": 3}
        del d[await T(value="a")], d["b"]
        d
    """,
    "del of several awaited items": """
        x = [1, 2, 3]
        del x[await T(value=0)], x[await T(value=0)]
        x
    """,
    "del of a missing awaited key": 'd = {}\ndel d[await T(value="missing")]',
    "del of an awaited slice": """
        x = list(range(6))
        del x[await T(value=1):await T(value=4)]
        x
    """,
    # -- assignment targets -----------------------------------------------------------------
    "store at an awaited index": "x = [0, 0]\nx[await T(value=0)] = 5\nx",
    "store at an awaited slice": "x = [1, 2, 3, 4]\nx[await T(value=1):3] = [9]\nx",
    "store at an awaited out-of-range index": "x = []\nx[await T(value=0)] = 1",
    "store an awaited value at an awaited key": 'd = {}\nd[await T(value="k")] = await T(value="v")\nd',
    "annotated store at an awaited key": 'd = {}\nd[await T(value="k")]: int = 5\nd',
    "unpack into an awaited target": "x = [0, 0]\na, x[await T(value=1)] = 1, 2\n[a, x]",
    "unpack into several awaited targets": """
        d = {}
        d[await T(value="a")], d[await T(value="b")] = 1, 2
        d
    """,
    "unpack with a star into awaited targets": """
        x = [0, 0, 0]
        x[0], *x[await T(value=1):] = [7, 8, 9]
        x
    """,
    "unpack into awaited targets with too many values": "x = [0, 0]\nx[await T(value=0)], x[1] = 1, 2, 3",
    "chained store to awaited targets": "x = [0, 0]\nx[await T(value=0)] = x[await T(value=1)] = 4\nx",
    "swap through awaited targets": "x = [1, 2]\nx[await T(value=0)], x[1] = x[1], x[0]\nx",
    "augmented store at an awaited key": "x = [1, 2]\nx[await T(value=1)] += 5\nx",
    "augmented store at an awaited missing key": 'd = {}\nd[await T(value="k")] += 1',
    "augmented store at an awaited key with an awaited operand": """
        counts = {"a": 1}
        counts[await T(value="a")] += await T(value=10)
        counts
    """,
    "for loop over an awaited target": """
        x = {}
        for x[await T(value="k")] in [1, 2]:
            print(x)
        x
    """,
    "for loop unpacking into awaited targets": """
        x = {}
        for x[await T(value="a")], x[await T(value="b")] in [(1, 2), (3, 4)]:
            print(x)
        x
    """,
    "with into an awaited target": """
        import asyncio
        d = {}
        async with asyncio.timeout(5) as d[await T(value="k")]:
            pass
        list(d)
    """,
    # -- starred displays -------------------------------------------------------------------
    "list display unpacking an await": "[*await T(value=[1, 2])]",
    "tuple display unpacking an await": "(0, *await T(value=[1, 2]))",
    "one-element tuple unpacking an await": "(*await T(value=[1]),)",
    "set display unpacking awaits": "{*await T(value=[1]), *await T(value=[2, 1])}",
    "dict display unpacking an await": '{**await T(value={"a": 1}), "b": 2}',
    "call unpacking an await": 'print(*await T(value=[1, 2]), sep="-")',
    "display mixing starred and awaited elements": "x = [1, 2]\n[0, *x, *await T(value=[3]), await T(value=4)]",
    "starred await of a parenthesised display": "[*(await T(value=[1])), *[await T(value=2)]]",
    "starred await of a non-iterable": "[*await T(value=5)]",
    "starred display returned from an async def": """
        async def both():
            return [*await T(value=[1]), *await T(value=(2, 3))]
        await both()
    """,
    "return of a starred await": """
        async def both():
            return 0, *await T(value=[1, 2])
        await both()
    """,
    "awaited f-string conversion and spec": 'f"{await T(value=1)!r:>4}|{await T(value=2):{await T(value=3)}}"',
    "raise in a loop with awaited messages": """
        for i in range(2):
            raise ValueError(await T(value=i))
    """,
    "assert in a finally": "try:\n    pass\nfinally:\n    assert await T(value=1)\n5",
    # -- other positions that already worked: kept covered ----------------------------------
    "match subject and guard": """
        match await T(value=3):
            case 3 if await T(value=True):
                result = "three"
            case _:
                result = "other"
        result
    """,
    "awaited slice bounds": "x = [1, 2, 3, 4]\nx[await T(value=1):await T(value=3)]",
    "while test": "n = 0\nwhile await T(value=n < 3):\n    n += 1\nn",
    "comprehension condition": "[i for i in range(4) if await T(value=i % 2)]",
    "conditional expression": "(await T(value=1)) if await T(value=False) else await T(value=2)",
}

ORDER_PROGRAMS = {
    "store: value, then the container, then the key": """
        log = []
        class Recorder:
            def __setitem__(self, key, value):
                log.append(("set", key, value))
            def __getitem__(self, key):
                log.append(("get", key))
                return 1
        def container():
            log.append("container")
            return Recorder()
        def value():
            log.append("value")
            return 7
        container()[await T(value="k")] = value()
        container()[await T(value="k2")] += value()
        log
    """,
    "unpack: each target evaluated as it stores": """
        def side(n):
            print("side", n)
            return n
        x = [0, 0, 0]
        x[side(0)], x[await T(value=side(1))] = side(5), side(6)
        x
    """,
    "augmented: container, key, value": """
        def side(n):
            print("side", n)
            return n
        d = {"a": [1]}
        d[side("a")][await T(value=side(0))] += side(4)
        d
    """,
    "raise: exception, then cause": """
        def side(n):
            print("side", n)
            return n
        try:
            raise ValueError(side(1), await T(value=side(2))) from KeyError(await T(value=side(3)))
        except ValueError as error:
            print(error.args)
    """,
    "del: targets left to right": """
        def side(n):
            print("side", n)
            return n
        x = list(range(5))
        del x[side(0)], x[await T(value=side(1))], x[side(2)]
        x
    """,
    "a name is read before a later await rebinds it": """
        total = 1
        async def bump():
            global total
            total += 10
            return await T(value=0)
        [total + await bump(), total]
    """,
    "a container is read before an await in its subscript rebinds it": """
        d = {"k": 1}
        async def swap():
            global d
            d = {"k": 2}
            return await T(value="k")
        [d[await swap()], d["k"]]
    """,
    "display elements left to right around awaits": """
        def side(n):
            print("side", n)
            return n
        [side(1), *side([2]), await T(value=side(3)), side(4), *await T(value=[side(5)])]
    """,
    "set and tuple display elements left to right": """
        def side(n):
            print("side", n)
            return n
        [{side(1), *await T(value=[side(2)])}, (side(3), *side([4]), await T(value=side(5)))]
    """,
    "dict display keys and values left to right": """
        def side(n):
            print("side", n)
            return n
        {side("a"): side(1), **side({"m": 0}), side("b"): await T(value=side(2)), side("c"): 3}
    """,
    "f-string parts left to right": """
        def side(n):
            print("side", n)
            return n
        f"{side(1)}-{await T(value=side(2))}-{side(3):>{await T(value=4)}}"
    """,
    "walrus target is not read before the await": "[(y := await T(value=2)), y]",
    "display reads a name before and after an await rebinds it": """
        n = 0
        async def bump():
            global n
            n += 1
            return await T(value=n)
        [n, await bump(), n, *[n], await bump(), n * 10 + await bump()]
    """,
}

IDENTITY_PROGRAMS = {
    "attribute store on an awaited object": """
        class Box:
            pass
        box = Box()
        async def get():
            return box
        (await get()).v = 1
        (await get()).v += await T(value=2)
        first = box.v
        del (await get()).v
        [first, hasattr(box, "v")]
    """,
    "item delete on an awaited container": """
        d = {"a": 1, "b": 2}
        async def get():
            return d
        del (await get())["a"]
        (await get())["c"] = await T(value=3)
        d
    """,
    "except clause with awaited exception types": """
        async def handled(*types):
            await T(value=0)
            return types if len(types) > 1 else types[0]
        out = []
        for error in [KeyError("k"), ValueError("v"), TypeError("t")]:
            try:
                try:
                    raise error
                except (await handled(KeyError)) as caught:
                    out.append(["key", caught.args])
                except await handled(ValueError, IndexError):
                    out.append("value or index")
            except TypeError:
                out.append("uncaught")
        out
    """,
    "except clause with an awaited non-class": """
        try:
            raise KeyError(1)
        except await T(value=5):
            pass
    """,
    "unpack into an awaited object's attributes": """
        class Point:
            pass
        p = Point()
        async def get():
            return p
        (await get()).x, (await get()).y = await T(value=[1, 2])
        [p.x, p.y]
    """,
}


async def assert_same_as_cpython(source: str, awaited: str) -> None:
    program = textwrap.dedent(source).strip()
    program = program.replace("T(", f"{awaited}(")
    if awaited == "in_program":
        program = PROGRAM_COROUTINE + program
    expected = await run_cpython(program, TOOLS)
    actual, _ = await run_interpreter(program, TOOLS)
    assert actual.exc_type == expected.exc_type, (program, actual, expected)
    assert actual.stdout == expected.stdout, program
    assert not list(differences(expected.value, actual.value)), (program, actual.value, expected.value)


@pytest.mark.parametrize("awaited", AWAITED)
@pytest.mark.parametrize("source", PROGRAMS.values(), ids=list(PROGRAMS))
async def test_await_position_matches_cpython(source: str, awaited: str) -> None:
    await assert_same_as_cpython(source, awaited)


@pytest.mark.parametrize("awaited", AWAITED)
@pytest.mark.parametrize("source", ORDER_PROGRAMS.values(), ids=list(ORDER_PROGRAMS))
async def test_evaluation_order_matches_cpython(source: str, awaited: str) -> None:
    await assert_same_as_cpython(source, awaited)


@pytest.mark.parametrize("awaited", AWAITED)
@pytest.mark.parametrize("source", IDENTITY_PROGRAMS.values(), ids=list(IDENTITY_PROGRAMS))
async def test_awaited_program_objects_as_targets(source: str, awaited: str) -> None:
    """Tool results are copies, so targets that must be the program's own object come from an
    `async def`; the awaited tool still takes part."""
    await assert_same_as_cpython(source, awaited)
