"""Differential tests: each language construct the core compiles gives CPython's value, stdout and
exception type. One snippet per behaviour, grouped by construct."""

from __future__ import annotations

import asyncio

import pytest
from ptc_reference import assert_same_as_cpython

SNIPPETS: dict[str, str] = {
    # -- assignment -------------------------------------------------------------------------------
    "tuple-unpack": "a, b = 1, 2\nb, a = a, b\n(a, b)",
    "nested-unpack": "(a, (b, c)), d = (1, (2, 3)), 4\n[a, b, c, d]",
    "starred-unpack": "first, *middle, last = range(6)\n(first, middle, last)",
    "starred-unpack-empty": "a, *rest = [1]\n(a, rest)",
    "unpack-too-many": "a, b = [1, 2, 3]",
    "unpack-too-few": "a, b, c = (1, 2)",
    "chained-assign": "a = b = []\na.append(1)\nb",
    "augmented-ops": "x = 10\nx += 5\nx -= 3\nx *= 2\nx //= 5\nx **= 3\nx %= 7\nx",
    "augmented-subscript": "d = {'a': 1}\nd['a'] += 41\nxs = [1, 2]\nxs[0] -= 5\n(d, xs)",
    "augmented-list-extends-in-place": "a = [1]\nb = a\na += [2]\nb",
    "annotated": "x: int = 3\ny: list[str]\nx",
    "walrus": "data = [1, 5, 9]\nif (n := len(data)) > 2:\n    out = n\n[y for x in data if (y := x * 2) > 5]",
    "walrus-leaks-from-comprehension": "[last := x for x in range(4)]\nlast",
    "del-name-then-use": "x = 1\ndel x\nx",
    "del-items": "d = {'a': 1, 'b': 2}\ndel d['a']\nxs = [1, 2, 3, 4]\ndel xs[1:3]\n(d, xs)",
    # -- control flow -----------------------------------------------------------------------------
    "if-elif-else": "out = []\nfor n in range(5):\n    if n == 0:\n        out.append('zero')\n    elif n % 2:\n        out.append('odd')\n    else:\n        out.append('even')\nout",
    "for-else-break": "for n in range(5):\n    if n == 3:\n        break\nelse:\n    n = -1\nn",
    "for-else-no-break": "for n in range(3):\n    pass\nelse:\n    n = 'done'\nn",
    "while-else-continue": "i = 0\nodd = []\nwhile i < 7:\n    i += 1\n    if i % 2 == 0:\n        continue\n    odd.append(i)\nelse:\n    odd.append('end')\nodd",
    "nested-break": "found = None\nfor a in range(5):\n    for b in range(5):\n        if a * b == 6:\n            found = (a, b)\n            break\n    if found:\n        break\nfound",
    "conditional-expression": "['neg' if x < 0 else 'zero' if x == 0 else 'pos' for x in (-1, 0, 2)]",
    "chained-comparison": "[1 < 2 < 3, 1 < 3 < 2, 'a' <= 'b' != 'c', 1 == 1.0 != 2]",
    "bool-ops-return-operands": "[0 or 'x', '' and 1, None or [] or 'z', 1 and 2 and 3]",
    "match-literals-and-captures": (
        "def f(cmd):\n    match cmd:\n        case 'go':\n            return 'going'\n"
        "        case ['move', x, y]:\n            return x + y\n"
        "        case {'type': 'click', 'pos': (x, y)} if x > 0:\n            return f'click {x},{y}'\n"
        "        case [first, *rest]:\n            return (first, rest)\n"
        "        case int(n) | float(n):\n            return n * 2\n"
        "        case None:\n            return 'none'\n"
        "        case _:\n            return 'other'\n"
        "[f('go'), f(['move', 1, 2]), f({'type': 'click', 'pos': (3, 4)}), f({'type': 'click', 'pos': (0, 4)}),"
        " f([1, 2, 3]), f(2.5), f(None), f('x')]"
    ),
    "match-mapping-rest": "match {'a': 1, 'b': 2, 'c': 3}:\n    case {'a': 1, **rest}:\n        out = rest\nout",
    # -- functions --------------------------------------------------------------------------------
    "defaults-and-keywords": "def f(a, b=2, *, c=3, **kw):\n    return (a, b, c, kw)\n[f(1), f(1, 5, c=6), f(a=0, z=9)]",
    "varargs": "def f(*args, sep='-'):\n    return sep.join(str(a) for a in args)\nf(1, 2, 3, sep='+')",
    "star-call": "def f(a, b, c):\n    return a * 100 + b * 10 + c\nargs = [1, 2]\nkw = {'c': 3}\nf(*args, **kw)",
    "missing-argument": "def f(a, b):\n    return a\nf(1)",
    "unexpected-keyword": "def f(a):\n    return a\nf(b=1)",
    "too-many-positional": "def f(a):\n    return a\nf(1, 2)",
    "duplicate-argument": "def f(a):\n    return a\nf(1, a=2)",
    "mutable-default-shared": "def f(x, acc=[]):\n    acc.append(x)\n    return acc\nf(1)\nf(2)",
    "recursion": "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nfact(20)",
    "closures": "def make(n):\n    def add(x):\n        return x + n\n    return add\n[make(i)(10) for i in range(3)]",
    "nonlocal-counter": "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\nc = counter()\n[c(), c(), c()]",
    "global-statement": "total = 0\ndef add(n):\n    global total\n    total += n\nadd(3)\nadd(4)\ntotal",
    "late-binding-closures": "fs = [lambda: i for i in range(3)]\n[f() for f in fs]",
    "default-binding-closures": "fs = [lambda i=i: i for i in range(3)]\n[f() for f in fs]",
    "lambda-sort-key": "people = [('bo', 30), ('al', 25), ('cy', 30)]\nsorted(people, key=lambda p: (-p[1], p[0]))",
    "unbound-local": "x = 1\ndef f():\n    y = x\n    x = 2\n    return y\nf()",
    "generator-function": "def gen(n):\n    for i in range(n):\n        if i % 2:\n            yield i\n    return 'done'\nlist(gen(7))",
    "generator-send-values": "def countdown(n):\n    while n:\n        yield n\n        n -= 1\nsum(countdown(4)), [x * 2 for x in countdown(3)]",
    "yield-from": "def inner():\n    yield 1\n    yield 2\ndef outer():\n    yield 0\n    yield from inner()\n    yield from [3, 4]\nlist(outer())",
    # -- classes ----------------------------------------------------------------------------------
    "class-basics": (
        "class Point:\n    dims = 2\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n"
        "    def norm2(self):\n        return self.x ** 2 + self.y ** 2\n"
        "p = Point(3, 4)\n(p.x, p.norm2(), Point.dims, p.dims)"
    ),
    "class-dunders": (
        "class V:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'V({self.x})'\n"
        "    def __eq__(self, other):\n        return isinstance(other, V) and self.x == other.x\n"
        "    def __lt__(self, other):\n        return self.x < other.x\n    def __hash__(self):\n        return self.x\n"
        "    def __add__(self, other):\n        return V(self.x + other.x)\n    def __len__(self):\n        return abs(self.x)\n"
        "vs = [V(3), V(1), V(2)]\nprint(sorted(vs), V(1) in vs, len(V(-5)), V(1) + V(2))\n[v.x for v in sorted(vs)], V(2) == V(2), len({V(1), V(1)})"
    ),
    "class-iter-getitem": (
        "class Bag:\n    def __init__(self, items):\n        self.items = list(items)\n"
        "    def __iter__(self):\n        return iter(self.items)\n    def __getitem__(self, i):\n        return self.items[i]\n"
        "    def __contains__(self, x):\n        return x in self.items\n    def __bool__(self):\n        return bool(self.items)\n"
        "b = Bag('abc')\n(list(b), b[1], 'c' in b, bool(Bag([])), [x for x in b])"
    ),
    "inheritance-super": (
        "class A:\n    def __init__(self, n):\n        self.n = n\n    def describe(self):\n        return f'A{self.n}'\n"
        "class B(A):\n    def __init__(self, n, m):\n        super().__init__(n)\n        self.m = m\n"
        "    def describe(self):\n        return super().describe() + f'B{self.m}'\n"
        "b = B(1, 2)\n(b.describe(), isinstance(b, A), isinstance(b, B), b.n)"
    ),
    "exception-subclass": (
        "class QuotaError(Exception):\n    pass\nclass Hard(QuotaError):\n    def __init__(self, used):\n"
        "        super().__init__(f'used {used}')\n        self.used = used\n"
        "try:\n    raise Hard(7)\nexcept QuotaError as e:\n    out = (str(e), e.used, e.args, type(e).__name__)\nout"
    ),
    "exception-base-init": "class E(ValueError):\n    def __init__(self, code):\n        ValueError.__init__(self, f'code {code}')\n        self.code = code\nstr(E(3)), E(3).code",
    "static-class-property": (
        "class T:\n    base = 10\n    @staticmethod\n    def double(x):\n        return 2 * x\n    @classmethod\n    def make(cls):\n        return cls()\n"
        "    @property\n    def value(self):\n        return self.base + 1\n(T.double(4), type(T.make()).__name__, T().value)"
    ),
    "explicit-object-base": "class P(object):\n    def __init__(self, x):\n        self.x = x\nclass Q(P):\n    pass\n(Q(3).x, isinstance(Q(1), P), type(Q(1)).__name__)",
    "uncaught-custom-exception": "class Boom(Exception):\n    pass\nraise Boom('x')",
    # -- exceptions -------------------------------------------------------------------------------
    "try-except-else-finally": (
        "log = []\ndef f(n):\n    try:\n        log.append('try')\n        if n < 0:\n            return 'neg'\n        r = 10 // n\n"
        "    except ZeroDivisionError as e:\n        log.append(f'caught {e}')\n        return 'zero'\n    else:\n        log.append('else')\n        return r\n"
        "    finally:\n        log.append('finally')\n[f(2), f(0), f(-1)], log"
    ),
    "finally-return-overrides": "def f():\n    try:\n        raise ValueError('x')\n    finally:\n        return 'finally'\nf()",
    "bare-reraise": "try:\n    try:\n        {}['k']\n    except KeyError:\n        raise\nexcept KeyError as e:\n    out = repr(e)\nout",
    "raise-from": "try:\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise ValueError('wrapped') from e\nexcept ValueError as e:\n    out = str(e)\nout",
    "except-tuple": "out = []\nfor bad in ('1/0', 'x', '[][1]'):\n    try:\n        if bad == '1/0':\n            1 / 0\n        elif bad == 'x':\n            int('x')\n        else:\n            [][1]\n    except (ZeroDivisionError, ValueError) as e:\n        out.append(type(e).__name__)\n    except Exception as e:\n        out.append('other ' + type(e).__name__)\nout",
    "except-name-unbound-after": "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    pass\ne",
    "assert-fails": "assert 1 + 1 == 3, 'math'",
    "assert-passes": "assert [1], 'nonempty'\n'ok'",
    "loop-finally-continue": "log = []\nfor i in range(3):\n    try:\n        if i == 1:\n            continue\n        log.append(i)\n    finally:\n        log.append(f'f{i}')\nlog",
    # -- comprehensions and displays --------------------------------------------------------------
    "nested-comprehension": "[(x, y) for x in range(3) if x for y in range(x) if y != 1]",
    "dict-set-comprehension": "words = ['aa', 'b', 'aa', 'ccc']\n({w: len(w) for w in words}, sorted({len(w) for w in words}))",
    "generator-expression-consumers": "xs = range(10)\n(sum(x * x for x in xs), any(x > 8 for x in xs), ','.join(str(x) for x in xs if x % 3 == 0))",
    "comprehension-scope": "x = 'outer'\n[x for x in range(2)]\nx",
    "starred-displays": "a = [1, 2]\nb = {'k': 1}\n([*a, *a, 3], (*a,), {**b, 'z': 2}, {*a, 5})",
    "fstrings": "n = 3.14159\nname = 'ada'\nw = 8\n[f'{n:.2f}', f'{name!r:>{w}}', f'{n=:.1f}', f'{{}}{name.upper()}', f'{1000000:,}', f'{255:#x}']",
    "slicing": "s = 'abcdefgh'\nxs = list(range(10))\n(s[2:5], s[::-1], s[-3:], xs[1:8:3], xs[::-2])",
    "slice-assign": "xs = list(range(6))\nxs[1:3] = ['a', 'b', 'c']\nxs",
    # -- misc -------------------------------------------------------------------------------------
    "name-main": "if __name__ == '__main__':\n    out = 'main'\nout",
    "print-sep-end": "print('a', 'b', sep='-', end='!\\n')\nprint()\nprint(1, [2], {'k': None})",
    "no-result-statement": "x = 1",
    "int-string-ops": "('ab' * 3, [0] * 4, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, divmod(17, 5), round(2.675, 2))",
}


