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
