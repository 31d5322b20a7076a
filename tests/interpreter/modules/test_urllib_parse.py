"""`urllib.parse`: CPython's results (program named tuples for parsed URLs), CPython's errors, plain
values only in `urlencode`, and every size charged or checked."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

_URL = "'https://u:pw@Example.com:8080/a/b;x?q=1&q=2#f'"

SAME_AS_CPYTHON = [
    f"from urllib.parse import urlparse\nr = urlparse({_URL})\n(repr(r), r.hostname, r.port, r.username, r.password,"
    " r.geturl(), r.scheme, r[1], tuple(r), type(r).__name__, isinstance(r, tuple))",
    "import urllib.parse\nfrom urllib import parse\nfrom urllib.parse import quote\n(parse.quote is quote,"
    " urllib.parse.quote is quote)",
    "from urllib.parse import quote, quote_plus, unquote, unquote_plus\n(quote('a b/c?d=é'), quote('a b/c', safe=''),"
    " quote_plus('a b&c'), unquote('a%20b%C3%A9'), unquote_plus('a+b'), quote(b'\\xff'))",
    "from urllib.parse import urlencode\n(urlencode({'q': 'hello world', 'n': 3, 'flag': True, 'x': None}),"
    " urlencode([('a', 1), ('a', 2)]), urlencode({'k': [1, 2]}, doseq=True), urlencode({'k': (1, 2)}))",
    "from urllib.parse import parse_qs, parse_qsl\n(parse_qs('a=1&a=2&b=&c=3'), parse_qs('a=1&b=',"
    " keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'), parse_qsl('a=%20b+c'))",
    "from urllib.parse import urljoin, urlunparse, urlunsplit\n(urljoin('https://a.com/x/y', '../z'),"
    " urljoin('https://a.com/x/', 'q?w=1'), urlunparse(('https', 'h', '/p', '', 'q=1', '')),"
    " urlunsplit(['http', 'h', '/', 'a=1', 'f']))",
    "from urllib.parse import urlsplit, urldefrag, urlparse\ns = urlsplit('http://h/p?q#f')\n(repr(s), s.netloc,"
    " repr(urldefrag('http://a/b#frag')), urldefrag('http://a/b#frag').url, repr(urlparse('example.com/path')),"
    " repr(urlparse('//host/p', scheme='ftp')))",
    "from urllib.parse import urlparse, parse_qsl\ndict(parse_qsl(urlparse('https://x/?a=1&b=2').query))",
    "from urllib.parse import urlparse\nscheme, netloc, path, *rest = urlparse('http://h/p')\n(scheme, netloc, path, rest)",
    "from urllib.parse import urlparse\nurlparse('http://[::1]:80/').hostname",
    "from urllib.parse import urlencode\nclass P:\n    def __str__(self):\n        return 'p q'\n"
    "(urlencode({'a': P(), P(): 'x'}), urlencode({'a': [P(), 1.5]}, doseq=True))",
]


@pytest.mark.parametrize("source", SAME_AS_CPYTHON)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


ERRORS = [
    "from urllib.parse import urlparse\nurlparse('http://h:99999/').port",
    "from urllib.parse import urlparse\nurlparse('http://h/').nothing",
    "from urllib.parse import quote\nquote(5)",
    "from urllib.parse import urlencode\nurlencode('a=1')",
    "from urllib.parse import parse_qsl\nparse_qsl('a=1&b=2&c=3', max_num_fields=2)",
    "from urllib.parse import parse_qsl\nparse_qsl('a', strict_parsing=True)",
    "from urllib.parse import urlunparse\nurlunparse(('a', 'b'))",
]


@pytest.mark.parametrize("source", ERRORS)
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


@pytest.mark.parametrize(
    "source",
    [
        "from urllib.parse import urlparse\nurlparse(b'http://h/')",
    ],
)
async def test_refused_with_what_to_write_instead(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcRuntimeError, match="str"):
        await ptc_interpreter.run(source)


@pytest.mark.parametrize(
    "source",
    [
        "from urllib.parse import quote\nquote('é' * 200_000)",
        "from urllib.parse import urlencode\nurlencode({'a': ['é' * 1000] * 99_999}, doseq=True)",
        "from urllib.parse import parse_qsl\nx = '&'.join(['a=1'] * 99_999)\nwhile True:\n    parse_qsl(x)",
        "from urllib.parse import urljoin\nx = 'a' * 900_000\nwhile True:\n    urljoin(x, x)",
    ],
)
async def test_hostile_sizes_end_in_a_limit_error(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(source)
