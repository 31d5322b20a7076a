"""The program's `urllib.parse` module: CPython's URL functions on str, with results as program values.

`urlparse`/`urlsplit`/`urldefrag` return program named tuples (`ParseResult(scheme=..., ...)`) that
also answer `geturl()`, `hostname`, `port`, `username` and `password` as CPython's do. Every text
argument is checked to be a str first (bytes URLs are refused: decode them), `urlencode` converts
other values with the program's own `str()` (never host code on a program object), and each call is charged by the
characters it reads and checked by the size of what it builds.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.budget import charge_elements
from ..runtime.registry import missing_attribute
from ..runtime.reprs import program_str
from .collections_ import NamedTupleBase
from .support import PARSE_CHARS_PER_STEP, NativeClass, functions, native, refusals_in_cpythons_words
from .text_args import checked_result

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_PLAIN = (str, bytes, int, float, bool, type(None))


def _url_text(callee: str, value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        raise TypeError(f"{callee}() on bytes is not supported here: decode the URL to str first")
    raise TypeError(f"{callee}() argument must be str, not {ptc_type_name(value)!r}")


def _safe_length(safe: object) -> int:
    return len(safe) if isinstance(safe, str | bytes) else 0


class UrlResult(NamedTupleBase):
    """A program named tuple of URL components that also answers CPython's derived attributes."""

    __slots__ = ()
    host_type: ClassVar[Callable[..., Any]] = urllib.parse.ParseResult
    derived: ClassVar[tuple[str, ...]] = ()

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        fields = type(self).ptc_fields
        if name in fields:
            return self[fields.index(name)]
        host = type(self).host_type(*self)
        if name == "geturl":
            return native("geturl", host.geturl)
        if name in type(self).derived:
            return getattr(host, name)
        message = f"{ptc_type_name(self)!r} object has no attribute {name!r}"
        raise missing_attribute(message, name, (*fields, "geturl", *type(self).derived))


_NETLOC_ATTRIBUTES = ("hostname", "port", "username", "password")


def _result_class(
    name: str, host_type: Callable[..., Any], fields: tuple[str, ...], derived: tuple[str, ...]
) -> type[UrlResult]:
    namespace = {
        "__slots__": (),
        "ptc_fields": fields,
        "ptc_name": name,
        "host_type": host_type,
        "derived": derived,
    }
    return type(name, (UrlResult,), namespace)


ParseResult = _result_class(
    "ParseResult", urllib.parse.ParseResult, urllib.parse.ParseResult._fields, _NETLOC_ATTRIBUTES
)
SplitResult = _result_class(
    "SplitResult", urllib.parse.SplitResult, urllib.parse.SplitResult._fields, _NETLOC_ATTRIBUTES
)
DefragResult = _result_class("DefragResult", urllib.parse.DefragResult, urllib.parse.DefragResult._fields, ())


