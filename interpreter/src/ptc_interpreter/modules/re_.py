"""The program's `re` module: Python's API on RE2's linear-time engine.

Catastrophic backtracking (`(a+)+$`) would freeze a workflow thread, so matching never runs on
CPython's backtracking `re`: patterns are rewritten to RE2 syntax by `re_translate` (or rejected with
a message saying what to write instead) and run on RE2 through its low-level binding, with the
match loop, replacement templates and `Match` objects implemented here to CPython's semantics.

Budget: every operation charges for the text it scans before scanning, and checks result sizes
(lists, substituted strings) as they grow. RE2 is linear per search, but finding *all* matches
(`findall`, `finditer`, `sub`, `split`) repeats the search after each match, and a pattern that
must look far ahead to settle each match (`x*y|x` on "xxxx…") makes that quadratic. After each
search, `Pattern.price_lookahead` decides whether RE2 may have scanned far past the match (using a
regex of the pattern's reversed match prefixes) and, if so, charges for a scan to the end of the
text, so even that case ends in a step-limit error well within a second while ordinary patterns
pay only for what they scan. Finding a match's groups costs time proportional to the match's length
times the pattern's size (`Pattern.price_submatches`); replacement templates are sized before they
are expanded, and group texts are charged by their length as they are copied.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from re2 import _re2  # pyright: ignore[reportMissingTypeStubs, reportAttributeAccessIssue, reportUnknownVariableType]

from ..builtins.hashing import combine, text_hash
from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import COPY_CHARS_PER_STEP, SMALL_COPY_CHARS, charge_copy
from ..runtime.indexing import operator_index
from ..runtime.registry import (
    CONSTANT,
    PARSING,
    SIZE_CHECKED,
    Method,
    Property,
    TypeTable,
    named_for_programs,
)
from .re_translate import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    reversed_prefix_closure,
    to_re2,
)
from .support import PARSE_CHARS_PER_STEP, NativeClass, ShimIterator, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_ENGINE: Any = _re2
_ANCHOR: Any = _ENGINE.RE2.Anchor
_UNANCHORED: Any = _ANCHOR.UNANCHORED
_ANCHOR_START: Any = _ANCHOR.ANCHOR_START
_ANCHOR_BOTH: Any = _ANCHOR.ANCHOR_BOTH

LOCALE = 4
DEBUG = 128
_FLAG_NAMES = (
    (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"),
    (DEBUG, "re.DEBUG"),
    (ASCII, "re.ASCII"),
)


@named_for_programs
class RegexFlag(int):
    """`re.IGNORECASE` and the other flags: ints that print and combine as CPython's do.

    CPython's own flags are `enum` members, host singletons shared by the whole process with a
    writable `__dict__` (`_value_`, `_name_`): a program holding one could change what `re.I` means
    for the host. These have no `__dict__` (`__slots__ = ()`), so no program can change them."""

    __slots__ = ()
    ptc_name = "re.RegexFlag"

    def __repr__(self) -> str:
        value = int(self)
        if not value:
            return "re.NOFLAG"
        names = [name for bit, name in _FLAG_NAMES if value & bit]
        rest = value & ~_ALL_FLAG_BITS
        if value < 0 or rest:
            return f"{'|'.join(names)}|{rest:#x}" if names and value > 0 else str(value)
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other: object) -> Any:
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other: object) -> Any:
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other: object) -> Any:
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_ALL_FLAG_BITS = sum(bit for bit, _ in _FLAG_NAMES)
_FLAGS: dict[str, RegexFlag] = {
    "NOFLAG": RegexFlag(0),
    "I": RegexFlag(IGNORECASE),
    "IGNORECASE": RegexFlag(IGNORECASE),
    "M": RegexFlag(MULTILINE),
    "MULTILINE": RegexFlag(MULTILINE),
    "S": RegexFlag(DOTALL),
    "DOTALL": RegexFlag(DOTALL),
    "X": RegexFlag(VERBOSE),
    "VERBOSE": RegexFlag(VERBOSE),
    "A": RegexFlag(ASCII),
    "ASCII": RegexFlag(ASCII),
    "U": RegexFlag(UNICODE),
    "UNICODE": RegexFlag(UNICODE),
}
_MAX_CACHED_PATTERNS = 256
LOOKAHEAD_BYTES_PER_STEP = 128
"""Bytes a search may scan past its match per step when it may scan to the end (RE2's DFA: ~2 ns/byte)."""
_CALL_STEPS = 8
"""Fixed cost of a matching call (argument checks, UTF-8 encoding, the binding's overhead)."""
_STEPS_PER_MATCH = 8
"""One search and its look-ahead probe cost a few microseconds through the RE2 binding."""
_STEPS_PER_MATCH_NON_ASCII = 16
"""Non-ASCII text adds byte↔character offset conversions per match."""
_STEPS_PER_REPLACEMENT = 8
"""`sub` builds a Match and expands the template (or calls the program's function) per match."""
_FREE_LOOKAHEAD_BYTES = 32
_UNPROBED_STEPS = 16
"""Below this pessimistic charge (2 KiB of text left) a search is charged it without probing."""
"""Look-ahead past a match that is priced like the match itself (a few characters is normal)."""
_END = 2**63 - 1
_SUBMATCH_BYTES_DIVISOR = 20_000
"""RE2 finds a match's groups with a slower engine run over the match (its NFA when the pattern is
not one-pass: measured up to about 0.2 ns per byte × program size × (50 + groups), 10 µs per byte
for 99 nested groups). A match of n bytes costs n × program size × (50 + groups) // this, in steps."""


def _options() -> Any:
    options: Any = _ENGINE.RE2.Options()
    options.log_errors = False
    return options


def _compile_re2(ctx: RunContext, translated: str, source: str) -> Any:
    regex: Any = _ENGINE.RE2(translated.encode("utf-8"), _options())
    if not regex.ok():
        raise re.error(regex.error().decode("utf-8", "replace"), source)
    ctx.charge(regex.ProgramSize() // PARSE_CHARS_PER_STEP)
    return regex


def _expect_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        raise TypeError("regular expressions on bytes are not supported; decode to str first")
    raise TypeError(f"expected string or bytes-like object, got {ptc_type_name(value)!r}")


def _latin1_text(value: object) -> str:
    """A replacement template or `re.escape`'s argument: CPython reads anything but a str as bytes
    (`str(value, 'latin1')`), with that conversion's error."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        raise TypeError("regular expressions on bytes are not supported; decode to str first")
    raise TypeError(f"decoding to str: need a bytes-like object, {ptc_type_name(value)} found")


class _Text:
    """A subject string prepared for RE2: its UTF-8 bytes and byte↔character offset conversion."""

    __slots__ = ("ascii", "data", "mark_byte", "mark_char", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8")
        self.ascii = len(self.data) == len(text)
        self.mark_byte = 0
        self.mark_char = 0

    def to_byte(self, char_offset: int) -> int:
        if self.ascii:
            return char_offset
        return _ENGINE.CharLenToBytes(self.data, 0, char_offset)

    def to_char(self, byte_offset: int) -> int:
        if self.ascii:
            return byte_offset
        if byte_offset < self.mark_byte:
            return _ENGINE.BytesToCharLen(self.data, 0, byte_offset)
        self.mark_char += _ENGINE.BytesToCharLen(self.data, self.mark_byte, byte_offset)
        self.mark_byte = byte_offset
        return self.mark_char

    def spans(self, byte_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if self.ascii:
            return byte_spans
        offsets = sorted({offset for span in byte_spans for offset in span if offset >= 0})
        chars = {offset: self.to_char(offset) for offset in offsets}
        return [(-1, -1) if start < 0 else (chars[start], chars[end]) for start, end in byte_spans]


@named_for_programs
class Pattern:
    """A compiled regular expression (`re.compile(...)`)."""

    ptc_name = "re.Pattern"
    ptc_binding_reference = staticmethod(lambda: re.compile(""))
    """CPython's own kind of value, whose methods word a wrong call's binding error (`builtins.arity`)."""
    ptc_stable_hash = True  # `__hash__` below is process-independent (builtins/hashing.py)

    __slots__ = (
        "ascii_regex",
        "ascii_source",
        "bare",
        "flags",
        "groupindex",
        "groups",
        "hash_value",
        "pattern",
        "probes",
        "unicode_regex",
        "unicode_source",
    )

    def __init__(
        self, pattern: str, flags: int, ascii_source: str, ascii_regex: Any, unicode_source: str | None
    ) -> None:
        self.pattern = pattern
        self.flags = int(flags) if flags & ASCII else int(flags) | UNICODE
        self.hash_value: int | None = None
        """Computed once: hashing the source text is a scan of it that compiling paid for, once
        (`{p: 1}` of a 100,000-character pattern in a loop ran 47 times the calibration loop)."""
        self.ascii_source = ascii_source
        self.ascii_regex = ascii_regex
        self.probes: dict[bool, Any] = {}
        """Per variant (ASCII text or not): the lookahead probe, or None if there is none."""
        """The translation that is exact on ASCII subject text (most text), cheap to build and run."""
        self.bare: dict[bool, Any] = {}
        """Per variant: the pattern compiled without capturing groups, to find a match's span cheaply."""
        self.unicode_source = unicode_source
        """The full-Unicode translation, when it differs; compiled on first non-ASCII text."""
        self.unicode_regex: Any = None
        regex = ascii_regex
        self.groups: int = regex.NumberOfCapturingGroups()
        named = sorted(regex.NamedCapturingGroups(), key=lambda item: item[1])  # RE2 sorts by name
        self.groupindex: dict[str, int] = {
            name.decode() if isinstance(name, bytes) else name: index for name, index in named
        }

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pattern) and (self.pattern, self.flags) == (other.pattern, other.flags)

    def __hash__(self) -> int:
        if self.hash_value is None:
            self.hash_value = combine((text_hash(self.pattern), hash(int(self.flags))))
        return self.hash_value

    def __repr__(self) -> str:
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        text = repr(self.pattern)[:200]
        return f"re.compile({text}, {'|'.join(names)})" if names else f"re.compile({text})"

    # -- matching core ---------------------------------------------------------------------
    def bounds(self, text: _Text, pos: int, endpos: int) -> tuple[int, int]:
        length = len(text.text)
        return max(0, min(pos, length)), max(0, min(endpos, length))

    def regex_for(self, ctx: RunContext, text: _Text) -> Any:
        if text.ascii or self.unicode_source is None:
            return self.ascii_regex
        if self.unicode_regex is None:
            self.unicode_regex = _compile_re2(ctx, self.unicode_source, self.pattern)
        return self.unicode_regex

    def probe_for(self, ctx: RunContext, text: _Text) -> Any:
        """The reversed-prefix probe of `price_lookahead` for this text's variant, or None."""
        variant = text.ascii or self.unicode_source is None
        if variant not in self.probes:
            source = self.ascii_source if variant else self.unicode_source
            closure = reversed_prefix_closure(source) if source is not None else None
            probe: Any = None
            if closure is not None:
                ctx.charge(len(closure) // PARSE_CHARS_PER_STEP + 1)
                options = _options()
                options.longest_match = True
                probe = _ENGINE.RE2(closure.encode(), options)
                if not probe.ok():
                    probe = None
            self.probes[variant] = probe
        return self.probes[variant]

    def submatch_cost(self, regex: Any) -> int:
        """What finding the groups of a match costs per byte of it (in 1/_SUBMATCH_BYTES_DIVISOR steps)."""
        return regex.ProgramSize() * (50 + self.groups) if self.groups else 0

    def price_submatches(
        self, ctx: RunContext, text: _Text, anchor: Any, per_byte: int, byte_pos: int, byte_end: int
    ) -> int:
        """Price the engine that finds the groups of the next match (searched in [byte_pos, byte_end)).

        Its cost is proportional to the match's length, unknown until the search has run. When even
        a match to the end of the text fits in the steps left, the match is charged once found: the
        cost per byte is returned, for `charge_submatches`. Otherwise the span is found first with
        the pattern compiled without groups (RE2's DFA alone: a few ns per byte) and charged before
        the search runs, so a match that would exhaust the budget ends before it costs seconds;
        0 is returned then."""
        if not per_byte or (byte_end - byte_pos) * per_byte // _SUBMATCH_BYTES_DIVISOR <= ctx.steps_left:
            return per_byte
        variant = text.ascii or self.unicode_source is None
        bare = self.bare.get(variant)
        if bare is None:
            source = self.ascii_source if variant else self.unicode_source
            assert source is not None
            options = _options()
            options.never_capture = True
            bare = _ENGINE.RE2(source.encode("utf-8"), options)
            ctx.charge(bare.ProgramSize() // PARSE_CHARS_PER_STEP)
            self.bare[variant] = bare
        start, end = bare.Match(anchor, text.data, byte_pos, byte_end)[0]
        if start >= 0:
            charge_submatches(ctx, per_byte, start, end)
        return 0

    def price_lookahead(
        self, ctx: RunContext, text: _Text, search_start: int, match_start: int, match_end: int, end: int
    ) -> None:
        """Charge for how far the search that just found [match_start, match_end) may have scanned.

        RE2 keeps scanning past a match while a match starting at or before it could still turn out
        better (`x*y|x` on "xxxx…" scans to the end every time), which makes finding all matches
        quadratic. Whether that can happen is decided by a probe: is some text[s:horizon], with s
        between the search start and the match start, a prefix of a possible match? The probe runs
        a regex of reversed match prefixes, longest-match, over the reversed window (a DFA pass over
        a few bytes). If so, or if there is no probe, the search is charged as if it had scanned to
        the end of the text."""
        data = text.data
        if text.ascii:
            horizon = match_end + _FREE_LOOKAHEAD_BYTES
        else:
            horizon = match_end + _ENGINE.CharLenToBytes(data, match_end, _FREE_LOOKAHEAD_BYTES)
        if horizon >= end:
            return
        pessimistic = (end - horizon) // LOOKAHEAD_BYTES_PER_STEP
        if pessimistic <= _UNPROBED_STEPS:
            ctx.charge(pessimistic)  # cheaper than finding out
            return
        ctx.charge((horizon - search_start) // PARSE_CHARS_PER_STEP)
        probe = self.probe_for(ctx, text)
        if probe is not None:
            window = data[search_start:horizon]
            backwards = window[::-1] if text.ascii else window.decode()[::-1].encode()
            spans = probe.Match(_ANCHOR_START, backwards, 0, len(backwards))
            if spans[0][1] < horizon - match_start:
                return
        ctx.charge(pessimistic)

    def match_at(
        self, ctx: RunContext, text: _Text, anchor: Any, pos: int, endpos: int
    ) -> list[tuple[int, int]] | None:
        if endpos < pos:
            return None
        byte_pos, byte_end = text.to_byte(pos), text.to_byte(endpos)
        regex = self.regex_for(ctx, text)
        per_byte = self.price_submatches(ctx, text, anchor, self.submatch_cost(regex), byte_pos, byte_end)
        byte_spans: list[tuple[int, int]] = regex.Match(anchor, text.data, byte_pos, byte_end)
        if byte_spans[0][0] < 0:
            return None
        charge_submatches(ctx, per_byte, *byte_spans[0])
        return text.spans(byte_spans)

    def scan(self, ctx: RunContext, text: _Text, pos: int, endpos: int) -> Iterator[list[tuple[int, int]]]:
        """Every non-overlapping match, left to right, with CPython's rules for empty matches."""
        if endpos < pos:
            return
        data = text.data
        regex = self.regex_for(ctx, text)
        byte_pos = text.to_byte(pos)
        byte_end = text.to_byte(endpos)
        steps_per_match = _STEPS_PER_MATCH if text.ascii else _STEPS_PER_MATCH_NON_ASCII
        cost = self.submatch_cost(regex)
        while True:
            ctx.charge(steps_per_match)
            # `price_submatches`'s first test and `charge_submatches`, inlined: two calls fewer per match
            per_byte = cost
            if cost and (byte_end - byte_pos) * cost // _SUBMATCH_BYTES_DIVISOR > ctx.steps_left:
                per_byte = self.price_submatches(ctx, text, _UNANCHORED, cost, byte_pos, byte_end)
            byte_spans: list[tuple[int, int]] = regex.Match(_UNANCHORED, data, byte_pos, byte_end)
            if byte_spans[0][0] < 0:
                return
            match_start, match_end = byte_spans[0]
            if per_byte:
                ctx.charge((match_end - match_start) * per_byte // _SUBMATCH_BYTES_DIVISOR)
            self.price_lookahead(ctx, text, byte_pos, match_start, match_end, byte_end)
            yield text.spans(byte_spans)
            if match_start == match_end:
                # No empty match may follow an empty match at the same place: step over a character.
                if match_end >= byte_end:
                    return
                byte_pos = match_end + (1 if text.ascii else _ENGINE.CharLenToBytes(data, match_end, 1))
            else:
                byte_pos = match_end


def charge_submatches(ctx: RunContext, per_byte: int, byte_start: int, byte_end: int) -> None:
    if per_byte:
        ctx.charge((byte_end - byte_start) * per_byte // _SUBMATCH_BYTES_DIVISOR)


@named_for_programs
class Match:
    """The result of a successful match. Spans are character offsets; `(-1, -1)` = group did not take part."""

    ptc_name = "re.Match"
    ptc_binding_reference = staticmethod(lambda: re.match("", ""))

    __slots__ = ("ctx", "endpos", "pos", "re", "spans", "string")

    def __init__(
        self,
        ctx: RunContext,
        pattern: Pattern,
        string: str,
        pos: int,
        endpos: int,
        spans: list[tuple[int, int]],
    ) -> None:
        self.ctx = ctx
        """For `m[g]`, which copies the group's text as `m.group(g)` does and is charged alike."""
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self.spans = spans

    def index(self, group: object) -> int:
        if isinstance(group, int):  # a bool too: `m.group(True)` is group 1, as in CPython
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str) and group in self.re.groupindex:
            return self.re.groupindex[group]
        raise IndexError("no such group")

    def group_text(self, index: int, default: Any = None) -> Any:
        start, end = self.spans[index]
        return default if start < 0 else self.string[start:end]

    def group_length(self, index: int) -> int:
        start, end = self.spans[index]
        return end - start if start >= 0 else 0

    def charge_copies(self, ctx: RunContext, indices: Iterable[int]) -> None:
        """Charge for copying the text of these groups (each is a fresh slice of the subject string)."""
        total = sum(self.group_length(index) for index in indices)
        if total > SMALL_COPY_CHARS:
            charge_copy(ctx, total)

    def __getitem__(self, group: object) -> Any:
        index = self.index(group)
        self.ctx.charge(1)
        self.charge_copies(self.ctx, (index,))
        return self.group_text(index)

    def __repr__(self) -> str:
        return f"<re.Match object; span={self.spans[0]!r}, match={repr(self.group_text(0))[:50]}>"


# -- Match methods (the allowlist) ------------------------------------------------------------


def _group(ctx: RunContext, match: Match, *groups: object) -> Any:
    if not groups:
        match.charge_copies(ctx, (0,))
        return match.group_text(0)
    indices = [match.index(g) for g in groups]
    match.charge_copies(ctx, indices)
    if len(indices) == 1:
        return match.group_text(indices[0])
    return tuple(match.group_text(index) for index in indices)


def _groups(ctx: RunContext, match: Match, default: Any = None) -> tuple[Any, ...]:
    indices = range(1, match.re.groups + 1)
    match.charge_copies(ctx, indices)
    return tuple(match.group_text(i, default) for i in indices)


def _groupdict(ctx: RunContext, match: Match, default: Any = None) -> dict[str, Any]:
    match.charge_copies(ctx, match.re.groupindex.values())
    return {name: match.group_text(index, default) for name, index in match.re.groupindex.items()}


def _start(match: Match, group: object = 0, /) -> int:
    return match.spans[match.index(group)][0]


def _end(match: Match, group: object = 0, /) -> int:
    return match.spans[match.index(group)][1]


def _span(match: Match, group: object = 0, /) -> tuple[int, int]:
    return match.spans[match.index(group)]


def _lastindex(match: Match) -> int | None:
    best_end, best = -1, None
    for group in range(1, match.re.groups + 1):
        end = match.spans[group][1]
        if end > best_end:
            best_end, best = end, group
    return best


def _lastgroup(match: Match) -> str | None:
    last = _lastindex(match)
    return next((name for name, index in match.re.groupindex.items() if index == last), None)


# -- replacement templates --------------------------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"

Template = list[str | int]
"""Literal pieces (str) and group numbers (int), in order."""


def parse_template(template: str, pattern: Pattern) -> Template:
    """CPython's replacement-template syntax: `\\1`…`\\99`, `\\g<n>`, `\\g<name>`, escapes, octal."""
    items: Template = []
    literal: list[str] = []
    length = len(template)
    i = 0

    def group_number(index: int, at: int) -> int:
        if index > pattern.groups:
            raise re.error(f"invalid group reference {index}", template, at)
        return index

    while i < length:
        char = template[i]
        if char != "\\":
            literal.append(char)
            i += 1
            continue
        if i + 1 >= length:
            raise re.error("bad escape (end of pattern)", template, i)
        letter = template[i + 1]
        if letter == "g":
            if i + 2 >= length or template[i + 2] != "<":
                raise re.error("missing <", template, i + 2)
            close = template.find(">", i + 3)
            if close == -1:
                raise re.error("missing >, unterminated name", template, i + 3)
            name = template[i + 3 : close]
            if not name:
                raise re.error("missing group name", template, i + 3)
            if name.isdecimal() and name.isascii():
                number = group_number(int(name), i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f"unknown group name {name!r}")
                number = pattern.groupindex[name]
            else:
                raise re.error(f"bad character in group name {name!r}", template, i + 3)
            items.extend(("".join(literal), number))
            literal.clear()
            i = close + 1
        elif letter == "0":
            digits = "0"
            j = i + 2
            while j < length and len(digits) < 3 and template[j] in _OCTAL:
                digits += template[j]
                j += 1
            literal.append(chr(int(digits, 8)))
            i = j
        elif letter.isdigit() and letter.isascii():
            following = template[i + 2 : i + 4]
            if letter in _OCTAL and len(following) == 2 and all(c in _OCTAL for c in following):
                code = int(letter + following, 8)
                if code > 0o377:
                    raise re.error(
                        f"octal escape value \\{letter + following} outside of range 0-0o377", template, i
                    )
                literal.append(chr(code))
                i += 4
                continue
            digits = letter
            j = i + 2
            if j < length and template[j].isdigit() and template[j].isascii():
                digits += template[j]
                j += 1
            items.extend(("".join(literal), group_number(int(digits), i + 1)))
            literal.clear()
            i = j
        elif letter in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[letter])
            i += 2
        elif letter.isascii() and letter.isalpha():
            raise re.error(f"bad escape \\{letter}", template, i)
        else:
            literal.append("\\" + letter)
            i += 2
    items.append("".join(literal))
    return items


def parse_template_charged(ctx: RunContext, template: object, pattern: Pattern) -> Template:
    """`parse_template` after charging for its pass over the template, a Python loop per character."""
    text = _latin1_text(template)
    ctx.charge(len(text) // PARSE_CHARS_PER_STEP + 1)
    return parse_template(text, pattern)


def expanded_length(items: Template, match: Match) -> int:
    """The length of `expand_template(items, match)`, computed without building it."""
    return sum(len(item) if isinstance(item, str) else match.group_length(item) for item in items)


def expand_template(items: Template, match: Match) -> str:
    return "".join(item if isinstance(item, str) else match.group_text(item, "") for item in items)


def charge_expansion(ctx: RunContext, items: Template, length: int) -> None:
    """Charge for expanding a template: a Python pass over its pieces and the copy of its result
    (`_subn` does the same inline, per match)."""
    ctx.charge(len(items) // PARSE_CHARS_PER_STEP + length // COPY_CHARS_PER_STEP)


# -- Pattern methods (the allowlist) ----------------------------------------------------------


def _prepare(ctx: RunContext, string: object) -> _Text:
    text = _expect_text(string)
    ctx.charge(len(text) // PARSE_CHARS_PER_STEP + _CALL_STEPS)
    return _Text(text)


def _positions(pos: Any, endpos: Any) -> tuple[int, int]:
    """`pos` and `endpos` as ints, converted before the subject is looked at, as CPython's parsing."""
    return operator_index(pos), operator_index(endpos)


def _matcher(anchor: Any) -> Callable[..., Match | None]:
    def run(
        ctx: RunContext, pattern: Pattern, string: object, pos: int = 0, endpos: int = _END
    ) -> Match | None:
        pos, endpos = _positions(pos, endpos)
        text = _prepare(ctx, string)
        pos, endpos = pattern.bounds(text, pos, endpos)
        spans = pattern.match_at(ctx, text, anchor, pos, endpos)
        return None if spans is None else Match(ctx, pattern, text.text, pos, endpos, spans)

    return run


_search = _matcher(_UNANCHORED)
_match = _matcher(_ANCHOR_START)
_fullmatch = _matcher(_ANCHOR_BOTH)


def _findall(
    ctx: RunContext, pattern: Pattern, string: object, pos: int = 0, endpos: int = _END
) -> list[Any]:
    pos, endpos = _positions(pos, endpos)
    text = _prepare(ctx, string)
    pos, endpos = pattern.bounds(text, pos, endpos)
    source = text.text
    groups = pattern.groups
    results: list[Any] = []
    limit = ctx.limits.max_container_length
    for spans in pattern.scan(ctx, text, pos, endpos):
        if groups == 0:
            start, end = spans[0]
            results.append(source[start:end])
        elif groups == 1:
            start, end = spans[1]
            results.append("" if start < 0 else source[start:end])
        else:
            results.append(tuple("" if start < 0 else source[start:end] for start, end in spans[1:]))
        if len(results) > limit:
            ctx.check_container_length(len(results))
    return results


def _finditer(
    ctx: RunContext, pattern: Pattern, string: object, pos: int = 0, endpos: int = _END
) -> ShimIterator:
    pos, endpos = _positions(pos, endpos)
    text = _prepare(ctx, string)
    pos, endpos = pattern.bounds(text, pos, endpos)
    matches = (
        Match(ctx, pattern, text.text, pos, endpos, spans) for spans in pattern.scan(ctx, text, pos, endpos)
    )
    return ShimIterator("callable_iterator", matches, ctx)


def _subn(ctx: RunContext, pattern: Pattern, repl: Any, string: object, count: int = 0) -> tuple[str, int]:
    count = operator_index(count)  # CPython: the count, then the template, then the subject
    template = parse_template_charged(ctx, repl, pattern) if not callable(repl) else None
    literal_chars = sum(len(item) for item in template if isinstance(item, str)) if template else 0
    references = sum(1 for item in template if not isinstance(item, str)) if template else 0
    template_steps = len(template) // PARSE_CHARS_PER_STEP if template else 0
    text = _prepare(ctx, string)
    source = text.text
    if count < 0:  # CPython replaces nothing (it loops while `replaced < count`)
        return source, 0
    pieces: list[str] = []
    size = 0
    last = 0
    replaced = 0
    max_chars = ctx.limits.max_string_length
    # CPython joins its list of pieces (a non-empty text between matches, each replacement that is
    # not None) after calling the function for every match: a replacement that is no str fails the
    # join then, naming its place in that list
    joined_items = 0
    not_text: tuple[int, str] | None = None
    for spans in pattern.scan(ctx, text, 0, len(source)):
        start, end = spans[0]
        match = Match(ctx, pattern, source, 0, len(source), spans)
        joined_items += start > last
        if template is None:
            replacement = repl(match)
            if replacement is None:  # CPython's `sub` takes a function's `None` as an empty replacement
                replacement = ""
            else:
                if not isinstance(replacement, str):
                    if not_text is None:
                        not_text = (joined_items, ptc_type_name(replacement))
                    replacement = ""
                joined_items += 1
        else:
            # size the expansion before building it: r"\1" * 600 of a long group is huge. Every group
            # lies within the match, which bounds the expansion cheaply; its exact size only if needed.
            if size + (start - last) + literal_chars + references * (end - start) > max_chars:
                ctx.check_str_length(size + (start - last) + expanded_length(template, match))
            replacement = expand_template(template, match)
            if len(replacement) >= COPY_CHARS_PER_STEP or template_steps:
                ctx.charge(template_steps + len(replacement) // COPY_CHARS_PER_STEP)
        ctx.charge(_STEPS_PER_REPLACEMENT)
        pieces.append(source[last:start])
        pieces.append(replacement)
        size += (start - last) + len(replacement)
        if size > max_chars:
            ctx.check_str_length(size)
        last = end
        replaced += 1
        if replaced == count:
            break
    if not_text is not None:
        raise TypeError(f"sequence item {not_text[0]}: expected str instance, {not_text[1]} found")
    pieces.append(source[last:])
    ctx.check_str_length(size + len(source) - last)
    return "".join(pieces), replaced


def _sub(ctx: RunContext, pattern: Pattern, repl: Any, string: object, count: int = 0) -> str:
    return _subn(ctx, pattern, repl, string, count)[0]


def _split(ctx: RunContext, pattern: Pattern, string: object, maxsplit: int = 0) -> list[str | None]:
    maxsplit = operator_index(maxsplit)
    text = _prepare(ctx, string)
    source = text.text
    pieces: list[str | None] = []
    last = 0
    splits = 0
    limit = ctx.limits.max_container_length
    if maxsplit >= 0:
        for spans in pattern.scan(ctx, text, 0, len(source)):
            start, end = spans[0]
            pieces.append(source[last:start])
            pieces.extend(None if s < 0 else source[s:e] for s, e in spans[1:])
            if len(pieces) > limit:
                ctx.check_container_length(len(pieces))
            last = end
            splits += 1
            if splits == maxsplit:
                break
    pieces.append(source[last:])
    return pieces


def _expand(ctx: RunContext, match: Match, template: str) -> str:
    items = parse_template_charged(ctx, template, match.re)
    length = expanded_length(items, match)
    ctx.check_str_length(length)
    charge_expansion(ctx, items, length)
    return expand_template(items, match)


TYPE_TABLES: dict[type, TypeTable] = {
    re.error: {
        name: Property(lambda error, name=name: getattr(error, name), CONSTANT)
        for name in ("msg", "pattern", "pos", "lineno", "colno")
    },
    Pattern: {
        "search": Method(_search, PARSING),
        "match": Method(_match, PARSING),
        "fullmatch": Method(_fullmatch, PARSING),
        "findall": Method(_findall, PARSING),
        "finditer": Method(_finditer, PARSING),
        "sub": Method(_sub, PARSING),
        "subn": Method(_subn, PARSING),
        "split": Method(_split, PARSING),
        "pattern": Property(lambda p: p.pattern, CONSTANT),
        "flags": Property(lambda p: p.flags, CONSTANT),
        "groups": Property(lambda p: p.groups, CONSTANT),
        "groupindex": Property(lambda p: dict(p.groupindex), CONSTANT),
    },
    Match: {
        "group": Method(_group, SIZE_CHECKED),
        "groups": Method(_groups, SIZE_CHECKED),
        "groupdict": Method(_groupdict, SIZE_CHECKED),
        "start": Method(_start, CONSTANT),
        "end": Method(_end, CONSTANT),
        "span": Method(_span, CONSTANT),
        "expand": Method(_expand, PARSING),
        "string": Property(lambda m: m.string, CONSTANT),
        "re": Property(lambda m: m.re, CONSTANT),
        "pos": Property(lambda m: m.pos, CONSTANT),
        "endpos": Property(lambda m: m.endpos, CONSTANT),
        "lastindex": Property(_lastindex, CONSTANT),
        "lastgroup": Property(_lastgroup, CONSTANT),
    },
}


def make_module(ctx: RunContext) -> ShimModule:
    cache: dict[tuple[str, int], Pattern] = {}

    def compile(pattern: Any, flags: int = 0) -> Pattern:
        # CPython's `re._compile` order: the cache key (pattern and flags hashed), a compiled
        # pattern with flags, a pattern that is no string, then `flags & re.T`
        for part in (pattern, flags):
            if type(part).__hash__ is None:  # pyright: ignore[reportUnnecessaryComparison]
                raise TypeError(f"unhashable type: {ptc_type_name(part)!r}")
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        if isinstance(pattern, bytes | bytearray):
            _expect_text(pattern)  # refused: regular expressions run on str here
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        source = pattern
        if not isinstance(flags, int):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"unsupported operand type(s) for &: {ptc_type_name(flags)!r} and 'RegexFlag'")
        key = (source, flags)
        cached = cache.get(key)
        if cached is not None:
            return cached
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & DEBUG:
            raise ValueError("re.DEBUG is not supported")
        ctx.charge(2 * len(source) + 1)
        ascii_source = to_re2(source, flags, ascii_text=True)
        unicode_source = to_re2(source, flags)
        compiled = Pattern(
            source,
            flags,
            ascii_source,
            _compile_re2(ctx, ascii_source, source),
            None if unicode_source == ascii_source else unicode_source,
        )
        if len(cache) >= _MAX_CACHED_PATTERNS:
            cache.clear()
        cache[key] = compiled
        return compiled

    def search(pattern: Any, string: Any, flags: int = 0) -> Match | None:
        return _search(ctx, compile(pattern, flags), string)

    def match(pattern: Any, string: Any, flags: int = 0) -> Match | None:
        return _match(ctx, compile(pattern, flags), string)

    def fullmatch(pattern: Any, string: Any, flags: int = 0) -> Match | None:
        return _fullmatch(ctx, compile(pattern, flags), string)

    def findall(pattern: Any, string: Any, flags: int = 0) -> list[Any]:
        return _findall(ctx, compile(pattern, flags), string)

    def finditer(pattern: Any, string: Any, flags: int = 0) -> ShimIterator:
        return _finditer(ctx, compile(pattern, flags), string)

    def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> str:
        return _sub(ctx, compile(pattern, flags), repl, string, count)

    def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> tuple[str, int]:
        return _subn(ctx, compile(pattern, flags), repl, string, count)

    def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int = 0) -> list[str | None]:
        return _split(ctx, compile(pattern, flags), string, maxsplit)

    def escape(pattern: Any) -> str:
        text = _latin1_text(pattern)
        ctx.check_str_length(2 * len(text))
        ctx.charge(len(text) // PARSE_CHARS_PER_STEP + 1)
        return re.escape(text)

    def purge() -> None:
        cache.clear()

    def not_constructible(name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise TypeError(f"cannot create '{name}' instances")

        return refuse

    functions: dict[str, Callable[..., Any]] = {
        "compile": compile,
        "search": search,
        "match": match,
        "fullmatch": fullmatch,
        "findall": findall,
        "finditer": finditer,
        "sub": sub,
        "subn": subn,
        "split": split,
        "escape": escape,
        "purge": purge,
    }
    members: dict[str, Any] = {name: native(name, function) for name, function in functions.items()}
    members.update(
        error=re.error,
        Pattern=NativeClass("re.Pattern", Pattern, not_constructible("re.Pattern")),
        Match=NativeClass("re.Match", Match, not_constructible("re.Match")),
        **_FLAGS,
    )
    return ShimModule("re", members)
