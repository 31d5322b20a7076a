"""The program's `string` module: CPython's constants (plain `str`s) and `capwords`."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from ..runtime.allowlist import ShimModule
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_CONSTANTS = [
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "digits",
    "hexdigits",
    "octdigits",
    "punctuation",
    "whitespace",
    "printable",
]


def make_module(ctx: RunContext) -> ShimModule:
    def capwords(s: str, sep: str | None = None) -> str:
        ctx.charge(len(s) // 16 + 1)
        return string.capwords(s, sep)

    members: dict[str, object] = {name: getattr(string, name) for name in _CONSTANTS}
    members["capwords"] = native("capwords", capwords)
    return ShimModule("string", members)
