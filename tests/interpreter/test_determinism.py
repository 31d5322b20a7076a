"""The same program and tool results give the same calls, in the same order, and the same value in
any process and with any hash seed (issue 3, "Deterministic by construction").

The program leans on everything that is hash- or address-dependent in CPython: iteration over sets
of strings (driving tool calls and output), dict/set comprehensions, `random` through the shim,
`hash()` when the interpreter offers it, concurrent calls via gather and tasks. It runs in three
subprocesses with different PYTHONHASHSEEDs; traces, values and stdout must be identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import ptc_interpreter

BASE_PROGRAM = textwrap.dedent(
    """
    import asyncio
    import json
    import random
    from collections import Counter

    users = await asyncio.gather(*[get_user(i) for i in range(1, 9)])
    teams = {u["team"] for u in users}
    words = set("the quick brown fox jumps over the lazy dog again and again".split())
    print(list(words))
    print(words, teams)
    tags = set()
    for u in users:
        tags.update(u["tags"])
    for team in teams:
        await search(team, limit=1)
    tasks = [asyncio.create_task(fetch_weather(city)) for city in {"Paris", "Lima", "Tokyo", "Berlin"}]
    forecasts = [await t for t in tasks]
    lengths = {w: len(w) for w in words}
    letters = Counter("".join(words))
    shuffled = sorted(teams)
    random.shuffle(shuffled)
    HASHED
    {
        "teams": list(teams),
        "tags": tags,
        "words": "-".join(words),
        "lengths": json.dumps(lengths),
        "letters": letters.most_common(4),
        "cities": [f["city"] for f in forecasts],
        "random": [random.random(), random.randint(1, 10**6), random.choice(sorted(words))],
        "shuffled": shuffled,
        "popped": words.pop(),
        "frozen": list(frozenset(words) | teams)[:5],
        "hashed": hashed,
    }
    """
)

HASH_LINE = (
    'hashed = [hash(w) for w in ("alpha", "beta")] + [hash(("a", 1))]\n'
    "from collections import namedtuple\n"
    "from dataclasses import dataclass\n"
    "@dataclass(frozen=True)\n"
    "class Frozen:\n"
    "    name: str\n"
    "class Keyed:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "    def __hash__(self):\n"
    "        return hash(self.name)\n"
    "    def __eq__(self, other):\n"
    "        return self.name == other\n"
    'hashed += [hash(Frozen("a")), hash(namedtuple("Pair", "a b")("x", 1)), hash(Keyed("alpha"))]\n'
    'hashed += [{"alpha": 1}.get(Keyed("alpha")), Keyed("beta") in {"beta", "gamma"}]'
)


def program() -> str:
    """`hash` is not in the issue's builtin list; when the interpreter offers it, it must be seed-free."""
    offers_hash = not ptc_interpreter.check(HASH_LINE, tools={})
    return BASE_PROGRAM.replace("HASHED", HASH_LINE if offers_hash else "hashed = None")


CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    sys.path.insert(0, {tests_dir!r})
    import ptc_interpreter
    from ptc_fake_tools import FakeWorld

    result = asyncio.run(ptc_interpreter.run(sys.stdin.read(), tools=FakeWorld().tools()))
    calls = [
        [c.tool, sorted(c.arguments.items()), c.sequence, [c.span.line, c.span.col, c.span.end_col]]
        for c in result.calls
    ]
    print("REPORT " + json.dumps({{"value": repr(result.value), "stdout": result.stdout, "calls": calls}}))
    """
)


def run_child(script: str, seed: str, *, timeout: float, stdin: str | None = None) -> dict[str, Any]:
    """Runs `script` under PYTHONHASHSEED=`seed` and returns the JSON it prints after `REPORT `."""
    completed = subprocess.run(
        [sys.executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    for line in completed.stdout.splitlines():
        if line.startswith("REPORT "):
            return json.loads(line.removeprefix("REPORT "))
    raise AssertionError(f"child failed (rc={completed.returncode}):\n{completed.stderr[-2000:]}")


def run_with_hash_seed(seed: str) -> dict[str, Any]:
    return run_child(CHILD.format(tests_dir=str(Path(__file__).parent)), seed, timeout=60, stdin=program())


def test_same_trace_value_and_stdout_under_different_hash_seeds() -> None:
    first, second, third = (run_with_hash_seed(seed) for seed in ("0", "1", "4242"))
    assert first["calls"] == second["calls"] == third["calls"]
    assert first["value"] == second["value"] == third["value"]
    assert first["stdout"] == second["stdout"] == third["stdout"]
    assert len(first["calls"]) == 8 + 4 + 4


def test_sets_iterate_in_insertion_order() -> None:
    report = run_with_hash_seed("7")
    words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "again", "and", "again"]
    assert report["stdout"].splitlines()[0] == repr(list(dict.fromkeys(words)))
    searched = [dict(args)["query"] for tool, args, _, _ in report["calls"] if tool == "search"]
    assert searched == list(dict.fromkeys(["search", "billing", "growth", "platform"]))


CORPUS_CHILD = textwrap.dedent(
    """
    import asyncio, json, pathlib, sys
    sys.path.insert(0, {tests_dir!r})
    import ptc_interpreter
    from ptc_fake_tools import FakeWorld

    async def main():
        out = {{}}
        for path in sorted(pathlib.Path({programs_dir!r}).glob("*.py")):
            try:
                result = await ptc_interpreter.run(path.read_text(), tools=FakeWorld().tools())
                calls = [[c.tool, repr(sorted(c.arguments.items())), c.sequence] for c in result.calls]
                out[path.stem] = [repr(result.value), result.stdout, calls]
            except ptc_interpreter.PtcError as error:
                out[path.stem] = ["error", str(error)]
        return out

    print("REPORT " + json.dumps(asyncio.run(main())))
    """
)


def run_corpus_with_hash_seed(seed: str) -> dict[str, Any]:
    tests_dir = Path(__file__).parent
    script = CORPUS_CHILD.format(tests_dir=str(tests_dir), programs_dir=str(tests_dir / "programs"))
    return run_child(script, seed, timeout=300)


def test_whole_program_corpus_is_hash_seed_independent() -> None:
    """Every differential program (values, stdout, call traces, error reports) under two hash seeds."""
    first, second = run_corpus_with_hash_seed("11"), run_corpus_with_hash_seed("977")
    assert first.keys() == second.keys()
    assert len(first) >= 60, "an empty or missing corpus would make this comparison vacuous"
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []
