"""The program's `difflib` module: CPython 3.11's SequenceMatcher, get_close_matches, Differ, ndiff,
unified_diff, context_diff and restore, with the same results, charged by the work they do.

CPython's matcher is pure Python and worst-case quadratic (`find_longest_match` visits every pair
of equal elements) or worse (`ndiff` rates every pair of lines in a replaced block, each rating a
quadratic match of their characters): a 100k-line diff would run for minutes on one statement.
This port runs the same algorithm with the run's budget charged as it goes, so such a diff ends in
`PtcLimitError` instead. Elements are hashed once, into small ints: each distinct element of `b`
gets a code (an element of `a` absent from `b` gets -1), and the matching runs on the codes. Two
elements match when a dict would find one under the other (as `b2j` does in CPython); the extension
loops of `find_longest_match` compare codes too, where CPython calls `==` (the same answer except
for elements whose `==` disagrees with their hash, see tests/conformance/differences/difflib.md).
Hashing goes through the element's own `__hash__`/`__eq__`, program code that charges its own steps.
`Differ`'s recursive synch-point search runs on an explicit stack, never deeper than one frame.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from itertools import islice, repeat
from typing import TYPE_CHECKING, Any

from ..errors import PtcLimitError
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.budget import (
    SMALL_COPY_CHARS,
    charge_comparisons,
    charge_copy,
    charge_elements,
    charge_entries,
    charge_keys,
    charge_sort,
)
from ..runtime.native import NativeFunction
from ..runtime.registry import CONSTANT, LAZY, LINEAR_IN_ARGUMENT, PARSING, Method, Property
from ..runtime.reprs import program_repr, program_str
from .collections_ import NamedTupleBase
from .support import GeneratorShim, NativeClass, ShimIterator, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext

POSITION_STEPS = 2
"""Steps per position of `a` that `find_longest_match` visits (a fresh dict and two bisections); each
candidate pair of equal elements it visits costs a step more (a few dict operations in Python)."""
_SEQUENCE_TYPES = (str, list, tuple, bytes, range)
_LINE_JUNK = re.compile(r"\s*(?:#\s*)?$").match


class Match(NamedTupleBase):
    """`Match(a=0, b=0, size=2)`, what `find_longest_match` and `get_matching_blocks` return."""

    __slots__ = ()
    ptc_fields = ("a", "b", "size")
    ptc_name = "Match"
    ptc_match_args = ("a", "b", "size")


def _sequence(value: object) -> Any:
    if isinstance(value, _SEQUENCE_TYPES):
        return value
    raise TypeError(f"object of type {ptc_type_name(value)!r} has no len()")


def _index(value: object) -> int:
    if isinstance(value, int):
        return value
    raise TypeError(f"'{ptc_type_name(value)}' object cannot be interpreted as an integer")


def _index_error(sequence: object) -> IndexError:
    kinds: dict[type, str] = {str: "string ", list: "list ", tuple: "tuple ", range: "range object "}
    return IndexError(f"{kinds.get(type(sequence), '')}index out of range")


def _ratio(matches: int, length: int) -> float:
    return 2.0 * matches / length if length else 1.0


def _intern_cost(ctx: RunContext, sequence: Any) -> None:
    """Hashing every element into the code table: a C pass plus the elements' own hashing cost."""
    size = len(sequence)
    limit = ctx.limits.max_container_length
    if size > limit:
        raise PtcLimitError(
            "max_container_length",
            f"difflib compares sequences of up to {limit} elements (lines, or characters of a line);"
            f" this one has {size}",
            hint="compare fewer lines at once, or hand big diffs to a tool",
        )
    charge_elements(ctx, size * 4)
    if type(sequence) is list or type(sequence) is tuple:
        charge_keys(ctx, sequence)


class SequenceMatcher(PtcObject):
    """`difflib.SequenceMatcher(isjunk=None, a='', b='', autojunk=True)`."""

    __slots__ = (
        "a",
        "autojunk",
        "b",
        "b2j",
        "b_counts",
        "b_size",
        "codes",
        "codes_a",
        "codes_b",
        "ctx",
        "isjunk",
        "junk",
        "matching_blocks",
        "opcodes",
    )
    ptc_name = "SequenceMatcher"

    def __init__(self, ctx: RunContext, isjunk: Any, a: Any, b: Any, autojunk: Any) -> None:
        self.ctx = ctx
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a: Any = None
        self.b: Any = None
        self.codes: dict[Any, int] = {}
        self.codes_a: list[int] | None = None
        self.codes_b: list[int] = []
        self.b2j: list[list[int]] = []
        self.junk: set[int] = set()
        self.b_counts: Counter[int] | None = None
        self.b_size = 0
        self.matching_blocks: list[Match] | None = None
        self.opcodes: list[tuple[str, int, int, int, int]] | None = None
        self.set_seqs(a, b)

    # -- sequences ---------------------------------------------------------------------------------

    def set_seqs(self, a: object, b: object) -> None:
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a: object) -> None:
        if a is self.a:
            return
        self.a = _sequence(a)
        self.codes_a = None
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b: object) -> None:
        if b is self.b:
            return
        self.b = _sequence(b)
        self.matching_blocks = self.opcodes = None
        self.b_counts = None
        self.codes_a = None
        self._chain_b()

    def _chain_b(self) -> None:
        """CPython's `__chain_b`: where each element of `b` occurs, less junk and popular elements."""
        ctx, b = self.ctx, self.b
        _intern_cost(ctx, b)
        self.b_size = len(b)
        codes = self.codes = dict(zip(dict.fromkeys(b), range(len(b)), strict=False))
        charge_entries(ctx, len(codes))
        self.codes_b = codes_b = list(map(codes.__getitem__, b))
        b2j: list[list[int]] = [[] for _ in range(len(codes))]
        for j, code in enumerate(codes_b):
            b2j[code].append(j)
        charge_elements(ctx, len(codes_b) * 4)
        self.junk = junk = set()
        isjunk = self.isjunk
        if isjunk:
            for element, code in codes.items():
                ctx.charge(1)
                if isjunk(element):
                    junk.add(code)
            for code in junk:
                b2j[code] = []
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for code, indices in enumerate(b2j):
                if len(indices) > ntest:
                    b2j[code] = []
        self.b2j = b2j

    def _codes_a(self) -> list[int]:
        codes_a = self.codes_a
        if codes_a is None:
            _intern_cost(self.ctx, self.a)
            codes_a = self.codes_a = list(map(self.codes.get, self.a, repeat(-1)))
        return codes_a

    # -- matching ----------------------------------------------------------------------------------

    def find_longest_match(
        self, alo: object = 0, ahi: object = None, blo: object = 0, bhi: object = None
    ) -> Match:
        low_a, low_b = _index(alo), _index(blo)
        high_a = len(self.a) if ahi is None else _index(ahi)
        high_b = len(self.b) if bhi is None else _index(bhi)
        return Match(self._longest(low_a, high_a, low_b, high_b))

    def _longest(self, alo: int, ahi: int, blo: int, bhi: int) -> tuple[int, int, int]:
        codes_a, codes_b, b2j, junk, ctx = self._codes_a(), self.codes_b, self.b2j, self.junk, self.ctx
        if alo < 0 or blo < 0:  # CPython would index from the end; never a silent difference
            raise IndexError("find_longest_match() bounds must not be negative")
        if ahi > len(codes_a) and alo < ahi:  # CPython's loop reads a[len(a)]
            raise _index_error(self.a)
        try:
            return self._longest_within(codes_a, codes_b, b2j, junk, ctx, (alo, ahi, blo, bhi))
        except IndexError:  # an extension step read b[len(b)] (`bhi` past the end), as CPython does
            raise _index_error(self.b) from None

    def _longest_within(
        self,
        codes_a: list[int],
        codes_b: list[int],
        b2j: list[list[int]],
        junk: set[int],
        ctx: RunContext,
        bounds: tuple[int, int, int, int],
    ) -> tuple[int, int, int]:
        alo, ahi, blo, bhi = bounds
        besti, bestj, bestsize = alo, blo, 0
        j2len: dict[int, int] = {}
        nothing: list[int] = []
        pending = 0
        for i in range(alo, ahi):
            code = codes_a[i]
            indices = b2j[code] if code >= 0 else nothing
            # CPython walks the indices below `blo` too, doing nothing with them.
            start = bisect_left(indices, blo) if indices and indices[0] < blo else 0
            stop = bisect_left(indices, bhi, start) if indices and indices[-1] >= bhi else len(indices)
            pending += stop - start + POSITION_STEPS
            if pending > 4096:
                ctx.charge(pending)
                pending = 0
            get = j2len.get
            new_j2len: dict[int, int] = {}
            for j in islice(indices, start, stop):
                k = new_j2len[j] = get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = new_j2len
        ctx.charge(pending + 1)
        start_size = bestsize
        while (
            besti > alo
            and bestj > blo
            and codes_b[bestj - 1] not in junk
            and codes_a[besti - 1] == codes_b[bestj - 1]
        ):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (
            besti + bestsize < ahi
            and bestj + bestsize < bhi
            and codes_b[bestj + bestsize] not in junk
            and codes_a[besti + bestsize] == codes_b[bestj + bestsize]
        ):
            bestsize += 1
        while (
            besti > alo
            and bestj > blo
            and codes_b[bestj - 1] in junk
            and codes_a[besti - 1] == codes_b[bestj - 1]
        ):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (
            besti + bestsize < ahi
            and bestj + bestsize < bhi
            and codes_b[bestj + bestsize] in junk
            and codes_a[besti + bestsize] == codes_b[bestj + bestsize]
        ):
            bestsize += 1
        ctx.charge(bestsize - start_size)
        return besti, bestj, bestsize

    def get_matching_blocks(self) -> list[Match]:
        if self.matching_blocks is not None:
            return self.matching_blocks
        ctx = self.ctx
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        found: list[tuple[int, int, int]] = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = block = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append(block)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        charge_sort(ctx, len(found))
        found.sort()
        i1 = j1 = k1 = 0
        non_adjacent: list[tuple[int, int, int]] = []
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    non_adjacent.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            non_adjacent.append((i1, j1, k1))
        non_adjacent.append((la, lb, 0))
        charge_elements(ctx, len(non_adjacent) * 4)
        self.matching_blocks = list(map(Match, non_adjacent))
        return self.matching_blocks

    def get_opcodes(self) -> list[tuple[str, int, int, int, int]]:
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = answer = []
        blocks = self.get_matching_blocks()
        charge_elements(self.ctx, len(blocks) * 8)
        for ai, bj, size in blocks:
            tag = ""
            if i < ai and j < bj:
                tag = "replace"
            elif i < ai:
                tag = "delete"
            elif j < bj:
                tag = "insert"
            if tag:
                answer.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                answer.append(("equal", ai, i, bj, j))
        return answer

    def get_grouped_opcodes(self, n: object = 3) -> ShimIterator:
        context = _index(n)
        return GeneratorShim("SequenceMatcher.get_grouped_opcodes", self.grouped(context), self.ctx)

    def grouped(self, n: int) -> Iterator[list[tuple[str, int, int, int, int]]]:
        codes = self.get_opcodes()  # edited in place, as CPython does
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == "equal":
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == "equal":
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        nn = n + n
        group: list[tuple[str, int, int, int, int]] = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal" and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == "equal"):
            yield group

    # -- ratings -----------------------------------------------------------------------------------

    def ratio(self) -> float:
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self) -> float:
        codes_a = self._codes_a()
        if self.b_counts is None:
            charge_entries(self.ctx, len(self.codes_b))
            self.b_counts = Counter(self.codes_b)
        charge_entries(self.ctx, len(codes_a))
        counts_b = self.b_counts
        matches = sum(min(count, counts_b[code]) for code, count in Counter(codes_a).items() if code >= 0)
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self) -> float:
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)

    def __repr__(self) -> str:
        return "<difflib.SequenceMatcher object>"


SequenceMatcher.ptc_table = {
    "set_seqs": Method(SequenceMatcher.set_seqs, LINEAR_IN_ARGUMENT),
    "set_seq1": Method(SequenceMatcher.set_seq1, CONSTANT),
    "set_seq2": Method(SequenceMatcher.set_seq2, LINEAR_IN_ARGUMENT),
    "find_longest_match": Method(SequenceMatcher.find_longest_match, PARSING),
    "get_matching_blocks": Method(SequenceMatcher.get_matching_blocks, PARSING),
    "get_opcodes": Method(SequenceMatcher.get_opcodes, PARSING),
    "get_grouped_opcodes": Method(SequenceMatcher.get_grouped_opcodes, LAZY),
    "ratio": Method(SequenceMatcher.ratio, PARSING),
    "quick_ratio": Method(SequenceMatcher.quick_ratio, PARSING),
    "real_quick_ratio": Method(SequenceMatcher.real_quick_ratio, CONSTANT),
    "a": Property(lambda matcher: matcher.a, CONSTANT),
    "b": Property(lambda matcher: matcher.b, CONSTANT),
    "isjunk": Property(lambda matcher: matcher.isjunk, CONSTANT),
    "autojunk": Property(lambda matcher: matcher.autojunk, CONSTANT),
}


# -- line diffs -------------------------------------------------------------------------------------


def _line(ctx: RunContext, prefix: str, line: object) -> str:
    if type(line) is not str:
        raise TypeError(f'can only concatenate str (not "{ptc_type_name(line)}") to str')
    if len(line) > SMALL_COPY_CHARS:
        ctx.check_str_length(len(line) + len(prefix))
        charge_copy(ctx, len(line))
    return prefix + line


def _check_types(ctx: RunContext, a: Any, b: Any, *args: object) -> None:
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError(
                f"lines to compare must be str, not {ptc_type_name(lines[0])} ({program_repr(lines[0], ctx)})"
            )
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError(f"all arguments must be str, not: {program_repr(arg, ctx)}")


def _format_range_unified(start: int, stop: int) -> str:
    beginning = start + 1
    length = stop - start
    if length == 1:
        return f"{beginning}"
    if not length:
        beginning -= 1
    return f"{beginning},{length}"


def _format_range_context(start: int, stop: int) -> str:
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return f"{beginning}"
    return f"{beginning},{beginning + length - 1}"


def _header(ctx: RunContext, mark: str, name: str, date: str, lineterm: str) -> str:
    return _made(ctx, f"{mark} {name}{chr(9) + date if date else ''}{lineterm}")


def _made(ctx: RunContext, text: str) -> str:
    """A line built from the caller's names and `lineterm`, which can be long: charged as a copy
    (already built: its parts are each within the string limit, so it is at most a few times that)."""
    if len(text) > SMALL_COPY_CHARS:
        ctx.check_str_length(len(text))
        charge_copy(ctx, len(text))
    return text


def _unified(
    ctx: RunContext, a: Any, b: Any, names: tuple[object, ...], n: object, lineterm: object
) -> Iterator[str]:
    _check_types(ctx, a, b, *names, lineterm)
    fromfile, tofile, fromdate, todate = names
    assert isinstance(lineterm, str)
    started = False
    for group in SequenceMatcher(ctx, None, a, b, True).grouped(_index(n)):
        if not started:
            started = True
            yield _header(ctx, "---", str(fromfile), str(fromdate), lineterm)
            yield _header(ctx, "+++", str(tofile), str(todate), lineterm)
        first, last = group[0], group[-1]
        file1_range = _format_range_unified(first[1], last[2])
        file2_range = _format_range_unified(first[3], last[4])
        yield _made(ctx, f"@@ -{file1_range} +{file2_range} @@{lineterm}")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield _line(ctx, " ", line)
                continue
            if tag in {"replace", "delete"}:
                for line in a[i1:i2]:
                    yield _line(ctx, "-", line)
            if tag in {"replace", "insert"}:
                for line in b[j1:j2]:
                    yield _line(ctx, "+", line)


_CONTEXT_PREFIX = {"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}


def _context(
    ctx: RunContext, a: Any, b: Any, names: tuple[object, ...], n: object, lineterm: object
) -> Iterator[str]:
    _check_types(ctx, a, b, *names, lineterm)
    fromfile, tofile, fromdate, todate = names
    assert isinstance(lineterm, str)
    started = False
    for group in SequenceMatcher(ctx, None, a, b, True).grouped(_index(n)):
        if not started:
            started = True
            yield _header(ctx, "***", str(fromfile), str(fromdate), lineterm)
            yield _header(ctx, "---", str(tofile), str(todate), lineterm)
        first, last = group[0], group[-1]
        yield _made(ctx, "***************" + lineterm)
        yield _made(ctx, f"*** {_format_range_context(first[1], last[2])} ****{lineterm}")
        if any(tag in {"replace", "delete"} for tag, _, _, _, _ in group):
            for tag, i1, i2, _, _ in group:
                if tag != "insert":
                    for line in a[i1:i2]:
                        yield _line(ctx, _CONTEXT_PREFIX[tag], line)
        yield _made(ctx, f"--- {_format_range_context(first[3], last[4])} ----{lineterm}")
        if any(tag in {"replace", "insert"} for tag, _, _, _, _ in group):
            for tag, _, _, j1, j2 in group:
                if tag != "delete":
                    for line in b[j1:j2]:
                        yield _line(ctx, _CONTEXT_PREFIX[tag], line)


# -- Differ -----------------------------------------------------------------------------------------


def _keep_original_ws(s: str, tags: str) -> str:
    return "".join(c if tag == " " and c.isspace() else tag for c, tag in zip(s, tags, strict=False))


class Differ(PtcObject):
    """`difflib.Differ(linejunk=None, charjunk=None)`: `compare(a, b)` makes ndiff's delta."""

    __slots__ = ("charjunk", "ctx", "linejunk")
    ptc_name = "Differ"

    def __init__(self, ctx: RunContext, linejunk: Any, charjunk: Any) -> None:
        self.ctx = ctx
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a: object, b: object) -> ShimIterator:
        return GeneratorShim("Differ.compare", self._compare(a, b), self.ctx)

    def _compare(self, a: Any, b: Any) -> Iterator[str]:
        cruncher = SequenceMatcher(self.ctx, self.linejunk, a, b, True)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == "replace":
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "delete":
                yield from self._dump("-", a, alo, ahi)
            elif tag == "insert":
                yield from self._dump("+", b, blo, bhi)
            else:
                yield from self._dump(" ", a, alo, ahi)

    def _dump(self, tag: str, lines: Any, lo: int, hi: int) -> Iterator[str]:
        for i in range(lo, hi):
            line = lines[i]
            yield _line(self.ctx, tag + " ", line if type(line) is str else program_str(line, self.ctx))

    def _plain_replace(self, a: Any, alo: int, ahi: int, b: Any, blo: int, bhi: int) -> Iterator[str]:
        if bhi - blo < ahi - alo:
            yield from self._dump("+", b, blo, bhi)
            yield from self._dump("-", a, alo, ahi)
        else:
            yield from self._dump("-", a, alo, ahi)
            yield from self._dump("+", b, blo, bhi)

    def _fancy_replace(self, a: Any, alo: int, ahi: int, b: Any, blo: int, bhi: int) -> Iterator[str]:
        """CPython's `_fancy_replace`/`_fancy_helper` recursion, on a stack of pending pieces: a range
        still to synch up, or lines ready to go out."""
        pending: list[tuple[int, int, int, int] | Iterator[str]] = [(alo, ahi, blo, bhi)]
        while pending:
            piece = pending.pop()
            if not isinstance(piece, tuple):
                yield from piece
                continue
            alo, ahi, blo, bhi = piece
            if alo < ahi and blo < bhi:
                pending.extend(reversed(self._synch(a, alo, ahi, b, blo, bhi)))
            elif alo < ahi:
                yield from self._dump("-", a, alo, ahi)
            elif blo < bhi:
                yield from self._dump("+", b, blo, bhi)

    def _synch(
        self, a: Any, alo: int, ahi: int, b: Any, blo: int, bhi: int
    ) -> list[tuple[int, int, int, int] | Iterator[str]]:
        ctx = self.ctx
        best_ratio, cutoff = 0.74, 0.75
        best_i = best_j = 0
        cruncher = SequenceMatcher(ctx, self.charjunk, "", "", True)
        eqi: int | None = None
        eqj = 0
        for j in range(blo, bhi):
            bj = b[j]
            charge_comparisons(ctx, ahi - alo, bj)  # `ai == bj` walks into nested lines
            cruncher.set_seq2(bj)
            for i in range(alo, ahi):
                ctx.charge(1)
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(ai)
                if (
                    cruncher.real_quick_ratio() > best_ratio
                    and cruncher.quick_ratio() > best_ratio
                    and cruncher.ratio() > best_ratio
                ):
                    best_ratio, best_i, best_j = cruncher.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                return [self._plain_replace(a, alo, ahi, b, blo, bhi)]
            best_i, best_j = eqi, eqj
        else:
            eqi = None
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags: list[str] = []
            btags: list[str] = []
            cruncher.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == "replace":
                    atags.append("^" * la)
                    btags.append("^" * lb)
                elif tag == "delete":
                    atags.append("-" * la)
                elif tag == "insert":
                    btags.append("+" * lb)
                else:
                    atags.append(" " * la)
                    btags.append(" " * lb)
            synched = self._qformat(aelt, belt, "".join(atags), "".join(btags))
        else:
            synched = iter([_line(ctx, "  ", aelt)])
        return [(alo, best_i, blo, best_j), synched, (best_i + 1, ahi, best_j + 1, bhi)]

    def _qformat(self, aline: Any, bline: Any, atags: str, btags: str) -> Iterator[str]:
        ctx = self.ctx
        for line in (aline, bline):
            if type(line) is not str:
                raise TypeError(f"'{ptc_type_name(line)}' object has no attribute 'isspace'")
            charge_copy(ctx, len(line) * 8)
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield _line(ctx, "- ", aline)
        if atags:
            yield f"? {atags}\n"
        yield _line(ctx, "+ ", bline)
        if btags:
            yield f"? {btags}\n"

    def __repr__(self) -> str:
        return "<difflib.Differ object>"


