"""`asyncio.Queue`, `LifoQueue` and `PriorityQueue` (docs/semantics.md §3.7): each case is compared with CPython 3.11's own
queues (value, stdout, exception type), including the order in which waiting tasks are woken."""

from __future__ import annotations

import pytest
from ptc_reference import assert_same_as_cpython


@pytest.mark.parametrize(
    "source",
    [
        "import asyncio\nasyncio.Queue().get_nowait()",
        "import asyncio\nq = asyncio.Queue(1)\nq.put_nowait(1)\nq.put_nowait(2)",
        "import asyncio\nasyncio.Queue().task_done()",
        "import asyncio\nawait asyncio.Queue().put()",
        "import asyncio\nawait asyncio.Queue().get(1)",
        "import asyncio\nasyncio.create_task(asyncio.sleep(1)).result()",
    ],
    ids=["get-empty", "put-full", "task-done-too-often", "put-no-item", "get-extra-arg", "result-not-ready"],
)
async def test_misuse_raises_what_cpython_raises(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


async def test_join_waits_for_every_task_done() -> None:
    await assert_same_as_cpython(
        "import asyncio\n"
        "q = asyncio.Queue()\n"
        "log = []\n"
        "for i in range(5):\n"
        "    q.put_nowait(i)\n"
        "async def worker(name):\n"
        "    while True:\n"
        "        item = await q.get()\n"
        "        await asyncio.sleep(0)\n"
        "        log.append((name, item))\n"
        "        q.task_done()\n"
        "workers = [asyncio.create_task(worker(n)) for n in 'ab']\n"
        "await q.join()\n"
        "for w in workers:\n"
        "    w.cancel()\n"
        "outcome = await asyncio.gather(*workers, return_exceptions=True)\n"
        "[log, [type(o).__name__ for o in outcome], q.qsize()]"
    )


async def test_cancelled_put_frees_no_slot_and_loses_no_item() -> None:
    """§3.4: a `put` waiting on a full queue is cancelled; the next waiting put gets the slot."""
    await assert_same_as_cpython(
        "import asyncio\n"
        "q = asyncio.Queue(maxsize=1)\n"
        "q.put_nowait('first')\n"
        "blocked = asyncio.create_task(q.put('cancelled'))\n"
        "waiting = asyncio.create_task(q.put('second'))\n"
        "await asyncio.sleep(0)\n"
        "blocked.cancel()\n"
        "await asyncio.sleep(0)\n"
        "got = [q.get_nowait()]\n"
        "await waiting\n"
        "got.append(q.get_nowait())\n"
        "[got, blocked.cancelled(), q.empty(), q.full()]"
    )


async def test_bounded_lifo_and_priority_queues_block_and_order() -> None:
    await assert_same_as_cpython(
        "import asyncio\n"
        "out = []\n"
        "for make in (asyncio.LifoQueue, asyncio.PriorityQueue):\n"
        "    q = make(maxsize=2)\n"
        "    async def fill():\n"
        "        for x in [5, 1, 4, 2]:\n"
        "            await q.put(x)\n"
        "    filler = asyncio.create_task(fill())\n"
        "    await asyncio.sleep(0)\n"
        "    taken = []\n"
        "    while len(taken) < 4:\n"
        "        taken.append(await q.get())\n"
        "    await filler\n"
        "    out.append(taken)\n"
        "out"
    )


async def test_uncaught_queue_empty_names_the_class() -> None:
    await assert_same_as_cpython(
        "import asyncio\n"
        "q = asyncio.Queue()\n"
        "try:\n"
        "    q.get_nowait()\n"
        "except asyncio.QueueEmpty as e:\n"
        "    caught = [type(e).__name__, isinstance(e, Exception), repr(q)[:7]]\n"
        "caught"
    )


@pytest.mark.parametrize(
    "source",
    [
        "sem = asyncio.Semaphore(1)\nlog = []\nasync def take(n):\n    async with sem:\n        log.append(n)\n"
        "await sem.acquire()\na = asyncio.create_task(take(1))\nb = asyncio.create_task(take(2))\n"
        "await asyncio.sleep(0)\nsem.release()\na.cancel()\nawait asyncio.sleep(0)\nawait asyncio.sleep(0)\n"
        "[log, a.cancelled(), sem.locked()]",
        "q = asyncio.Queue(1)\nq.put_nowait(0)\nasync def put(n):\n    await q.put(n)\n    return n\n"
        "a = asyncio.create_task(put(1))\nb = asyncio.create_task(put(2))\nawait asyncio.sleep(0)\n"
        "got = q.get_nowait()\na.cancel()\nawait asyncio.sleep(0)\nawait asyncio.sleep(0)\n"
        "[got, a.cancelled(), b.done(), q.qsize(), q.get_nowait()]",
    ],
    ids=["semaphore", "queue-put"],
)
async def test_a_woken_waiter_cancelled_before_it_runs_hands_its_turn_on(source: str) -> None:
    """§3.7: the next waiter gets the released slot (semaphore) or the freed place (bounded queue)."""
    await assert_same_as_cpython("import asyncio\n" + source)
