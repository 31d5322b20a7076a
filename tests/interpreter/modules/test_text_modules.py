"""`textwrap`, `base64`, `html`, `hashlib`, `unicodedata` and `sys`: CPython's results and errors,
no host object or address in what a program sees, and every hostile size ending in a limit error."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython, run_interpreter

_TEXT = "The quick brown fox jumps over the lazy dog. " * 5

SAME_AS_CPYTHON = [
    f"import textwrap\ntextwrap.wrap({_TEXT!r}, 30)",
    f"import textwrap\ntextwrap.fill({_TEXT!r}, width=40, initial_indent='> ', subsequent_indent='  ')",
    f"import textwrap\n(textwrap.shorten({_TEXT!r}, 50), textwrap.shorten('Hello  world!', 12, placeholder='...'))",
    "import textwrap\ntextwrap.wrap('a-very-long-hyphenated-word ' * 3, 7, break_on_hyphens=False, max_lines=2)",
    "import textwrap\n(textwrap.dedent('    a\\n      b\\n    c\\n'), textwrap.indent('a\\n\\nb\\n', '+ '))",
    "import textwrap\ntextwrap.indent('a\\nb\\n', '# ', lambda line: line.startswith('a'))",
    "import textwrap\ntextwrap.wrap('\\tx\\ty', 10, tabsize=4, expand_tabs=True)",
    "import base64\n(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8gd29ybGQ='))",
    "import base64\n(base64.urlsafe_b64encode(b'\\xff\\xfe\\xfd'), base64.urlsafe_b64decode('__79'))",
    "import base64\n(base64.b16encode(b'ab'), base64.b32encode(b'abc'), base64.b32decode(b'MFRGG==='))",
    "import base64\n(base64.b16decode('6162'), base64.b16decode('6a6b', casefold=True), base64.b85encode(b'hi'))",
    "import base64\n(base64.encodebytes(b'x' * 100), base64.a85encode(b'hi'), base64.a85decode(b'BP@'))",
    "import base64\nbase64.b64encode(b'\\x00\\x01', altchars=b'-_')",
    "import hashlib\nh = hashlib.sha256(b'abc')\nh.update(b'def')\n(h.hexdigest(), h.name, h.digest_size, h.block_size)",
    "import hashlib\n(hashlib.md5(b'x').hexdigest(), hashlib.sha1().hexdigest(), hashlib.sha512(b'q').digest())",
    "import hashlib\n(hashlib.blake2b(b'x', digest_size=16).hexdigest(), hashlib.new('SHA256', b'q').hexdigest())",
    "import hashlib\nh = hashlib.md5()\nc = h.copy()\nc.update(b'g')\n(h.hexdigest(), c.hexdigest())",
    "import hashlib\n[hashlib.sha3_256(b'a').hexdigest(), hashlib.blake2s(b'a', key=b'k').hexdigest()]",
    "import html\n(html.escape('<a href=\"x\">\\'&\\'</a>'), html.escape(\"<'>\", quote=False))",
    "import html\nhtml.unescape('&lt;&amp;&#39;&eacute;&nbsp;x &notanentity; &#x1F600;')",
    "import unicodedata as u\n(u.name('é'), u.category('A'), u.normalize('NFKD', 'ﬁé'), u.lookup('SNOWMAN'))",
    "import unicodedata as u\n(u.numeric('½'), u.decimal('7'), u.east_asian_width('中'), u.name('\\x00', 'none'))",
    "import unicodedata as u\n(u.is_normalized('NFC', 'é'), u.combining('\\u0301'), u.decomposition('é'))",
    "import unicodedata as u\n''.join(c for c in u.normalize('NFD', 'Crème Brûlée') if not u.combining(c))",
    "import sys\n(sys.version_info >= (3, 8), sys.version_info.major, sys.version_info[:2], sys.maxsize)",
    "import sys\n(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.maxunicode)",
]


@pytest.mark.parametrize("source", SAME_AS_CPYTHON)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


ERRORS_AS_IN_CPYTHON = [
    "import base64\nbase64.b64decode('abc')",
    "import base64\nbase64.b64decode('a!bc', validate=True)",
    "import base64\nbase64.b64encode('text')",
    "import base64\nbase64.b64decode(5)",
    "import base64\nbase64.b16decode('zz')",
    "import hashlib\nhashlib.sha256('text')",
    "import hashlib\nhashlib.md5(5)",
    "import hashlib\nhashlib.new('nope')",
    "import hashlib\nhashlib.sha256(b'a').state",
    "import textwrap\ntextwrap.wrap('abc', width=0)",
    "import textwrap\ntextwrap.wrap(5)",
    "import textwrap\ntextwrap.wrap('abc', foo=1)",
    "import textwrap\ntextwrap.dedent(None)",
    "import html\nhtml.escape(5)",
    "import unicodedata\nunicodedata.name('ab')",
    "import unicodedata\nunicodedata.name(5)",
    "import unicodedata\nunicodedata.name('\\x00')",
    "import unicodedata\nunicodedata.normalize('NFX', 'a')",
    "import unicodedata\nunicodedata.lookup('NO SUCH CHARACTER NAME')",
]


@pytest.mark.parametrize("source", ERRORS_AS_IN_CPYTHON)
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import hashlib\nrepr(hashlib.sha256(b'a'))", "<sha256 HASH object>"),
        (
            "import sys\nrepr(sys.version_info)",
            "sys.version_info(major=3, minor=11, micro=0, releaselevel='final', serial=0)",
        ),
        ("import textwrap\nrepr(textwrap.wrap)", "<built-in function wrap>"),
        ("import sys\nsys.getrecursionlimit()", ptc_interpreter.Limits().max_recursion_depth),
    ],
)
async def test_values_show_nothing_of_the_host(source: str, expected: object) -> None:
    assert (await ptc_interpreter.run(source)).value == expected


@pytest.mark.parametrize("member", ["stdin", "modules", "path", "exit", "argv", "settrace", "displayhook"])
async def test_sys_members_that_reach_the_process_do_not_exist(member: str) -> None:
    outcome, _ = await run_interpreter(f"import sys\nsys.{member}", {})
    assert outcome.exc_type == "AttributeError"


async def test_setrecursionlimit_says_what_to_write_instead() -> None:
    outcome, _ = await run_interpreter("import sys\nsys.setrecursionlimit(10_000)", {})
    assert outcome.exc_type == "RuntimeError"
    assert outcome.message is not None and "loop with an explicit stack" in outcome.message


async def test_program_objects_never_reach_the_host_functions() -> None:
    source = (
        "import textwrap, base64, hashlib, html, unicodedata\n"
        "class Sneaky:\n"
        "    def expandtabs(self, *a):\n        return 'x'\n"
        "    def replace(self, *a):\n        return 'x'\n"
        "    def __len__(self):\n        return 1\n"
        "out = []\n"
        "for f in [textwrap.wrap, textwrap.dedent, base64.b64encode, hashlib.md5, html.escape,"
        " unicodedata.normalize]:\n"
        "    try:\n        f(Sneaky()) if f is not unicodedata.normalize else f('NFC', Sneaky())\n"
        "    except (TypeError, AttributeError) as e:\n        out.append(str(e))\n"
        "out"
    )
    result = await ptc_interpreter.run(source)
    assert len(result.value) == 6
    assert not any("ptc_interpreter" in text or "Ptc" in text for text in result.value), result.value


LIMITED = [
    "import textwrap\ntextwrap.wrap('a ' * 400_000, 1, subsequent_indent='x' * 500)",
    "import textwrap\ntextwrap.fill('ab' * 400_000, 1, initial_indent='>' * 100)",
    "import textwrap\ntextwrap.indent('\\n' * 99_999, 'x' * 1000)",
    "import base64\nbase64.b64encode(b'x' * 900_000)",
    "import base64\nx = b'x' * 700_000\nwhile True:\n    base64.b16encode(x)",
    "import hashlib\nx = b'x' * 900_000\nwhile True:\n    hashlib.sha256(x)",
    "import hashlib\nh = hashlib.md5()\nx = b'x' * 900_000\nwhile True:\n    h.update(x)",
    "import html\nhtml.escape('\"' * 300_000)",
    "import html\nx = '&amp;' * 190_000\nwhile True:\n    html.unescape(x)",
    "import unicodedata\nunicodedata.normalize('NFKD', '\\ufdfa' * 60_000)",
    "import unicodedata\nx = 'é' * 900_000\nwhile True:\n    unicodedata.normalize('NFD', x)",
]


@pytest.mark.parametrize("source", LIMITED)
async def test_hostile_sizes_end_in_a_limit_error(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(source)
