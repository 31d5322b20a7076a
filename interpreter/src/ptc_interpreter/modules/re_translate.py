"""Python regular-expression syntax → RE2 syntax, or a clear error for what RE2 cannot do.

Programs write Python's `re` dialect; the `re` shim runs RE2 (linear-time, no backtracking, so no
pattern can hang a workflow thread). The dialects differ in ways that would silently change results,
so every pattern is rewritten here first:

- Python's `\\d`, `\\w`, `\\s` are Unicode-aware for str patterns; RE2's are ASCII. They become
  Unicode property classes (unless `re.ASCII`).
- `\\Z` is RE2's `\\z`; `\\uXXXX`, `\\UXXXXXXXX`, `\\N{name}`, octal escapes become `\\x{...}`;
  `{,n}` becomes `{0,n}`; `(?#...)` comments and `re.VERBOSE` whitespace/comments are removed.
- Backreferences, lookaround, atomic groups, possessive quantifiers and conditionals need
  backtracking: they raise `re.error` naming the construct and what to write instead.

Known remaining differences: `\\b` is ASCII-only; a non-MULTILINE `$` does not match before a
final newline (write `\\n?$` or strip the text); after an empty match, CPython may still find a
non-empty match at the same position (`re.findall("|a", "a")`), RE2 moves on; a repeated group
that can match empty (`(a*)*`) may capture a different iteration.
"""

from __future__ import annotations

import re
import unicodedata

IGNORECASE = 2
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
ASCII = 256

