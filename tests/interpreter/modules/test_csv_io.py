"""`csv` over `io.StringIO` (and lists of lines, and program objects with a `write` method):
CPython's rows and text, CPython's errors, and large inputs charged or checked."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

_WRITTEN = (
    "import csv, io\nf = io.StringIO()\nw = csv.writer(f)\nw.writerow(['name', 'qty', 'note'])\n"
    "w.writerow(['apple', 3, 'say \"hi\", ok'])\nw.writerows([['b', 1.5, None], ['c', True, 'x\\ny']])\n"
    "text = f.getvalue()\n"
)

SAME_AS_CPYTHON = [
    _WRITTEN + "text",
    _WRITTEN + "list(csv.reader(io.StringIO(text)))",
    _WRITTEN + "dr = csv.DictReader(io.StringIO(text))\n(dr.fieldnames, [dict(r) for r in dr])",
    "import csv, io\nout = io.StringIO()\ndw = csv.DictWriter(out, fieldnames=['a', 'b'])\ndw.writeheader()\n"
    "dw.writerow({'a': 1, 'b': 2})\ndw.writerow({'a': 3})\ndw.writerows([{'b': 'x'}])\nout.getvalue()",
    "import csv\n(list(csv.reader(['a;b', 'c;d'], delimiter=';')), list(csv.reader(['a, b'], skipinitialspace=True)),"
    " list(csv.reader(['a\\tb'], dialect='excel-tab')))",
    "import csv, io\nout = io.StringIO()\ncsv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\\n')"
    ".writerow([1, 'a', 2.5, None])\ncsv.writer(out, quoting=csv.QUOTE_ALL).writerow([1])\nout.getvalue()",
    "import csv\nclass Sink:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n"
    "        self.parts.append(s)\n        return len(s)\ns = Sink()\nn = csv.writer(s).writerow(['x', 1])\n(s.parts, n)",
    "import csv\nclass P:\n    def __str__(self):\n        return 'p,q'\nimport io\nf = io.StringIO()\n"
    "csv.writer(f).writerow([P()])\nf.getvalue()",
    "import csv, io\nrows = csv.DictReader(io.StringIO('a,b\\n1,2,3\\n\\n4\\n'), restkey='rest', restval='-')\n"
    "[dict(r) for r in rows]",
    "import csv, io\n[r for r in csv.DictReader(io.StringIO('1,2\\n'), fieldnames=['x', 'y'])]",
    "import io\ng = io.StringIO('l1\\nl2\\nl3')\n(g.readline(), g.read(2), g.tell(), g.read(), g.seek(0), list(g),"
    " g.readlines())",
    "import io\ng = io.StringIO()\ng.write('hello')\ng.seek(1)\ng.write('EY')\ng.seek(0, 2)\ng.write('!')\n"
    "(g.getvalue(), g.tell(), g.truncate(3), g.getvalue(), g.closed)",
    "import io\ng = io.StringIO('abc')\ng.seek(5)\ng.write('x')\ng.getvalue()",
]


@pytest.mark.parametrize("source", SAME_AS_CPYTHON)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


ERRORS = [
    "import csv\nlist(csv.reader([1]))",
    "import csv\nlist(csv.reader(['a\"b'], strict=True))",
    "import csv, io\ncsv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'zz': 2})",
    "import csv\ncsv.writer(5)",
    "import csv, io\ncsv.writer(io.StringIO()).writerow(5)",
    "import csv\ncsv.reader([], dialect='nope')",
    "import csv\ncsv.reader([], delimiter=5)",
    "import io\nf = io.StringIO()\nf.close()\nf.getvalue()",
    "import io\nio.StringIO().write(5)",
    "import io\nio.StringIO(5)",
    "import io\nio.StringIO().seek(-1)",
]


@pytest.mark.parametrize("source", ERRORS)
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


@pytest.mark.parametrize(
    "source",
    [
        "import io\nf = io.StringIO()\nwhile True:\n    f.write('x' * 100_000)",
        "import io\nf = io.StringIO()\nf.seek(10**9)\nf.write('x')",
        "import io\nf = io.StringIO('x' * 500_000)\nwhile True:\n    f.write('y')\n    f.getvalue()",
        "import csv, io\nf = io.StringIO()\nw = csv.writer(f)\nrow = ['x' * 1000] * 1000\nwhile True:\n    w.writerow(row)",
        "import csv\nline = 'a,' * 400_000\nwhile True:\n    next(csv.reader([line]))",
        "import csv, io\ncsv.writer(io.StringIO(), lineterminator='x' * 999_999)",
    ],
)
async def test_hostile_sizes_end_in_a_limit_error(source: str) -> None:
    with pytest.raises((ptc_interpreter.PtcLimitError, ptc_interpreter.PtcRuntimeError)) as caught:
        await ptc_interpreter.run(source)
    assert "ptc_interpreter" not in str(caught.value)