@pytest.mark.parametrize("source", SNIPPETS.values(), ids=SNIPPETS.keys())
async def test_construct_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


ASYNC_SNIPPETS: dict[str, str] = {
    "await-in-expressions": "async def f(x):\n    return x * 2\n[(await f(1)) + (await f(2)), await f(3) if await f(0) == 0 else -1, {'k': await f(4)}, f'{await f(5)}']",
    "await-in-comprehension": "async def f(x):\n    return x + 1\n[await f(x) for x in range(3) if await f(x) > 1]",
    "await-in-call-args-order": "log = []\nasync def f(x):\n    log.append(x)\n    return x\ndef g(*a, **k):\n    return (a, k)\ng(await f(1), log.append('sync'), await f(2), k=await f(3)), log",
    "async-function-closure": "def outer():\n    n = 5\n    async def inner():\n        return n\n    return inner\nawait outer()()",
    "asyncio-run-main": "import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    return 'ran'\nresult = asyncio.run(main()) if False else await main()\nresult",
    "await-attribute-and-subscript": "async def f():\n    return {'a': [10, 20]}\n((await f())['a'][1], len((await f())['a']))",
    "try-around-await": "async def bad():\n    raise KeyError('k')\ntry:\n    await bad()\nexcept KeyError as e:\n    out = repr(e)\nfinally:\n    done = True\n(out, done)",
}


