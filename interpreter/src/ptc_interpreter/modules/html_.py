"""The program's `html` module: CPython's `escape` and `unescape` on str, charged by length.

`escape` grows its input by at most five characters per escaped one, counted before escaping;
`unescape` never grows it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ..runtime.allowlist import ShimModule
from .support import PARSE_CHARS_PER_STEP, functions, refusals_in_cpythons_words
from .text_args import checked_result, scanned, text

if TYPE_CHECKING:
    from ..runtime.context import RunContext


def make_module(ctx: RunContext) -> ShimModule:
    def escape(s: object, quote: object = True) -> str:
        source = text(s, "'{type}' object has no attribute 'replace'", AttributeError)
        scanned(ctx, source)
        grown = 4 * source.count("&") + 3 * (source.count("<") + source.count(">"))
        if quote:
            grown += 5 * (source.count('"') + source.count("'"))
        checked_result(ctx, len(source) + grown)
        return html.escape(source, bool(quote))

    def unescape(s: object) -> str:
        source = text(s, "expected string or bytes-like object, got {type!r}")
        ctx.charge(len(source) // PARSE_CHARS_PER_STEP + source.count("&") + 1)
        return html.unescape(source)

    table = {"escape": escape, "unescape": unescape}
    table = {name: refusals_in_cpythons_words(getattr(html, name), shim) for name, shim in table.items()}
    return ShimModule("html", functions(table))