Differ.ptc_table = {"compare": Method(Differ.compare, LAZY)}


# -- the module -------------------------------------------------------------------------------------


def is_line_junk(line: object) -> bool:
    if not isinstance(line, str):
        raise TypeError(f"expected string or bytes-like object, got {ptc_type_name(line)!r}")
    return _LINE_JUNK(line) is not None


def is_character_junk(ch: object) -> bool:
    if not isinstance(ch, str):
        raise TypeError(f"'in <string>' requires string as left operand, not {ptc_type_name(ch)}")
    return ch in " \t"


def make_module(ctx: RunContext) -> ShimModule:
    character_junk = NativeFunction("IS_CHARACTER_JUNK", is_character_junk)

    def new_matcher(
        isjunk: object = None, a: object = "", b: object = "", autojunk: object = True
    ) -> SequenceMatcher:
        return SequenceMatcher(ctx, isjunk, a, b, autojunk)

    def get_close_matches(word: object, possibilities: Any, n: object = 3, cutoff: object = 0.6) -> list[Any]:
        if not n > 0:  # pyright: ignore[reportOperatorIssue]
            raise ValueError(f"n must be > 0: {program_repr(n, ctx)}")
        if not 0.0 <= cutoff <= 1.0:  # pyright: ignore[reportOperatorIssue]
            raise ValueError(f"cutoff must be in [0.0, 1.0]: {program_repr(cutoff, ctx)}")
        result: list[tuple[float, Any]] = []
        matcher = SequenceMatcher(ctx, None, "", word, True)
        for candidate in pulled(ctx, possibilities):
            matcher.set_seq1(candidate)
            if (
                matcher.real_quick_ratio() >= cutoff  # pyright: ignore[reportOperatorIssue]
                and matcher.quick_ratio() >= cutoff  # pyright: ignore[reportOperatorIssue]
                and matcher.ratio() >= cutoff  # pyright: ignore[reportOperatorIssue]
            ):
                result.append((matcher.ratio(), candidate))
        charge_sort(ctx, len(result), result)
        best = heapq.nlargest(n, result)  # pyright: ignore[reportArgumentType]
        return [candidate for _, candidate in best]

    def unified_diff(
        a: object,
        b: object,
        fromfile: object = "",
        tofile: object = "",
        fromfiledate: object = "",
        tofiledate: object = "",
        n: object = 3,
        lineterm: object = "\n",
    ) -> ShimIterator:
        names = (fromfile, tofile, fromfiledate, tofiledate)
        return GeneratorShim(
            "unified_diff", _unified(ctx, _sequence(a), _sequence(b), names, n, lineterm), ctx
        )

    def context_diff(
        a: object,
        b: object,
        fromfile: object = "",
        tofile: object = "",
        fromfiledate: object = "",
        tofiledate: object = "",
        n: object = 3,
        lineterm: object = "\n",
    ) -> ShimIterator:
        names = (fromfile, tofile, fromfiledate, tofiledate)
        return GeneratorShim(
            "context_diff", _context(ctx, _sequence(a), _sequence(b), names, n, lineterm), ctx
        )

    def ndiff(
        a: object, b: object, linejunk: object = None, charjunk: object = character_junk
    ) -> ShimIterator:
        return Differ(ctx, linejunk, charjunk).compare(a, b)

    def new_differ(linejunk: object = None, charjunk: object = None) -> Differ:
        return Differ(ctx, linejunk, charjunk)

    def restore(delta: object, which: object) -> ShimIterator:
        return GeneratorShim("restore", _restore(ctx, delta, which), ctx)

    return ShimModule(
        "difflib",
        {
            "SequenceMatcher": NativeClass("difflib.SequenceMatcher", SequenceMatcher, new_matcher),
            "Differ": NativeClass("difflib.Differ", Differ, new_differ),
            "get_close_matches": NativeFunction("get_close_matches", get_close_matches),
            "unified_diff": NativeFunction("unified_diff", unified_diff),
            "context_diff": NativeFunction("context_diff", context_diff),
            "ndiff": NativeFunction("ndiff", ndiff),
            "restore": NativeFunction("restore", restore),
            "IS_LINE_JUNK": NativeFunction("IS_LINE_JUNK", is_line_junk),
            "IS_CHARACTER_JUNK": character_junk,
        },
    )


def _restore(ctx: RunContext, delta: Any, which: object) -> Iterator[Any]:
    if not isinstance(which, int | float | str):
        raise TypeError(
            "int() argument must be a string, a bytes-like object or a real number,"
            f" not {ptc_type_name(which)!r}"
        )
    tag = {1: "- ", 2: "+ "}.get(int(which))
    if tag is None:
        raise ValueError(f"unknown delta choice (must be 1 or 2): {program_repr(which, ctx)}")
    prefixes = ("  ", tag)
    for line in pulled(ctx, delta):
        if not isinstance(line, str | list | tuple):
            raise TypeError(f"'{ptc_type_name(line)}' object is not subscriptable")
        if line[:2] in prefixes:
            if len(line) > SMALL_COPY_CHARS:
                charge_copy(ctx, len(line))
            yield line[2:]