@pytest.mark.parametrize("source", ASYNC_SNIPPETS.values(), ids=ASYNC_SNIPPETS.keys())
async def test_async_construct_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


async def echo(value: object) -> object:
    """An in-memory tool that yields to the event loop once (exercises the suspension path)."""
    await asyncio.sleep(0)
    return value


PROBES: dict[str, str] = {
    "multi-await-assign": "x = y = await echo(3)\n(x, y)",
    "swap": "a = [1, 2, 3]\ni, j = 0, 2\na[i], a[j] = a[j], a[i]\na",
    "enumerate-nested": "pairs = [(1, 'a'), (2, 'b')]\n[f'{i}:{n}{s}' for i, (n, s) in enumerate(pairs)]",
    "walrus-while": "it = iter([1, 2, 3])\nout = []\nwhile (v := next(it, None)) is not None:\n    out.append(v)\nout",
    "lambda-star": "f = lambda *args, **kw: (args, sorted(kw))\nf(1, 2, b=1, a=2)",
    "reraise-from": "def f():\n    try:\n        int('x')\n    except (KeyError, ValueError) as e:\n        raise RuntimeError('bad') from e\ntry:\n    f()\nexcept RuntimeError as e:\n    r = str(e)\nr",
    "class-comprehension": "class A:\n    xs = [i * 2 for i in range(3)]\nA.xs",
    "max-key-get": "d = {'a': 3, 'b': 5}\nmax(d, key=d.get)",
    "isinstance-tuple": "[isinstance(x, (int, float)) for x in (1, 2.0, 'x')]",
    "async-gather-return": "import asyncio\nasync def many(n):\n    return await asyncio.gather(*[echo(i) for i in range(n)])\nawait many(4)",
    "star-map": "[*map(str, [1, 2])]",
    "local-import": "def f():\n    import math\n    return round(math.pi, 3)\nf()",
    "print-star": "items = [1, 2, 3]\nprint(*items, sep=', ')",
    "dict-sorted": "d = {'b': 2, 'a': 1}\ndict(sorted(d.items()))",
    "nested-def-default": "N = 3\ndef outer():\n    def inner(x=N):\n        return x * 2\n    return inner()\nouter()",
    "str-join-reversed": "''.join(reversed('abc'))",
    "sum-genexp-count": "sum(1 for _ in range(7) if _ % 2)",
    "try-in-loop-await": "out = []\nfor i in range(3):\n    try:\n        if i == 1:\n            raise ValueError(i)\n        out.append(await echo(i))\n    except ValueError as e:\n        out.append(f'err {e}')\nout",
    "await-in-fstring-dict": "d = {'k': await echo('v')}\nf\"{d['k']}-{await echo(1)}\"",
    "async-with-semaphore-closure": "import asyncio\nsem = asyncio.Semaphore(2)\nasync def one(i):\n    async with sem:\n        return await echo(i)\nawait asyncio.gather(*(one(i) for i in range(4)))",
    "exception-str-args": "e = ValueError('a', 1)\n(str(e), e.args)",
    "chained-method": "'  Hello World  '.strip().lower().split()",
    "int-float-ops": "(7 / 2, 7 // 2, -7 % 3, 2 ** -1, abs(-3.5), round(3.14159, 2), int('42') + float('1.5'))",
    "sorted-multi-key": "data = [{'n': 'b', 's': 2}, {'n': 'a', 's': 2}, {'n': 'c', 's': 1}]\n[d['n'] for d in sorted(data, key=lambda d: (-d['s'], d['n']))]",
    "generator-in-class": "class C:\n    def __init__(self):\n        self.items = [3, 1, 2]\n    def __iter__(self):\n        for x in sorted(self.items):\n            yield x\nlist(C())",
    "closure-in-loop-async": "import asyncio\nasync def run():\n    results = {}\n    async def fetch(k):\n        results[k] = await echo(k * 2)\n    await asyncio.gather(*(fetch(k) for k in range(3)))\n    return results\nawait run()",
}


@pytest.mark.parametrize("source", PROBES.values(), ids=PROBES.keys())
async def test_model_style_idiom_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source, {"echo": echo})
