"""The program's `unicodedata` module: CPython's character database, on str.

Per-character lookups are constant work; `normalize` and `is_normalized` are charged by length, and
a normalized text (which can grow: NFKD expands one character to at most 18) is checked against the
string limit.

`normalize` also puts each run of combining marks into canonical order, and CPython does that with an
insertion sort: a run of k marks in reverse order costs k*k/2 swaps (60,000 marks took minutes). So
the runs are measured first, at C speed, and a long one is charged by its square.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, cast

from ..runtime.allowlist import ShimModule, ptc_type_name
from .support import PARSE_CHARS_PER_STEP, functions
from .text_args import checked_result

if TYPE_CHECKING:
    from ..runtime.context import RunContext

CHARACTER_FUNCTIONS = (
    "name category bidirectional combining decimal digit numeric east_asian_width mirrored decomposition"
)
_FORMS = frozenset({"NFC", "NFD", "NFKC", "NFKD"})


STARTERS_DECOMPOSING_TO_MARKS = frozenset("\u0f73\u0f75\u0f81\uff9e\uff9f")
"""The characters of combining class 0 whose (compatibility) decomposition starts with a combining
mark: their marks join the run they stand in, as the marks themselves do (checked against the whole
database by a test)."""
MARKS_PER_CHARACTER = 2
"""A combining mark decomposes to at most two marks (U+0344)."""
TRAILING_MARKS = 3
"""A starter decomposes to at most three trailing marks (which join the run after it)."""
SWAPS_PER_STEP = 1024
"""Swaps of CPython's canonical-ordering insertion sort per step (a swap takes a few nanoseconds)."""


def reordering_swaps(text: str) -> int:
    """The most swaps CPython's canonical ordering can make on `text`'s decomposition: a run of k
    characters that are (or decompose to) combining marks is at most m*k + t marks long (m marks per
    character, t trailing marks of the starter before it), sorted in at most (m*k + t)^2 / 2 swaps."""
    if text.isascii():
        return 0
    is_mark = map(bool, map(unicodedata.combining, text))
    marks = bytes(map(bool.__or__, is_mark, map(STARTERS_DECOMPOSING_TO_MARKS.__contains__, text)))
    runs = list(map(len, marks.split(b"\x00")))  # 0 between adjacent starters
    run_count = len(runs) - runs.count(0)
    if not run_count:
        return 0
    m, t = MARKS_PER_CHARACTER, TRAILING_MARKS
    # the sum of (m*k + t)^2 over the runs, with each sum taken at C speed
    squares = m * m * sum(map(operator.mul, runs, runs)) + 2 * m * t * sum(runs) + t * t * run_count
    return squares // 2


_WITH_DEFAULT = frozenset({"name", "decimal", "digit", "numeric"})
"""The functions that take a default: CPython numbers their character argument ("argument 1")."""


def _shown_type(value: object) -> str:
    """How CPython's argument parsing names a wrong argument's type: `None` for None."""
    return "None" if value is None else ptc_type_name(value)


def _str_argument(value: object, message: str) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(message.format(type=_shown_type(value)))


def _character(callee: str, value: object) -> str:
    argument = "argument 1" if callee in _WITH_DEFAULT else "argument"
    if not isinstance(value, str):
        raise TypeError(f"{callee}() {argument} must be a unicode character, not {_shown_type(value)}")
    if len(value) != 1:
        raise TypeError(f"{callee}() {argument} must be a unicode character, not str")
    return value


def make_module(ctx: RunContext) -> ShimModule:
    def per_character(callee: str) -> Callable[..., Any]:
        lookup: Callable[..., Any] = getattr(unicodedata, callee)

        def run(character: object, /, *default: Any) -> Any:
            return lookup(_character(callee, character), *default)

        return run

    def arguments(
        callee: str, name: object, unistr: object
    ) -> tuple[Literal["NFC", "NFD", "NFKC", "NFKD"], str]:
        """Both arguments parsed (the form, then the text), then the form looked up, as CPython."""
        chosen = _str_argument(name, f"{callee}() argument 1 must be str, not {{type}}")
        source = _str_argument(unistr, f"{callee}() argument 2 must be str, not {{type}}")
        if chosen not in _FORMS:
            raise ValueError("invalid normalization form")
        return cast('Literal["NFC", "NFD", "NFKC", "NFKD"]', chosen), source

    def normalize(name: object, unistr: object, /) -> str:
        chosen, source = arguments("normalize", name, unistr)
        ctx.charge(len(source) // PARSE_CHARS_PER_STEP + 1)
        ctx.charge(reordering_swaps(source) // SWAPS_PER_STEP)
        result = unicodedata.normalize(chosen, source)
        checked_result(ctx, len(result))
        return result

    def is_normalized(name: object, unistr: object, /) -> bool:
        chosen, source = arguments("is_normalized", name, unistr)
        ctx.charge(len(source) // PARSE_CHARS_PER_STEP + 1)
        return unicodedata.is_normalized(chosen, source)

    def lookup(name: object, /) -> str:
        if isinstance(name, bytes):  # CPython takes a name as bytes too
            name = name.decode("latin-1")
        if not isinstance(name, str):
            raise TypeError(f"a bytes-like object is required, not {ptc_type_name(name)!r}")
        wanted = name
        ctx.charge(len(wanted) // PARSE_CHARS_PER_STEP + 1)
        return unicodedata.lookup(wanted)

    table: dict[str, Callable[..., Any]] = {name: per_character(name) for name in CHARACTER_FUNCTIONS.split()}
    table.update({"normalize": normalize, "is_normalized": is_normalized, "lookup": lookup})
    members: dict[str, Any] = dict(functions(table))
    members["unidata_version"] = unicodedata.unidata_version
    return ShimModule("unicodedata", members)
