"""The program's `textwrap` module: CPython's wrap, fill, shorten, dedent and indent on str.

Wrapping makes at most one line per character of text, and every line starts with an indent, so
the output is bounded by the text's length times the longest indent: that bound is checked before
wrapping (a long indent over a long text would otherwise build gigabytes), the pass over the text is
charged first and the lines made are charged by their size.

A chunk longer than a line (a long word, or leading whitespace while no line has started) is broken
by slicing one line off and keeping the rest as a new string, so a chunk of n characters on lines
of w columns copies about n*n/(2w) characters: `wrap(" " * 400_000, 1)` ran for minutes. Those chunks
are found first (at C speed) and charged by that square.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import ShimModule
from ..runtime.budget import charge_elements
from . import text_args
from .support import PARSE_CHARS_PER_STEP, functions
from .text_args import checked_result, integer, scanned

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_WRAPPER_OPTIONS: dict[str, type] = {
    "initial_indent": str,
    "subsequent_indent": str,
    "expand_tabs": bool,
    "replace_whitespace": bool,
    "fix_sentence_endings": bool,
    "break_long_words": bool,
    "drop_whitespace": bool,
    "break_on_hyphens": bool,
    "tabsize": int,
    "max_lines": int,
    "placeholder": str,
}


WHITESPACE = "\t\n\x0b\x0c\r "
"""textwrap's own whitespace (not `str.isspace`'s): what separates its chunks."""
SLICED_CHARS_PER_STEP = 8192
"""Characters the slicing of an over-long chunk copies per step (measured: tens of picoseconds each,
and a whitespace chunk is also stripped once per line)."""


def _charge_broken_chunks(ctx: RunContext, text: str, columns: int, options: dict[str, Any]) -> None:
    """Charge the slicing of every chunk longer than a line (see the module docstring). Lines are at
    least one column wide, whatever the indent takes."""
    if columns <= 0 or not options.get("break_long_words", True):
        return  # CPython refuses the width / puts long words whole on their own lines
    indent = max(len(options.get("initial_indent", "")), len(options.get("subsequent_indent", "")))
    room = max(1, columns - indent)
    if len(text) <= room:
        return
    if options.get("expand_tabs", True) and "\t" in text:
        text = text.expandtabs(options.get("tabsize", 8))  # its size was checked and charged
    white, other = f"[{re.escape(WHITESPACE)}]", f"[^{re.escape(WHITESPACE)}]"
    longer = f"{{{room + 1},}}"
    # Whitespace chunks are dropped at line starts, except before the first line (and never when
    # drop_whitespace is off), so only a leading run of them is broken.
    dropping = options.get("drop_whitespace", True)
    pattern = other + longer if dropping else f"{other}{longer}|{white}{longer}"
    lengths = [match.end() - match.start() for match in re.finditer(pattern, text)]
    leading = len(text) - len(text.lstrip(WHITESPACE))
    if dropping and leading > room:
        lengths.append(leading)
    copied = sum(length * length for length in lengths) // (2 * room)
    ctx.charge(copied // SLICED_CHARS_PER_STEP)


def _wrapper(
    ctx: RunContext,
    callee: str,
    value: object,
    width: object,
    options: dict[str, Any],
    *,
    one_line: bool = False,
) -> Any:
    # CPython's order: `TextWrapper(**options)` takes the options, then the text is split (`shorten`
    # strips it first), then the width is compared
    for name, option in options.items():
        expected = _WRAPPER_OPTIONS.get(name)
        if expected is None:
            raise TypeError(f"TextWrapper.__init__() got an unexpected keyword argument {name!r}")
        if option is not None and not isinstance(option, expected if expected is not bool else (bool, int)):
            raise TypeError(f"{callee}() argument {name!r} must be {expected.__name__}")
    if isinstance(value, bytes):  # CPython gets as far as a str-only step with bytes
        if not one_line:
            raise TypeError("a bytes-like object is required, not 'dict'")
        if value.split():
            raise TypeError("sequence item 0: expected str instance, bytes found")
        value = ""
    method = "strip" if one_line else "expandtabs"
    source = text_args.text(value, f"{{type!r}} object has no attribute {method!r}", AttributeError)
    columns = integer(width, "'<=' not supported between instances of {type!r} and 'int'")
    tabsize = options.get("tabsize", 8)
    if options.get("expand_tabs", True) and tabsize > 1:
        expanded = source.count("\t") * tabsize + len(source)
        ctx.check_str_length(expanded)
    else:
        expanded = len(source)
    longest_prefix = max(
        len(options.get("initial_indent", "")),
        len(options.get("subsequent_indent", "")),
        len(options.get("placeholder", " [...]")),
    )
    worst = (expanded + 1) * (longest_prefix + 1)
    if worst > 4 * ctx.limits.max_string_length:
        raise PtcLimitError(
            "max_string_length",
            f"{callee}() of {expanded} characters with an indent or placeholder of {longest_prefix}"
            f" characters could make {worst} characters, over the limit of {ctx.limits.max_string_length}",
        )
    ctx.charge(expanded // PARSE_CHARS_PER_STEP + 1)
    if not one_line:  # a single line slices a long chunk once
        _charge_broken_chunks(ctx, source, columns, options)
    return textwrap.TextWrapper(width=columns, **options), source


def _charged_lines(ctx: RunContext, lines: list[str]) -> list[str]:
    ctx.check_container_length(len(lines))
    charge_elements(ctx, len(lines))
    checked_result(ctx, sum(map(len, lines)))
    return lines


def make_module(ctx: RunContext) -> ShimModule:
    def wrap(value: object, width: object = 70, **options: Any) -> list[str]:
        wrapper, source = _wrapper(ctx, "wrap", value, width, options)
        return _charged_lines(ctx, wrapper.wrap(source))

    def fill(value: object, width: object = 70, **options: Any) -> str:
        wrapper, source = _wrapper(ctx, "fill", value, width, options)
        lines = _charged_lines(ctx, wrapper.wrap(source))
        checked_result(ctx, sum(map(len, lines)) + len(lines))
        return "\n".join(lines)

    def shorten(value: object, width: object, **options: Any) -> str:
        if "max_lines" in options:
            raise TypeError("shorten() got multiple values for keyword argument 'max_lines'")
        wrapper, source = _wrapper(ctx, "shorten", value, width, options, one_line=True)
        wrapper.max_lines = 1
        scanned(ctx, source)
        lines = _charged_lines(ctx, wrapper.wrap(" ".join(source.strip().split())))
        return lines[0] if lines else ""

    def dedent(text: object) -> str:  # CPython's parameter names (`text=` a keyword)
        if isinstance(text, bytes):  # CPython's str pattern on it
            raise TypeError("cannot use a string pattern on a bytes-like object")
        source = text_args.text(text, "expected string or bytes-like object, got {type!r}")
        ctx.charge(len(source) // PARSE_CHARS_PER_STEP + 1)
        result = textwrap.dedent(source)
        checked_result(ctx, len(result))
        return result

    def indent(text: object, prefix: object, predicate: Callable[[str], Any] | None = None) -> str:
        source = text_args.text(text, "'{type}' object has no attribute 'splitlines'", AttributeError)
        if not isinstance(prefix, str) and predicate is None and not source.strip():
            return source  # CPython adds the prefix to no line: it is never used
        added = text_args.text(prefix, "unsupported operand type(s) for +: {type!r} and 'str'")
        line_count = source.count("\n") + 1
        ctx.check_container_length(line_count)
        checked_result(ctx, len(source) + line_count * len(added))
        if predicate is None:
            return textwrap.indent(source, added)
        pieces: list[str] = []
        for line in source.splitlines(True):
            ctx.charge(1)
            pieces.append(added + line if predicate(line) else line)
        return "".join(pieces)

    return ShimModule(
        "textwrap",
        functions({"wrap": wrap, "fill": fill, "shorten": shorten, "dedent": dedent, "indent": indent}),
    )
