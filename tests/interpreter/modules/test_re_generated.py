"""Generated differential test: random patterns from a grammar of the supported syntax, on random
texts, must give CPython's `findall`, `sub` and `split` results (fixed seed, so it is reproducible)."""

from __future__ import annotations

import itertools
import random
import re
from typing import Any

from ptc_shims import Shims

ATOMS = [
    "a",
    "b",
    "c",
    ".",
    r"\d",
    r"\w",
    r"\s",
    r"\W",
    r"\D",
    "[ab]",
    "[^a]",
    "[a-c1]",
    r"[\d_]",
    "é",
    r"\.",
    " ",
]
QUANTIFIERS = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "*?", "+?", "??", "{,2}"]
GROUP_QUANTIFIERS = ["", "", "?", "{2}", "??"]
ALPHABET = "aabbc 1_.é\nA"


def _pattern(rng: random.Random, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.15 and depth < 2:
            inner = _pattern(rng, depth + 1)
            kind = rng.choice(["(", "(?:", f"(?P<g{rng.randint(0, 10**6)}>"])
            # Repeating a group that can match empty (`(a*)*`) captures differently on RE2 (documented).
            parts.append(f"{kind}{inner}){rng.choice(GROUP_QUANTIFIERS)}")
        elif roll < 0.25 and depth < 2:
            parts.append(f"(?:{_pattern(rng, depth + 1)}|{_pattern(rng, depth + 1)})")
        else:
            parts.append(rng.choice(ATOMS) + rng.choice(QUANTIFIERS))
    if rng.random() < 0.1:
        parts.insert(0, "^")
    if rng.random() < 0.1:
        parts.append(r"\Z")
    return "".join(parts)


def _prefers_empty_then_nonempty(compiled: re.Pattern[str], text: str) -> bool:
    spans = [m.span() for m in compiled.finditer(text)]
    return any(a[0] == a[1] == b[0] and b[1] > b[0] for a, b in itertools.pairwise(spans))


def test_generated_patterns_match_cpython(shims: Shims) -> None:
    rng = random.Random(20240501)
    checked = 0
    for _ in range(600):
        pattern = _pattern(rng)
        try:
            compiled = re.compile(pattern)
        except re.error:
            continue
        flags = rng.choice([0, re.IGNORECASE, re.MULTILINE | re.DOTALL, re.ASCII])
        compiled = re.compile(pattern, flags)
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        context = f"pattern={pattern!r} flags={flags!r} text={text!r}"
        if _prefers_empty_then_nonempty(compiled, text):
            continue  # the one documented divergence: RE2 moves on after an empty match
        assert shims.re.findall(pattern, text, flags) == compiled.findall(text), context
        assert shims.re.sub(pattern, "<\\g<0>>", text, 0, flags) == compiled.sub("<\\g<0>>", text), context
        assert shims.re.split(pattern, text, 0, flags) == compiled.split(text), context
        checked += 1
    assert checked > 400


def test_reversed_prefix_closure_accepts_every_reversed_match_prefix() -> None:
    import re2  # pyright: ignore[reportMissingTypeStubs]
    from ptc_interpreter.modules.re_translate import reversed_prefix_closure, to_re2

    rng = random.Random(7)
    checked = 0
    for _ in range(300):
        pattern = _pattern(rng)
        try:
            compiled = re.compile(pattern, re.ASCII)
        except re.error:
            continue
        closure = reversed_prefix_closure(to_re2(pattern, re.ASCII))
        assert closure is not None, pattern
        probe: Any = re2.compile(closure)
        text = "".join(rng.choice("aabbc 1_.\n") for _ in range(rng.randint(0, 30)))
        for match in compiled.finditer(text):
            whole = match.group()
            for cut in range(len(whole) + 1):
                assert probe.fullmatch(whole[:cut][::-1]) is not None, (pattern, whole[:cut])
        checked += 1
    assert checked > 200