_UNICODE_CLASS_BODIES = {
    "d": r"\p{Nd}",
    "w": r"\p{L}\p{N}_",
    "s": r"\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}",
}
_ASCII_CLASS_BODIES = {"d": "0-9", "w": "0-9A-Za-z_", "s": r"\t-\r "}
_ASCII_SPACES = (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20)
# Python's Unicode classes restricted to ASCII: exact for ASCII subject text, and far cheaper for RE2
# to compile and run than the Unicode property classes (which cost milliseconds per pattern).
_ASCII_TEXT_CLASS_BODIES = {"d": "0-9", "w": "0-9A-Za-z_", "s": r"\t-\r\x{1c}-\x{20}"}
_ASCII_TEXT_SPACES = (*range(0x09, 0x0E), *range(0x1C, 0x21))
_UNICODE_SPACES = (
    *range(0x09, 0x0E),
    *range(0x1C, 0x21),
    0x85,
    0xA0,
    0x1680,
    *range(0x2000, 0x200B),
    0x2028,
    0x2029,
    0x202F,
    0x205F,
    0x3000,
)
_SIMPLE_ESCAPES = {"a": 0x07, "f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"

# The translator's own tokenizing patterns (fixed, tiny, no nested quantifiers: CPython's engine is
# safe for these; the program's patterns never run on it).
_QUANTIFIER = re.compile(r"\{([0-9]*)(,?)([0-9]*)\}")
_INLINE_FLAGS = re.compile(r"([aiLmsux]*)(?:-([imsx]*))?([:)])")

_NO_BACKTRACKING = "regular expressions run on RE2, which guarantees linear time and so has no backtracking"


def _unsupported(construct: str, instead: str, pattern: str, pos: int) -> re.error:
    return re.error(f"{construct} is not supported ({_NO_BACKTRACKING}); instead, {instead}", pattern, pos)


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


class _Translator:
    def __init__(self, pattern: str, flags: int, ascii_text: bool) -> None:
        self.pattern = pattern
        self.pos = 0
        self.verbose = bool(flags & VERBOSE)
        self.ascii = bool(flags & ASCII)
        self.ascii_text = ascii_text
        self.out: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def error(self, message: str, pos: int | None = None) -> re.error:
        return re.error(message, self.pattern, self.pos if pos is None else pos)

    def peek(self, offset: int = 0) -> str:
        index = self.pos + offset
        return self.pattern[index] if index < len(self.pattern) else ""

    def class_body(self, letter: str) -> str:
        if self.ascii:
            return _ASCII_CLASS_BODIES[letter]
        return (_ASCII_TEXT_CLASS_BODIES if self.ascii_text else _UNICODE_CLASS_BODIES)[letter]

    # -- main loop -------------------------------------------------------------------------
    def translate(self) -> str:
        pattern = self.pattern
        while self.pos < len(pattern):
            char = pattern[self.pos]
            if self.verbose and char in " \t\n\r\f\v":
                self.pos += 1
            elif self.verbose and char == "#":
                end = pattern.find("\n", self.pos)
                self.pos = len(pattern) if end == -1 else end + 1
            elif char == "\\":
                self.out.append(self.escape(in_class=False))
            elif char == "[":
                self.out.append(self.character_class())
            elif char == "(":
                self.group()
            elif char == "{":
                self.brace()
            elif char in "*+?":
                self.pos += 1
                self.out.append(char)
                if self.peek() == "+":
                    raise _unsupported(
                        f"possessive quantifier '{char}+'", f"write '{char}'", pattern, self.pos
                    )
                if self.peek() == "?":
                    self.pos += 1
                    self.out.append("?")
            else:
                self.pos += 1
                self.out.append(char)
        return "".join(self.out)

    def brace(self) -> None:
        match = _QUANTIFIER.match(self.pattern, self.pos)
        if match is None or not (match.group(1) or match.group(2)):
            self.pos += 1
            self.out.append(r"\{")
            return
        low, comma, high = match.groups()
        self.out.append("{" + (low or "0") + comma + high + "}")
        self.pos = match.end()
        if self.peek() == "+":
            raise _unsupported("possessive quantifier '{m,n}+'", "drop the '+'", self.pattern, self.pos)
        if self.peek() == "?":
            self.pos += 1
            self.out.append("?")

    def group(self) -> None:
        pattern = self.pattern
        start = self.pos
        if self.peek(1) != "?":
            self.pos += 1
            self.out.append("(")
            return
        self.pos += 2
        kind = self.peek()
        if kind == ":":
            self.pos += 1
            self.out.append("(?:")
        elif kind == "P" and self.peek(1) == "<":
            end = pattern.find(">", self.pos)
            if end == -1:
                raise self.error("missing >, unterminated name")
            name = pattern[self.pos + 2 : end]
            if not name.isidentifier():
                raise self.error(f"bad character in group name {name!r}", self.pos + 2)
            self.out.append(f"(?P<{name}>")
            self.pos = end + 1
        elif kind == "P" and self.peek(1) == "=":
            raise _unsupported(
                "a backreference (?P=name)", "capture the groups and compare them in Python", pattern, start
            )
        elif kind in "=!":
            raise _unsupported(
                f"lookahead (?{kind}...)",
                "match more broadly and check the surrounding text in Python (or use a capture group)",
                pattern,
                start,
            )
        elif kind == "<" and self.peek(1) in ("=", "!"):
            raise _unsupported(
                f"lookbehind (?<{self.peek(1)}...)",
                "match more broadly and check the surrounding text in Python (or use a capture group)",
                pattern,
                start,
            )
        elif kind == ">":
            raise _unsupported("an atomic group (?>...)", "write a plain group (?:...)", pattern, start)
        elif kind == "(":
            raise _unsupported(
                "a conditional group (?(id)yes|no)", "write the alternatives out with '|'", pattern, start
            )
        elif kind == "#":
            end = pattern.find(")", self.pos)
            if end == -1:
                raise self.error("missing ), unterminated comment")
            self.pos = end + 1
        else:
            self.inline_flags(start)

    def inline_flags(self, start: int) -> None:
        pattern = self.pattern
        match = _INLINE_FLAGS.match(pattern, self.pos)
        if match is None:
            raise self.error(f"unknown extension ?{pattern[self.pos : self.pos + 1]}", start)
        on, off, terminator = match.group(1), match.group(2) or "", match.group(3)
        if "L" in on:
            raise self.error("bad inline flags: cannot use 'L' flag with a str pattern", start)
        if "x" in on or "x" in off:
            if terminator == ":" or start != 0:
                raise self.error(
                    "the verbose flag (?x) is only supported at the start of the pattern (or pass re.VERBOSE)",
                    start,
                )
            self.verbose = "x" in on
        if "a" in on:
            if terminator == ":" or start != 0:
                raise self.error("the ASCII flag (?a) is only supported at the start of the pattern", start)
            self.ascii = True
        kept_on = "".join(f for f in on if f in "ims")
        kept_off = "".join(f for f in off if f in "ims")
        self.pos = match.end()
        flags = kept_on + (f"-{kept_off}" if kept_off else "")
        if terminator == ":":
            self.out.append(f"(?{flags}:")
        elif flags:
            self.out.append(f"(?{flags})")

    # -- escapes ---------------------------------------------------------------------------
    def escape(self, *, in_class: bool) -> str:
        """Translate the escape at `self.pos` (a backslash); returns RE2 text usable in the same context."""
        pattern = self.pattern
        start = self.pos
        if start + 1 >= len(pattern):
            raise self.error("bad escape (end of pattern)")
        letter = pattern[start + 1]
        self.pos += 2
        if letter in "dws":
            body = self.class_body(letter)
            return body if in_class else f"[{body}]"
        if letter in "DWS":
            lower = letter.lower()
            if in_class:
                if lower == "d":
                    return r"\D" if self.ascii or self.ascii_text else r"\P{Nd}"
                if lower == "w" and (self.ascii or self.ascii_text):
                    return r"\W"  # RE2's ASCII \W is exactly [^0-9A-Za-z_]
                raise _ClassNegation(letter)
            return f"[^{self.class_body(lower)}]"
        if letter in _SIMPLE_ESCAPES:
            return _char(_SIMPLE_ESCAPES[letter])
        if letter == "b":
            return _char(0x08) if in_class else r"\b"
        if letter in "AB" and not in_class:
            return "\\" + letter
        if letter == "Z" and not in_class:
            return r"\z"
        if letter == "x":
            digits = pattern[self.pos : self.pos + 2]
            if len(digits) != 2 or any(c not in _HEX for c in digits):
                raise self.error(f"incomplete escape \\x{digits}", start)
            self.pos += 2
            return _char(int(digits, 16))
        if letter in "uU":
            width = 4 if letter == "u" else 8
            digits = pattern[self.pos : self.pos + width]
            if len(digits) != width or any(c not in _HEX for c in digits):
                raise self.error(f"incomplete escape \\{letter}{digits}", start)
            self.pos += width
            return _char(int(digits, 16))
        if letter == "N":
            end = pattern.find("}", self.pos)
            if self.peek() != "{" or end == -1:
                raise self.error("missing {", start)
            name = pattern[self.pos + 1 : end]
            try:
                code = ord(unicodedata.lookup(name))
            except KeyError:
                raise self.error(f"undefined character name {name!r}", start) from None
            self.pos = end + 1
            return _char(code)
        if letter == "0" or (in_class and letter in _OCTAL):
            digits = letter
            while len(digits) < 3 and self.peek() in _OCTAL and self.peek():
                digits += self.peek()
                self.pos += 1
            return _char(int(digits, 8))
        if letter.isdigit():
            following = pattern[self.pos : self.pos + 2]
            if letter in _OCTAL and len(following) == 2 and all(c in _OCTAL for c in following):
                self.pos += 2
                code = int(letter + following, 8)
                if code > 0o377:
                    raise self.error(
                        f"octal escape value \\{letter + following} outside of range 0-0o377", start
                    )
                return _char(code)
            raise _unsupported(
                f"a backreference \\{letter}", "capture the groups and compare them in Python", pattern, start
            )
        if letter.isascii() and letter.isalnum():
            raise self.error(f"bad escape \\{letter}", start)
        return _char(ord(letter))

    def character_class(self) -> str:
        pattern = self.pattern
        start = self.pos
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        parts: list[str] = []
        negations: list[str] = []
        first = True
        while True:
            if self.pos >= len(pattern):
                raise self.error("unterminated character set", start)
            char = pattern[self.pos]
            if char == "]" and not first:
                self.pos += 1
                break
            first = False
            if char == "\\":
                try:
                    parts.append(self.escape(in_class=True))
                except _ClassNegation as negation:
                    negations.append(negation.letter)
            elif char in "[]":
                parts.append("\\" + char)
                self.pos += 1
            else:
                parts.append(char)
                self.pos += 1
        body = "".join(parts)
        if not negations:
            return f"[{'^' if negated else ''}{body}]"
        if negated:
            return self.negated_complement(negations, parts, start)
        alternatives = [f"[^{self.class_body(letter.lower())}]" for letter in negations]
        if body:
            alternatives.insert(0, f"[{body}]")
        return "(?:" + "|".join(alternatives) + ")"

    def negated_complement(self, negations: list[str], parts: list[str], start: int) -> str:
        """`[^\\W...]` / `[^\\S...]`: "word (or space) characters except ...", spelled positively.

        RE2 sets cannot intersect, so only the common idioms are supported: `[^\\W\\d]`, `[^\\W_]`,
        `[^\\W\\d_]` (letters) and `[^\\S<chars>]` (whitespace except some characters)."""
        unsupported = self.error(
            f"\\{negations[0]} inside a negated set [^...] is only supported as [^\\W\\d_] or "
            "[^\\S<characters>]; match the characters you want positively",
            start,
        )
        if negations == ["W"]:
            digits = self.class_body("d")
            if any(part not in (digits, "_") for part in parts):
                raise unsupported
            if self.ascii or self.ascii_text:
                letters = "A-Za-z"
                numbers = "" if digits in parts else "0-9"
            else:
                letters = r"\p{L}"
                numbers = r"\p{Nl}\p{No}" if digits in parts else r"\p{N}"
            return f"[{letters}{numbers}{'' if '_' in parts else '_'}]"
        if negations == ["S"]:
            excluded: set[int] = set()
            for part in parts:
                code = _literal_code(part)
                if code is None:
                    raise unsupported
                excluded.add(code)
            if self.ascii:
                spaces = _ASCII_SPACES
            else:
                spaces = _ASCII_TEXT_SPACES if self.ascii_text else _UNICODE_SPACES
            return "[" + "".join(_char(code) for code in spaces if code not in excluded) + "]"
        raise unsupported


def _literal_code(part: str) -> int | None:
    """The code point of a translated single-character set item, or None if it is not one."""
    if len(part) == 1:
        return ord(part)
    if part.startswith("\\x{") and part.endswith("}"):
        return int(part[3:-1], 16)
    if len(part) == 2 and part[0] == "\\":
        return ord(part[1])
    return None


class _ClassNegation(Exception):
    """`\\W`/`\\S` inside a set: RE2 sets cannot contain a negated multi-range class."""

    def __init__(self, letter: str) -> None:
        super().__init__(letter)
        self.letter = letter


def to_re2(pattern: str, flags: int, *, ascii_text: bool = False) -> str:
    """The RE2 pattern equivalent to Python's `pattern` under `flags`, or `re.error`.

    With `ascii_text`, the result is only equivalent on ASCII subject strings (and much cheaper)."""
    translator = _Translator(pattern, flags, ascii_text)
    body = translator.translate()
    prefix = "".join(
        letter for bit, letter in ((IGNORECASE, "i"), (MULTILINE, "m"), (DOTALL, "s")) if flags & bit
    )
    return f"(?{prefix}){body}" if prefix else body


# -- reversed prefix closure (for pricing all-matches scans; see re_.Pattern.price_lookahead) --------

_MAX_PREFIX_ITEMS = 200
"""Sequences longer than this get no prefix closure (its nesting would grow past RE2's limits)."""


class _Item:
    """One quantified atom of a translated pattern: a consuming atom, a zero-width one, or a group."""

    __slots__ = ("alternatives", "maximum", "opener", "quantifier", "text", "zero_width")

    def __init__(
        self,
        text: str,
        *,
        zero_width: bool = False,
        opener: str = "",
        alternatives: list[list[_Item]] | None = None,
    ) -> None:
        self.text = text
        self.zero_width = zero_width
        self.opener = opener
        self.alternatives = alternatives
        self.quantifier = ""
        self.maximum: int | None = 1


class _PrefixBuilder:
    """Parses the RE2 subset `to_re2` emits into items."""

    def __init__(self, source: str) -> None:
        self.source = source

    def parse(self, i: int) -> tuple[list[list[_Item]], int]:
        source = self.source
        alternatives: list[list[_Item]] = [[]]
        while i < len(source):
            char = source[i]
            if char == "|":
                alternatives.append([])
                i += 1
                continue
            if char == ")":
                break
            if char == "(":
                item, i = self.group(i)
            elif char == "[":
                end = self.class_end(i)
                item, i = _Item(source[i:end]), end
            elif char == "\\":
                end = self.escape_end(i)
                item = _Item(source[i:end], zero_width=source[i + 1] in "bBAz")
                i = end
            else:
                item, i = _Item(char, zero_width=char in "^$"), i + 1
            i = self.quantifier(item, i)
            alternatives[-1].append(item)
            if len(alternatives[-1]) > _MAX_PREFIX_ITEMS:
                raise _TooComplex
        return alternatives, i

    def group(self, i: int) -> tuple[_Item, int]:
        source = self.source
        if source.startswith("(?P<", i):
            opener, start = "(?:", source.index(">", i) + 1
        elif source.startswith("(?", i):
            end = i + 2
            while source[end] not in ":)":
                end += 1
            if source[end] == ")":  # global flags: zero-width, they apply to the rest
                return _Item(source[i : end + 1], zero_width=True), end + 1
            opener, start = source[i : end + 1], end + 1
        else:
            opener, start = "(?:", i + 1
        alternatives, end = self.parse(start)
        if end >= len(source) or source[end] != ")":
            raise _TooComplex
        return _Item("", opener=opener, alternatives=alternatives), end + 1

    def class_end(self, i: int) -> int:
        source = self.source
        j = i + 1
        while source[j] != "]":
            j = self.escape_end(j) if source[j] == "\\" else j + 1
        return j + 1

    def escape_end(self, i: int) -> int:
        source = self.source
        if source[i + 1] in "xpP" and source[i + 2 : i + 3] == "{":
            return source.index("}", i) + 1
        return i + 2

    def quantifier(self, item: _Item, i: int) -> int:
        source = self.source
        start = i
        if i < len(source) and source[i] in "*+?":
            item.maximum = None if source[i] in "*+" else 1
            i += 1
        elif i < len(source) and source[i] == "{":
            close = source.index("}", i)
            low, _, high = source[i + 1 : close].partition(",")
            item.maximum = int(low) if "," not in source[i + 1 : close] else (int(high) if high else None)
            i = close + 1
        else:
            return i
        if i < len(source) and source[i] == "?":
            i += 1
        item.quantifier = source[start:i]
        return i


class _TooComplex(Exception):
    """The pattern is outside what the prefix builder handles; callers price scans pessimistically."""


def _reversed(item: _Item) -> str:
    """The item matching reversed text (zero-width assertions dropped: a superset, which is safe)."""
    if item.zero_width:
        return ""
    if item.alternatives is None:
        return item.text + item.quantifier
    return item.opener + "|".join(map(_reversed_sequence, item.alternatives)) + ")" + item.quantifier


def _reversed_sequence(items: list[_Item]) -> str:
    return "".join(map(_reversed, reversed(items)))


def _reversed_prefixes_of_atom(item: _Item) -> str:
    if item.zero_width:
        return ""
    if item.alternatives is None:
        return f"(?:{item.text})?"
    return item.opener + "|".join(map(_reversed_prefixes_of_sequence, item.alternatives)) + ")"


def _reversed_prefixes_of_item(item: _Item) -> str:
    once = _reversed_prefixes_of_atom(item)
    if not item.quantifier or item.zero_width or item.maximum == 1:
        return once
    if item.maximum == 0:
        return ""
    bare = _Item(item.text, opener=item.opener, alternatives=item.alternatives)
    repeat = "*" if item.maximum is None else f"{{0,{item.maximum - 1}}}"
    return f"{once}(?:{_reversed(bare)}){repeat}"


def _reversed_prefixes_of_sequence(items: list[_Item]) -> str:
    """Reversed prefixes of A1 … An: (reversed prefix of A2 … An) then reversed A1, or a reversed
    prefix of A1."""
    result = ""
    for item in reversed(items):
        result = f"(?:{result}{_reversed(item)}|{_reversed_prefixes_of_item(item)})"
    return result


def reversed_prefix_closure(re2_pattern: str) -> str | None:
    """An RE2 pattern matching the *reversals* of the prefixes of `re2_pattern`'s matches (a
    `to_re2` result; assertions are dropped, so it may match more), or None when the pattern is too
    complex to rewrite. Global flags at the start are kept in front."""
    try:
        alternatives, end = _PrefixBuilder(re2_pattern).parse(0)
    except (_TooComplex, ValueError, IndexError):
        return None
    if end != len(re2_pattern):
        return None
    flags = ""
    if len(alternatives) == 1 and alternatives[0] and alternatives[0][0].text.startswith("(?"):
        flags = alternatives[0][0].text
        alternatives = [alternatives[0][1:]]
    for sequence in alternatives:
        if any(item.text.startswith("(?") for item in sequence):
            return None  # flags in mid-pattern would apply to the wrong side once reversed
    return flags + "(?:" + "|".join(map(_reversed_prefixes_of_sequence, alternatives)) + ")"
