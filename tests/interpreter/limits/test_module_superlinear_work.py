"""Module functions whose native work grows faster than their input are charged for it first.

Each program below ran for minutes (or filled the address space) on the default budget while being
charged by its input's length: CPython's canonical ordering of combining marks is an insertion sort,
`textwrap` slices an over-long chunk once per line, `StringIO.readline(1)` searched the whole rest of
the text for a newline, `urllib.parse.quote` reads its `safe` argument in a Python loop on every
call, `attrgetter`/`itemgetter` with many parts, `float.fromhex` and `str.format`/`%` templates of
many fields did per-part work under one step, `SimpleNamespace` and `list[...]` aliases compare their contents natively, and a named tuple's
`_make` drained any iterable before checking its length. Each must now end in a clean
`PtcLimitError` within the CPU bound of `test_bombs.py`, in a memory-capped worker; the same
functions on ordinary inputs must still give CPython's results.
"""

from __future__ import annotations

import asyncio
import sys
import unicodedata
from typing import Any

import ptc_interpreter
import pytest
from ptc_bomb_worker import MAX_BUDGET_CPU_RATIO, run_bombs
from ptc_interpreter.modules.unicodedata_ import (
    MARKS_PER_CHARACTER,
    STARTERS_DECOMPOSING_TO_MARKS,
    TRAILING_MARKS,
    reordering_swaps,
)

ADDRESS_SPACE_CAP = 1 << 30
WORKER_CPU_CAP_S = 20
WORKER_WALL_CAP_S = 90

DAGS = "x = [1]\ny = [1]\nfor _ in range(40):\n    x = [x, x]\n    y = [y, y]\n"
"""Two equal DAG-shaped lists: 41 lists each, 2^40 elements to a native `==`."""

BOMBS: dict[str, str] = {
    "nfd-of-marks-in-reverse-order": (
        'import unicodedata\nunicodedata.normalize("NFD", "\\u0301" * 60_000 + "\\u0316" * 60_000)'
    ),
    "nfc-of-alternating-marks": 'import unicodedata\nunicodedata.normalize("NFC", "a" + "\\u0301\\u0316" * 60_000)',
    "nfd-of-starters-decomposing-to-marks": 'import unicodedata\nunicodedata.normalize("NFD", "\\u0f73" * 60_000)',
    "wrap-of-leading-whitespace": 'import textwrap\ntextwrap.wrap(" " * 400_000, 1)',
    "fill-of-tabs": 'import textwrap\ntextwrap.fill("\\t" * 60_000, 1)',
    "wrap-of-a-long-word": 'import textwrap\ntextwrap.wrap("a" * 560_000, 1)',
    "readline-1-without-newlines": 'import io\nf = io.StringIO("\\u010a" * 1_000_000)\nwhile f.readline(1):\n    pass',
    "quote-with-a-long-safe": 'import urllib.parse\nsafe = b"/" * 1_000_000\nwhile True:\n    urllib.parse.quote("a b", safe)',
    "urlencode-with-a-long-safe": (
        'import urllib.parse\nq = [("k", "v w")] * 5_000\nurllib.parse.urlencode(q, safe="~" * 1_000_000)'
    ),
    "namespaces-of-dags-compared": DAGS
    + "import types\ntypes.SimpleNamespace(a=x) == types.SimpleNamespace(a=y)",
    "namespace-of-a-dag-searched": DAGS
    + "import types\n[types.SimpleNamespace(a=y)].index(types.SimpleNamespace(a=x))",
    "aliases-of-dags-compared": DAGS + "list[x] == list[y]",
    "enum-member-looked-up-by-a-dag": DAGS + "import enum\nE = enum.Enum('E', [('A', x)])\nE(y)",
    "enum-members-with-equal-dags": DAGS + "import enum\nenum.Enum('E', [('A', x), ('B', y)])",
    "attrgetter-of-a-long-dotted-name": 'import operator\nname = "a." * 499_999 + "a"\nwhile True:\n    operator.attrgetter(name)',
    "attrgetter-of-many-names-called": 'import operator\ng = operator.attrgetter(*["real"] * 100_000)\nwhile True:\n    g(1)',
    "itemgetter-of-many-items-called": (
        "import operator\ng = operator.itemgetter(*range(100_000))\nx = list(range(100_000))\nwhile True:\n    g(x)"
    ),
    "float-fromhex-of-a-long-literal": 's = "0x" + "0" * 999_990 + "1p0"\nwhile True:\n    float.fromhex(s)',
    "format-of-many-fields": 'f = "{0[0]}" * 100_000\nx = [1]\nwhile True:\n    f.format(x)',
    "format-of-a-long-attribute-chain": 'f = "{0" + ".real" * 100_000 + "}"\nwhile True:\n    f.format(1)',
    "percent-format-of-many-conversions": 'f = "%s" * 100_000\nt = (1,) * 100_000\nwhile True:\n    f % t',
}

MEMORY_BOMBS: dict[str, str] = {
    "namedtuple-make-of-a-huge-range": 'from collections import namedtuple\nnamedtuple("P", "a b")._make(range(10**8))',
    "version-info-make-of-a-huge-range": "import sys\nsys.version_info._make(range(10**8))",
    "namedtuple-defaults-endless": (
        'from collections import namedtuple\nimport itertools\nnamedtuple("P", "a b", defaults=itertools.count())'
    ),
}


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    return run_bombs(
        {name: (code, None) for name, code in (BOMBS | MEMORY_BOMBS).items()},
        address_space_cap=ADDRESS_SPACE_CAP,
        cpu_cap_s=WORKER_CPU_CAP_S,
        wall_cap_s=WORKER_WALL_CAP_S,
    )


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_superlinear_module_work_is_charged(name: str, reports: dict[str, dict[str, Any]]) -> None:
    report = reports[name]
    assert report["outcome"] == "PtcLimitError", report
    assert report["limit"] == "max_steps", report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


