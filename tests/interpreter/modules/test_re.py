"""The `re` shim: CPython's results for supported patterns, on RE2 (never CPython's backtracking engine)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from ptc_interpreter.errors import PtcLimitError
from ptc_shims import Shims

TEXT = "Order #1234 shipped to ana@example.com on 2024-05-01; order #98 to bo.b@mail.org, 2023-12-31.\nTotal: 42 items"

SEARCH_CASES: list[tuple[str, str, int]] = [
    (r"\d+", TEXT, 0),
    (r"#(\d+)", TEXT, 0),
    (r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", TEXT, 0),
    (r"[\w.]+@[\w.]+", TEXT, 0),
    (r"order", TEXT, re.IGNORECASE),
    (r"^Total", TEXT, re.MULTILINE),
    (r"^Total", TEXT, 0),
    (r"items$", TEXT, 0),
    (r"org.*Total", TEXT, re.DOTALL),
    (r"org.*Total", TEXT, 0),
    (r"\bto\b", TEXT, 0),
    (r"(a)|(b)", "xxb", 0),
    (r"(a)?(b)", "b", 0),
    (r"x*", "abc", 0),
    (r"\s+", "a \t\n b", 0),
    (r"\w+", "héllo wörld", 0),
    (r"\d+", "٣٤ 12", 0),
    (r"[^\W\d]+", "abc123", 0),
    (r"[\W_]+", "ab__--cd", 0),
    (r"\S+\Z", "one two", 0),
    (r"\x41\u00e9\N{BULLET}", "Aé•", 0),
    (r"a{,2}", "aaa", 0),
    (r"a{2,}?", "aaaa", 0),
    (r"\{x\}|{", "{x}", 0),
    (r"(?i)abc", "xABC", 0),
    (r"(?i:a)b", "Ab AB", 0),
    (r"(?x) \d+  # digits\n [a-z]", "12b", 0),
    (r"\d + \w", "1   x", re.VERBOSE),
    (r"[a-c]+", "xxbcaz", 0),
    (r"[]a]+", "a]]b", 0),
    (r"(?#comment)ab", "ab", 0),
    (r"é+", "ééé", re.IGNORECASE),
    (r"(\w+)@(\w+)\.com", "x ana@example.com", re.ASCII),
]


def _summary(match: Any, shims: Shims | None = None) -> Any:
    if match is None:
        return None
    if shims is None:
        return (
            match.span(),
            match.group(),
            match.groups(),
            match.groupdict(),
            match.lastindex,
            match.lastgroup,
        )
    a = lambda name: shims.attr(match, name)  # noqa: E731
    return (a("span")(), a("group")(), a("groups")(), a("groupdict")(), a("lastindex"), a("lastgroup"))


@pytest.mark.parametrize(("pattern", "text", "flags"), SEARCH_CASES)
def test_search_match_fullmatch_equal_cpython(shims: Shims, pattern: str, text: str, flags: int) -> None:
    for name in ("search", "match", "fullmatch"):
        expected = _summary(getattr(re, name)(pattern, text, flags))
        assert _summary(getattr(shims.re, name)(pattern, text, flags), shims) == expected, name


@pytest.mark.parametrize(("pattern", "text", "flags"), SEARCH_CASES)
def test_findall_finditer_split_equal_cpython(shims: Shims, pattern: str, text: str, flags: int) -> None:
    assert shims.re.findall(pattern, text, flags) == re.findall(pattern, text, flags)
    assert [_summary(m, shims) for m in shims.re.finditer(pattern, text, flags)] == [
        _summary(m) for m in re.finditer(pattern, text, flags)
    ]
    assert shims.re.split(pattern, text, flags=flags) == re.split(pattern, text, flags=flags)
    assert shims.re.split(pattern, text, 1, flags) == re.split(pattern, text, maxsplit=1, flags=flags)


@pytest.mark.parametrize(
    ("pattern", "repl", "text", "count"),
    [
        (r"(\d+)", r"<\1>", TEXT, 0),
        (r"(?P<y>\d{4})-(\d\d)", r"\2/\g<y>/\g<2>", TEXT, 0),
        (r"x*", "-", "abxd", 0),
        (r"\s+", " ", "a  b\t\nc", 1),
        (r"a", r"\n\t\\", "banana", 0),
        (r"(a)|(b)", r"[\1\2]", "abc", 0),
        (r"a", "é", "aXa", 0),
        (r"o", r"\-", "foo", 0),
        (r"(\w)(\w)", r"\2\1", "abcdef", 2),
    ],
)
def test_sub_subn_equal_cpython(shims: Shims, pattern: str, repl: str, text: str, count: int) -> None:
    assert shims.re.sub(pattern, repl, text, count) == re.sub(pattern, repl, text, count=count)
    assert shims.re.subn(pattern, repl, text, count) == re.subn(pattern, repl, text, count=count)


def test_sub_with_callable_replacement(shims: Shims) -> None:
    def shout(match: Any) -> str:
        return shims.attr(match, "group")(0).upper()

    assert shims.re.sub(r"\b\w", shout, "hello big world") == "Hello Big World"
    with pytest.raises(TypeError, match="expected str instance, int found"):
        shims.re.sub(r"\w", lambda m: 1, "ab")


@pytest.mark.parametrize("repl", [r"\3", r"\g<nope>", r"\q", "\\"])
def test_bad_replacement_templates_fail_like_cpython(shims: Shims, repl: str) -> None:
    with pytest.raises((re.error, IndexError)) as expected:
        re.sub(r"(a)(b)", repl, "ab")
    with pytest.raises(type(expected.value)):
        shims.re.sub(r"(a)(b)", repl, "ab")


def test_pattern_object_api(shims: Shims) -> None:
    pattern = shims.re.compile(r"(?P<word>\w+)", shims.re.IGNORECASE)
    native = re.compile(r"(?P<word>\w+)", re.IGNORECASE)
    assert repr(pattern) == repr(native)
    assert repr(shims.re.compile("a")) == repr(re.compile("a"))
    attr = lambda name: shims.attr(pattern, name)  # noqa: E731
    assert (attr("pattern"), attr("flags"), attr("groups"), attr("groupindex")) == (
        native.pattern,
        native.flags,
        native.groups,
        dict(native.groupindex),
    )
    match = attr("search")("  hello there", 3)
    assert repr(match) == repr(native.search("  hello there", 3))
    assert shims.attr(match, "start")("word") == 3
    assert attr("findall")("ab cd ef", 1, 5) == native.findall("ab cd ef", 1, 5)
    assert attr("sub")("-", "a b") == "- -"
    assert shims.re.compile(pattern) is pattern
    assert isinstance(pattern, shims.re.Pattern)
    assert isinstance(match, shims.re.Match)
    assert repr(shims.re.Pattern) == "<class 're.Pattern'>"


def test_match_repr_truncates_like_cpython(shims: Shims) -> None:
    text = "a" * 100
    assert repr(shims.re.search("a+", text)) == repr(re.search("a+", text))


def test_match_indexing_and_expand(shims: Shims) -> None:
    match = shims.re.search(r"(?P<k>\w+)=(\w+)", "x key=val")
    native = re.search(r"(?P<k>\w+)=(\w+)", "x key=val")
    assert native is not None
    assert (match[0], match[1], match["k"], match[2]) == (native[0], native[1], native["k"], native[2])
    assert shims.attr(match, "expand")(r"\2:\g<k>") == native.expand(r"\2:\g<k>")
    with pytest.raises(IndexError):
        shims.attr(match, "group")(3)


def test_escape_equals_cpython(shims: Shims) -> None:
    text = "a.b*c (1+2) [x] é"
    assert shims.re.escape(text) == re.escape(text)
    assert shims.re.search(shims.re.escape(text), "-" + text) is not None


@pytest.mark.parametrize(
    ("pattern", "mentions"),
    [
        (r"(a)\1", "backreference"),
        (r"(?P<x>a)(?P=x)", "backreference"),
        (r"foo(?=bar)", "lookahead"),
        (r"foo(?!bar)", "lookahead"),
        (r"(?<=\$)\d+", "lookbehind"),
        (r"(?<!x)y", "lookbehind"),
        (r"(?>a+)b", "atomic group"),
        (r"a++", "possessive"),
        (r"(a)?(?(1)b|c)", "conditional"),
    ],
)
def test_backtracking_constructs_are_refused_with_advice(shims: Shims, pattern: str, mentions: str) -> None:
    re.compile(pattern)  # valid Python
    with pytest.raises(re.error, match=mentions) as error:
        shims.re.search(pattern, "text")
    assert "RE2" in str(error.value)
    assert "; instead, " in str(error.value)


@pytest.mark.parametrize("pattern", [r"(", r"[a-", r"a{2,1}", r"\p{L}", r"*a"])
def test_invalid_patterns_raise_re_error(shims: Shims, pattern: str) -> None:
    with pytest.raises(re.error):
        re.compile(pattern)
    with pytest.raises(re.error):
        shims.re.compile(pattern)


def test_catastrophic_patterns_run_in_linear_time(shims: Shims) -> None:
    assert shims.re.match(r"(a+)+$", "a" * 50_000 + "!") is None
    assert shims.re.match(r"(x+x+)+y", "x" * 50_000) is None
    assert shims.re.search(r"^(\w+\s?)*$", "a " * 20_000 + "!") is None


def test_never_falls_back_to_cpython_re(shims: Shims, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("CPython's re engine was used")

    monkeypatch.setattr(re, "_compile", forbidden)
    assert shims.re.findall(r"(\w+)@(\w+)", "a@b c@d") == [("a", "b"), ("c", "d")]
    assert shims.re.sub(r"\d", "#", "a1b2") == "a#b#"
    assert shims.re.split(r",\s*", "a, b,c") == ["a", "b", "c"]


def test_bytes_are_refused_clearly(shims: Shims) -> None:
    with pytest.raises(TypeError, match="decode to str"):
        shims.re.search("a", b"abc")
    with pytest.raises(TypeError, match="expected string"):
        shims.re.search("a", 12)


def test_matching_charges_steps_by_text_length(make_shims: Any) -> None:
    shims = make_shims()
    before = shims.ctx.steps_left
    shims.re.search("z", "a" * 100_000)
    assert before - shims.ctx.steps_left >= 100_000 // 16


def test_findall_is_bounded_by_steps(make_shims: Any) -> None:
    shims = make_shims(max_steps=1_000)
    with pytest.raises(PtcLimitError):
        shims.re.findall("a", "a" * 50_000)


def test_sub_result_size_is_checked(make_shims: Any) -> None:
    shims = make_shims(max_string_length=10_000)
    with pytest.raises(PtcLimitError, match="exceeds the limit"):
        shims.re.sub("a", "b" * 100, "a" * 1_000)


def test_findall_result_length_is_checked(make_shims: Any) -> None:
    shims = make_shims(max_container_length=100)
    with pytest.raises(PtcLimitError):
        shims.re.findall("a", "a" * 1_000)


def test_flags_and_constants(shims: Shims) -> None:
    for name in (
        "I",
        "IGNORECASE",
        "M",
        "MULTILINE",
        "S",
        "DOTALL",
        "X",
        "VERBOSE",
        "A",
        "ASCII",
        "U",
        "UNICODE",
    ):
        assert getattr(shims.re, name) == int(getattr(re, name))
    assert shims.re.error is re.error


@pytest.mark.parametrize(("pattern", "unit"), [(r"x*y|x", "x"), (r"a[ab]*c|b", "ab"), (r"\d+\.|\d", "1")])
def test_quadratic_all_matches_scans_end_in_a_limit_error_quickly(
    make_shims: Any, pattern: str, unit: str
) -> None:
    shims = make_shims()
    text = unit * (200_000 // len(unit))
    found = 0
    with pytest.raises(PtcLimitError, match="step budget"):
        for _ in shims.re.finditer(pattern, text):
            found += 1
    # Each search is charged as a scan to the end of the text, so the budget runs out after a few
    # hundred searches (each ~0.4 ms of RE2 work) instead of after ~10^5 of them.
    assert found < 2_000


def test_ordinary_all_matches_scans_pay_only_for_what_they_scan(make_shims: Any) -> None:
    shims = make_shims()
    text = " ".join(f"word{i % 97}" for i in range(15_000))  # ~120k characters
    before = shims.ctx.steps_left
    assert len(shims.re.findall(r"\w+", text)) == 15_000
    # A fixed price per match (~10 steps); charging every search as a scan to the end of the text
    # would cost ~15_000 * 60_000 / 128 ≈ 7 million steps.
    assert before - shims.ctx.steps_left < 15_000 * 12