def make_module(ctx: RunContext) -> ShimModule:
    def query_value(value: object) -> Any:
        """A plain value as it is; anything else as the program's `str()` of it (CPython's `str(v)`
        would run a program object's `__str__` as host code)."""
        if isinstance(value, _PLAIN):
            return value
        return program_str(value, ctx)

    def charge_reading(*texts: str) -> None:
        ctx.charge(sum(len(t) for t in texts) // PARSE_CHARS_PER_STEP + 1)

    def quoter(callee: str, function: Callable[..., str]) -> Callable[..., str]:
        def quote(
            string: object,
            safe: object = "/" if callee == "quote" else "",
            encoding: object = None,
            errors: object = None,
        ) -> str:
            if not isinstance(string, str | bytes):
                raise TypeError(f"quote() doesn't support '{ptc_type_name(string)}' objects")
            for option in (safe, encoding, errors):
                if option is not None and not isinstance(option, str | bytes):
                    raise TypeError(f"{callee}() options must be str, not {ptc_type_name(option)!r}")
            ctx.check_str_length(len(string) * 12)
            # CPython also reads `safe` on every call (a Python loop over bytes), whatever the
            # string's length: a long `safe` costs its own length each time.
            ctx.charge((len(string) + _safe_length(safe)) // PARSE_CHARS_PER_STEP + 1)
            result = function(string, safe, encoding, errors)
            checked_result(ctx, len(result))
            return result

        return quote

    def unquoter(callee: str, function: Callable[..., str]) -> Callable[..., str]:
        def unquote(string: object, encoding: object = "utf-8", errors: object = "replace") -> str:
            text = _url_text(callee, string)
            charge_reading(text)
            if "%" not in text:  # CPython returns it without looking at the options
                return function(text)
            # None stands for the default, as in CPython
            encoding = "utf-8" if encoding is None else encoding
            errors = "replace" if errors is None else errors
            for option in (encoding, errors):
                if not isinstance(option, str):
                    raise TypeError(f"{callee}() options must be str, not {ptc_type_name(option)!r}")
            return function(text, encoding, errors)

        return unquote

    def urlparse(url: object, scheme: object = "", allow_fragments: object = True) -> UrlResult:
        text = _url_text("urlparse", url)
        charge_reading(text, _url_text("urlparse", scheme))
        return ParseResult(urllib.parse.urlparse(text, str(scheme), bool(allow_fragments)))

    def urlsplit(url: object, scheme: object = "", allow_fragments: object = True) -> UrlResult:
        text = _url_text("urlsplit", url)
        charge_reading(text, _url_text("urlsplit", scheme))
        return SplitResult(urllib.parse.urlsplit(text, str(scheme), bool(allow_fragments)))

    def urldefrag(url: object) -> UrlResult:
        text = _url_text("urldefrag", url)
        charge_reading(text)
        return DefragResult(urllib.parse.urldefrag(text))

    def unparser(callee: str, function: Callable[[Any], str], size: int) -> Callable[[Any], str]:
        def unparse(components: object) -> str:
            if not isinstance(components, tuple | list) or len(components) != size:
                raise ValueError(f"not enough values to unpack (expected {size})")
            texts = [_url_text(callee, part) for part in components]
            charge_reading(*texts)
            checked_result(ctx, sum(map(len, texts)) + 8)
            return function(texts)

        return unparse

    def urljoin(base: object, url: object, allow_fragments: object = True) -> str:
        base_text, url_text = _url_text("urljoin", base), _url_text("urljoin", url)
        charge_reading(base_text, url_text)
        checked_result(ctx, len(base_text) + len(url_text))
        return urllib.parse.urljoin(base_text, url_text, bool(allow_fragments))

    def query_options(callee: str, separator: object, max_num_fields: object) -> None:
        if not isinstance(separator, str):
            raise TypeError(f"{callee}() separator must be str, not {ptc_type_name(separator)!r}")
        if max_num_fields is not None and not isinstance(max_num_fields, int):
            raise TypeError(f"{callee}() max_num_fields must be int or None")

    def parse_qsl(
        qs: object,
        keep_blank_values: object = False,
        strict_parsing: object = False,
        encoding: object = "utf-8",
        errors: object = "replace",
        max_num_fields: object = None,
        separator: object = "&",
    ) -> list[tuple[str, str]]:
        text = _url_text("parse_qsl", qs)
        query_options("parse_qsl", separator, max_num_fields)
        charge_reading(text)
        pairs = urllib.parse.parse_qsl(
            text,
            bool(keep_blank_values),
            bool(strict_parsing),
            str(encoding),
            str(errors),
            cast("int | None", max_num_fields),
            cast(str, separator),
        )
        ctx.check_container_length(len(pairs))
        charge_elements(ctx, len(pairs))
        return pairs

    def parse_qs(
        qs: object,
        keep_blank_values: object = False,
        strict_parsing: object = False,
        encoding: object = "utf-8",
        errors: object = "replace",
        max_num_fields: object = None,
        separator: object = "&",
    ) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for name, value in parse_qsl(
            qs, keep_blank_values, strict_parsing, encoding, errors, max_num_fields, separator
        ):
            result.setdefault(name, []).append(value)
        ctx.charge(len(result) + 1)
        return result

    quoters: dict[str, Any] = {}
    """The program's `quote` and `quote_plus`, the functions `urlencode(quote_via=...)` takes."""

    def urlencode(
        query: object,
        doseq: object = False,
        safe: object = "",
        encoding: object = None,
        errors: object = None,
        quote_via: object = None,
    ) -> str:
        host_quote: Callable[..., str] = urllib.parse.quote_plus
        via = getattr(quote_via, "function", None)  # the program's quote or quote_plus, as a builtin
        if quote_via is not None and via is not quoters.get("quote_plus"):
            if via is not quoters.get("quote"):
                raise TypeError(
                    "urlencode(quote_via=...) is not supported here with anything but"
                    " urllib.parse.quote or urllib.parse.quote_plus"
                )
            host_quote = urllib.parse.quote
        if isinstance(query, dict):
            pairs: list[Any] = list(query.items())
        elif isinstance(query, list | tuple):
            pairs = list(query)
        else:
            raise TypeError("not a valid non-string sequence or mapping object")
        if not isinstance(safe, str | bytes):
            raise TypeError(f"urlencode() safe must be str or bytes, not {ptc_type_name(safe)!r}")
        for option in (encoding, errors):
            if option is not None and not isinstance(option, str):
                raise TypeError(f"urlencode() options must be str, not {ptc_type_name(option)!r}")
        charge_elements(ctx, len(pairs))
        safe_cost = _safe_length(safe) // PARSE_CHARS_PER_STEP  # per quoted key or value
        plain: list[tuple[Any, Any]] = []
        size = 0
        for pair in pairs:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                raise TypeError("not a valid non-string sequence or mapping object")
            key, value = pair
            key = query_value(key)
            ctx.charge(2 * safe_cost)
            if doseq and isinstance(value, list | tuple):
                charge_elements(ctx, len(value))
                ctx.charge(len(value) * safe_cost)
                value = [query_value(v) for v in value]
                size += sum(len(str(v)) + len(str(key)) + 2 for v in value)
            else:
                value = query_value(value)
                size += len(str(value)) + len(str(key)) + 2
            plain.append((key, value))
        ctx.check_str_length(size * 12)
        result = urllib.parse.urlencode(
            plain, bool(doseq), safe, cast("str | None", encoding), cast("str | None", errors), host_quote
        )
        checked_result(ctx, len(result))
        return result

    table: dict[str, Callable[..., Any]] = {
        "quote": quoter("quote", urllib.parse.quote),
        "quote_plus": quoter("quote_plus", urllib.parse.quote_plus),
        "unquote": unquoter("unquote", urllib.parse.unquote),
        "unquote_plus": unquoter("unquote_plus", urllib.parse.unquote_plus),
        "urlparse": urlparse,
        "urlsplit": urlsplit,
        "urldefrag": urldefrag,
        "urlunparse": unparser("urlunparse", urllib.parse.urlunparse, 6),
        "urlunsplit": unparser("urlunsplit", urllib.parse.urlunsplit, 5),
        "urljoin": urljoin,
        "parse_qs": parse_qs,
        "parse_qsl": parse_qsl,
        "urlencode": urlencode,
    }
    table = {
        name: refusals_in_cpythons_words(getattr(urllib.parse, name), shim) for name, shim in table.items()
    }
    quoters.update(quote=table["quote"], quote_plus=table["quote_plus"])
    members: dict[str, Any] = dict(functions(table))
    for cls in (ParseResult, SplitResult, DefragResult):
        members[cls.ptc_name] = NativeClass(f"urllib.parse.{cls.ptc_name}", cls, _constructor(cls))
    return ShimModule("urllib.parse", members)


def _constructor(cls: type[UrlResult]) -> Callable[..., UrlResult]:
    def construct(*args: Any) -> UrlResult:
        if len(args) != len(cls.ptc_fields):
            raise TypeError(f"{cls.ptc_name}.__new__() takes {len(cls.ptc_fields) + 1} positional arguments")
        return cls(args)

    return construct


def make_package(parse: ShimModule) -> ShimModule:
    """The `urllib` package: only its `parse` module."""
    return ShimModule("urllib", {"parse": parse})