@pytest.mark.parametrize("name", sorted(MEMORY_BOMBS))
def test_named_tuples_never_drain_an_iterable(name: str, reports: dict[str, dict[str, Any]]) -> None:
    report = reports[name]
    assert report["outcome"] == "PtcRuntimeError", report
    # a struct sequence has no `_make` at all, as in CPython
    assert "TypeError" in report["detail"] or "has no attribute '_make'" in report["detail"], report
    assert report["budget_cpu_ratio"] < MAX_BUDGET_CPU_RATIO, report


def _run(code: str) -> Any:
    return asyncio.run(ptc_interpreter.run(code)).value


def test_starters_decomposing_to_marks_are_all_of_them() -> None:
    """The table the reordering charge relies on agrees with this Python's character database."""
    found: set[str] = set()
    most_marks = 0
    most_trailing = 0
    for point in range(sys.maxunicode + 1):
        character = chr(point)
        if not unicodedata.decomposition(character):
            continue
        for form in ("NFD", "NFKD"):
            parts = unicodedata.normalize(form, character)
            if unicodedata.combining(character):
                most_marks = max(most_marks, len(parts))
            elif unicodedata.combining(parts[0]):
                found.add(character)
            trailing = len(parts) - len(parts.rstrip("".join(c for c in parts if unicodedata.combining(c))))
            most_trailing = max(most_trailing, trailing)
    assert found == STARTERS_DECOMPOSING_TO_MARKS
    assert most_marks <= MARKS_PER_CHARACTER
    assert most_trailing <= TRAILING_MARKS


def test_ordinary_text_costs_no_reordering() -> None:
    assert reordering_swaps("plain ascii " * 1000) == 0
    assert reordering_swaps("東京 " * 1000) == 0
    assert reordering_swaps("café crème " * 1000) < 100_000  # one mark per run: a constant each


CPYTHON_RESULTS = r"""
import unicodedata, textwrap, io
text = "Café crème e\u0301\u0316 \u1e09 " * 200
blob = "x" * 20_000
f = io.StringIO("ab\ncd")
result = (
    unicodedata.normalize("NFC", text),
    unicodedata.normalize("NFD", text),
    unicodedata.normalize("NFKD", "\ufdfa" * 10),
    textwrap.wrap("Lorem ipsum " * 50 + blob + " end", 70),
    textwrap.wrap("   a b", 1, drop_whitespace=False),
    textwrap.fill("a b\tc " * 100, 10, drop_whitespace=False),
    [f.readline(1), f.readline(5), f.readline(0), f.readline(), f.readline()],
)
"""


def test_normalize_wrap_and_readline_keep_cpython_results() -> None:
    expected: dict[str, Any] = {}
    exec(CPYTHON_RESULTS, expected)  # the same program under CPython
    assert _run(CPYTHON_RESULTS + "result\n") == expected["result"]


def test_ascii85_abbreviations_count_into_the_decoded_size() -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError, match="4000000 characters"):
        _run('import base64\nbase64.a85decode(b"z" * 1_000_000)')
    with pytest.raises(ptc_interpreter.PtcLimitError, match="4000000 characters"):
        _run('import base64\nbase64.a85decode("y" * 1_000_000, foldspaces=True)')
    assert _run('import base64\nbase64.a85decode(b"zy", foldspaces=True)') == b"\0\0\0\0    "


def test_named_tuple_make_reports_the_count() -> None:
    code = """
from collections import namedtuple
import itertools
P = namedtuple("P", "a b")
out = []
for source in (range(10**8), [1], iter([1, 2, 3]), itertools.count(), map(int, "12")):
    try:
        out.append(tuple(P._make(source)))
    except TypeError as e:
        out.append(str(e))
out
"""
    assert _run(code) == [
        "Expected 2 arguments, got 100000000",
        "Expected 2 arguments, got 1",
        "Expected 2 arguments, got 3 or more",
        "Expected 2 arguments, got 3 or more",
        (1, 2),
    ]


def test_namespaces_and_aliases_still_compare_by_value() -> None:
    code = """
import types
(
    types.SimpleNamespace(a=[1, [2]], b="x") == types.SimpleNamespace(a=[1, [2]], b="x"),
    types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1, b=2),
    types.SimpleNamespace(a=[1]) == types.SimpleNamespace(a=[2]),
    dict[str, list[int]] == dict[str, list[int]],
    list[int] == list[str],
)
"""
    assert _run(code) == (True, False, False, True, False)


def test_getters_keep_cpython_results() -> None:
    code = """
import operator
class P:
    pass
p = P()
p.q = P()
p.q.r = 5
g = operator.attrgetter("q.r", *["q"] * 20)
i = operator.itemgetter(*range(20))
(g(p)[0], len(g(p)), i(list(range(30))), operator.attrgetter("q.r")(p), float.fromhex("0x1.8p1"))
"""
    assert _run(code) == (5, 21, tuple(range(20)), 5, 3.0)
