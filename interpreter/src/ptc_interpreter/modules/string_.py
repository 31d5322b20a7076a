"""The program's `string` module: CPython's constants (plain `str`s), `capwords` and `Template`."""

from __future__ import annotations

import operator
import string
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.registry import CONSTANT, PARSING, Method, Property
from ..runtime.reprs import program_str
from .support import PARSE_CHARS_PER_STEP, NativeClass, native

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

_PLACEHOLDER = string.Template.pattern
"""CPython's own placeholder syntax (its default `delimiter` and `idpattern`): groups `escaped`,
`named`, `braced` and `invalid`."""

_NO_MAPPING: Any = object()


def _parse_steps(template: str) -> int:
    """A pass over the template: its characters, plus a step per `$` (each match is handled in Python)."""
    return len(template) // PARSE_CHARS_PER_STEP + template.count("$") + 1


class Template(PtcObject):
    """`string.Template(text)`: `$name` / `${name}` substitution, values converted like `str()`.

    Reimplemented rather than CPython's, which converts values with Python's `str` (a program value
    must be shown by `program_str`) and would build a result of any size unchecked."""

    __slots__ = ("ctx", "template")
    ptc_name = "Template"
    ptc_module = "string"

    def __init__(self, ctx: RunContext, template: object) -> None:
        if not isinstance(template, str):
            raise TypeError(f"Template() argument must be str, not {type(template).__name__}")
        self.ctx = ctx
        self.template = template

    def substitute(self, mapping: Any = _NO_MAPPING, /, **kws: Any) -> str:
        return self._substitute(mapping, kws, safe=False)

    def safe_substitute(self, mapping: Any = _NO_MAPPING, /, **kws: Any) -> str:
        return self._substitute(mapping, kws, safe=True)

    def get_identifiers(self) -> list[str]:
        self.ctx.charge(_parse_steps(self.template))
        names: list[str] = []
        for match in _PLACEHOLDER.finditer(self.template):
            name = match.group("named") or match.group("braced")
            if name is not None and name not in names:
                names.append(name)
        return names

    def is_valid(self) -> bool:
        self.ctx.charge(_parse_steps(self.template))
        return all(match.group("invalid") is None for match in _PLACEHOLDER.finditer(self.template))

    def _substitute(self, mapping: Any, kws: Mapping[str, Any], safe: bool) -> str:
        ctx, template = self.ctx, self.template
        ctx.charge(_parse_steps(template))
        pieces: list[str] = []
        position = 0
        for match in _PLACEHOLDER.finditer(template):
            pieces.append(template[position : match.start()])
            position = match.end()
            name = match.group("named") or match.group("braced")
            if name is not None:
                if name in kws:
                    pieces.append(program_str(kws[name], ctx))
                elif safe and (mapping is _NO_MAPPING or name not in mapping):
                    pieces.append(match.group())
                elif mapping is _NO_MAPPING:
                    raise KeyError(name)
                else:
                    pieces.append(program_str(mapping[name], ctx))
            elif match.group("escaped") is not None or safe:
                pieces.append("$")
            else:
                line = template.count("\n", 0, match.start()) + 1
                column = match.start() - (template.rfind("\n", 0, match.start()) + 1) + 1
                raise ValueError(f"Invalid placeholder in string: line {line}, col {column}")
        pieces.append(template[position:])
        ctx.check_str_length(sum(map(len, pieces)))
        return "".join(pieces)

    def __repr__(self) -> str:
        return "<string.Template object>"


Template.ptc_table = {
    "template": Property(operator.attrgetter("template"), CONSTANT),
    "substitute": Method(Template.substitute, PARSING),
    "safe_substitute": Method(Template.safe_substitute, PARSING),
    "get_identifiers": Method(Template.get_identifiers, PARSING),
    "is_valid": Method(Template.is_valid, PARSING),
}


def make_module(ctx: RunContext) -> ShimModule:
    def capwords(s: str, sep: str | None = None) -> str:
        if isinstance(s, bytes):  # CPython splits it, then capitalizes each word as a str
            ctx.charge(len(s) // 16 + 1)
            if s.split(sep):  # pyright: ignore[reportArgumentType]
                raise TypeError("descriptor 'capitalize' for 'str' objects doesn't apply to a 'bytes' object")
            return (sep or " ").join([])
        if not isinstance(s, str):  # pyright: ignore[reportUnnecessaryIsInstance]  # CPython calls `s.split(sep)`
            raise AttributeError(f"{ptc_type_name(s)!r} object has no attribute 'split'")
        ctx.charge(len(s) // 16 + 1)
        return string.capwords(s, sep)

    members: dict[str, object] = {name: getattr(string, name) for name in _CONSTANTS}
    members["capwords"] = native("capwords", capwords)
    members["Template"] = NativeClass("string.Template", Template, lambda template: Template(ctx, template))  # pyright: ignore[reportUnknownLambdaType, reportUnknownArgumentType]
    return ShimModule("string", members)
