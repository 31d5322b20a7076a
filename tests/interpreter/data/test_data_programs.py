"""Program-level differential tests of the data runtime: each snippet runs under CPython and under the
interpreter, and must give the same value, stdout and exception type.

Sets in these snippets are printed only when CPython's hash order equals insertion order (small ints
added in ascending order); elsewhere the value comparison treats sets by content.
"""

from __future__ import annotations

import pytest
from ptc_reference import differences, run_cpython, run_interpreter

SNIPPETS: dict[str, str] = {
    "str-methods": """
s = "  Hello, World  "
t = s.strip()
print(t.lower(), t.upper(), t.title(), t.swapcase(), t.casefold())
print(t.split(", "), t.rsplit("o", 1), t.partition(","), t.rpartition("o"))
print(t.find("o"), t.rfind("o"), t.index("W"), t.count("l"), t.startswith(("He", "x")), t.endswith("d"))
print(t.replace("l", "L", 2), t.center(20, "*"), t.ljust(15, "."), t.rjust(15), "7".zfill(4), "-7".zfill(4))
print("a\\tb".expandtabs(4), "x\\ny\\r\\nz".splitlines(), "x\\ny".splitlines(True), "abc".isalpha(), "12".isdigit())
print("-".join(["a", "b", "c"]), ", ".join(str(i) for i in range(3)), "ab".removeprefix("a"), "ab".removesuffix("b"))
print("Hello".translate(str.maketrans("lo", "01")), "hello".translate({ord("h"): "J"}), "é".encode(), b"\\xc3\\xa9".decode())
print(" a b ".split(), "a,b,,c".split(","), "a b c".split(maxsplit=1), "x".isidentifier(), "Ab".istitle())
""",
    "bytes-methods": """
b = b"hello world"
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.hex(), bytes.fromhex("6869"), b.find(b"o"), b[1:3], b[0])
print(b"-".join([b"a", b"b"]), b.startswith(b"he"), b.decode("ascii"), list(b"ab"), bytes([104, 105]), bytes(2))
""",
    "numbers": """
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** 10, 2 ** -1, 10 ** 20, 3 * 1.5, 1e300 * 10, -0.0)
print(divmod(17, 5), divmod(-17, 5), abs(-3.5), round(2.5), round(3.5), round(2.675, 2), round(1234.5678, -2))
print(int("42"), int("ff", 16), int(" 7 "), int(-3.9), float("1e3"), float("inf"), hex(255), oct(8), bin(5))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 0.5), (255).to_bytes(2, "big"), int.from_bytes(b"\\x01\\x00", "little"))
print((10).bit_length(), (7).bit_count(), (2.5).as_integer_ratio(), (3.0).is_integer(), 1 << 70, 2 ** 100 >> 90, ~5, -(-3))
print(True + True, True * 3, 5 & 3, 5 | 3, 5 ^ 3, 0.1 + 0.2, 1 / 3, 10 ** 15 / 7, 2 ** 0.5)
""",
    "comparisons": """
print(1 < 2 < 3, 1 < 3 < 2, "a" < "b", [1, 2] < [1, 3], (1, "a") == (1, "a"), 1 == 1.0, None is None)
print(3 in [1, 2, 3], "b" in "abc", "k" in {"k": 1}, 5 in range(10), 5.5 in range(10), 2 not in {1, 2})
print([1] * 3 == [1, 1, 1], {1, 2} == {2, 1}, {1} < {1, 2}, {1: 2} == {1: 2}, "a" * 3, 3 * "ab", (0,) * 2)
""",
    "lists-and-dicts": """
xs = [5, 3, 8, 1]
xs.append(7); xs.extend(range(2)); xs.insert(0, 9); xs.remove(3)
print(xs, xs.pop(), xs.pop(0), xs.index(8), xs.count(1))
xs.sort(); print(xs); xs.sort(key=lambda v: -v); print(xs); xs.reverse(); print(xs, xs.copy(), xs[::2])
d = {"b": 2, "a": 1}
d.update({"c": 3}, d=4); d.update([("e", 5)])
print(d, d.get("z"), d.get("a"), d.setdefault("f", []), d.pop("b"), d.popitem(), list(d.keys()), list(d.values()))
print(list(d.items()), dict.fromkeys("xy", 0), {**d, "a": 10}, d | {"z": 0}, len(d), sorted(d))
e = {1: "x"}
e |= {2: "y"}
print(e, list(reversed(e)), dict(zip("ab", [1, 2])), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2))
""",
    "sets": """
s = {1, 2, 3}
s.add(4); s.discard(9); s.remove(1)
print(s, len(s), 2 in s, s | {5}, s & {2, 3}, s - {2}, s ^ {3, 6}, s.union([7]), s.issubset(range(10)))
print(sorted({3, 1, 2}), frozenset([1, 2]) == {1, 2}, set(), frozenset(), set([1, 1, 2]), {x % 3 for x in range(6)})
t = set()
for i in range(5):
    t.add(i)
t -= {0}
t |= {5}
print(t, t.pop(), t, {1, 2}.isdisjoint({3}), {1, 2} >= {1}, type(t).__name__, type(frozenset()).__name__)
""",
    "dict-views-as-sets": """
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "c", "z"}), sorted(d.keys() - {"a"}), sorted(d.keys() | {"z"}), sorted(d.items() & {("a", 1)}))
print(d.keys() == {"a", "b", "c"}, d.keys().isdisjoint(["x"]), len(d.keys() ^ {"a"}))
""",
    "f-strings-and-format": """
name, n, x = "Ada", 42, 3.14159
w, p = 10, 3
print(f"{name!r:>8}|{n:05d}|{x:.2f}|{x:{w}.{p}f}|{n:,}|{n:x}|{n:#b}|{x:e}|{0.25:.0%}|{name:^9}|{n=}|{x=:.1f}")
print(f"{'nested ' + name.upper():*<20}", f"{[1, 'a']}", f"{ {'k': 1} }", f"{None!s}", f"{name!a}", f"{'é'!a}")
print("{} {}".format(1, 2), "{1}{0}".format("a", "b"), "{x:>4}".format(x=7), "{0[k]} {1[0]}".format({"k": "v"}, [9]))
print("{:{w}.{p}}".format(x, w=8, p=3), "{{}} {}".format(5), "{a}-{b}".format_map({"a": 1, "b": 2}), format(x, ".3"))
print(format(1234567, ","), format("s", ">3"), format(5), format(-2.5, "+.1f"), format(True), format(12, "08b"))
""",
    "percent-format": """
print("%s-%d-%05.1f" % ("a", 7, 2.25), "%r" % "x", "%x %X %o" % (255, 255, 8), "%-5s|" % "ab", "%c%c" % (72, "i"))
print("%(a)s=%(b)d" % {"a": "k", "b": 3}, "%*d|" % (5, 42), "%.2e" % 12345.678, "100%%" % (), "%s" % [1, 2])
print("%i %u %g %G %%" % (1, 2, 0.00001, 1e20), "%s" % (("t",),), "%d%%" % 50)
""",
    "builtins": """
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([(1, "b"), (1, "a")]), sorted([-3, 2], key=abs))
print(min(3, 1), max([1, 5, 2]), min("bca"), max([], default=None), min([(2, "a"), (1, "b")]), max("ab", "abc", key=len))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10))
print(any([0, "", None]), all([]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab", (True, False))), list(map(lambda a, b: a + b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2, 3])), list(reversed("ab")), list(range(10, 0, -3)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), len("abc"), len({1: 2}), chr(65), ord("a"), repr("q"), ascii("é"))
print(list("ab"), tuple([1]), str(12), str(b"ab", "ascii"), bool(0), bool([1]), int(True), float(3))
print(isinstance(True, int), isinstance(1, bool), isinstance("a", (int, str)), isinstance(None, type(None)), isinstance(1.0, int | float))
print(type(1) is int, type("") == str, type(1.0).__name__, type([]), type({}).__name__, type(type(1)), str(int), int)
print(callable(len), callable(1), getattr("x", "upper")(), getattr(1, "nope", "dflt"), hasattr([], "append"))
print(list(map(str.upper, ["a", "b"])), list(map(int, ["1", "2"])), list(map(str, [1.5, None])), sorted(["b", "A"], key=str.lower))
""",
    "reprs": """
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
a = [1]
a.append(a)
print([Point(1, 2)], {"p": Point(0, 0)}, a, (1,), (), [[]], {"k": (1, [2, {3: 4}])}, -0.0, 1e16, 1.5e-7, 10**20)
print(repr("it's"), repr('say "hi"'), repr("a\\nb\\tc"), str([None, True, "s"]), str({1.0: "x"}), repr(b"\\x00a"))
print(str(ValueError("bad")), repr(ValueError("bad", 2)), str(KeyError("k")), repr(KeyError("k")), str(Exception()), repr(range(3)))
""",
    "exceptions-from-data-ops": """
errors = []
for thunk in [lambda: [1][5], lambda: {}["k"], lambda: 1 / 0, lambda: int("x"), lambda: "a" + 1, lambda: None.get,
              lambda: [].pop(), lambda: {1}.remove(2), lambda: "a".index("z"),
              lambda: "%d" % "x", lambda: "{} {0}".format(1, 2), lambda: max([]), lambda: next(iter([])),
              lambda: float("nan") < 1 < [], lambda: sorted([1, "a"]), lambda: {[]: 1}, lambda: {1, 2} + {3}]:
    try:
        thunk()
        errors.append("none")
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
""",
    "str-of-exceptions-in-handlers": """
try:
    {"a": 1}["b"]
except KeyError as e:
    print("missing", e, repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(f"error: {e}")
try:
    [].pop()
except IndexError as e:
    print(str(e), type(e).__name__)
""",
    "print-options": """
print("a", "b", sep="-", end="!\\n")
print()
print("x", end="")
print(1, 2, sep="")
print(*[1, 2, 3], sep=", ")
print(None, True, 1.0, [1.0], sep=None, end=None)
""",
    "model-idioms": """
d = {"apple": 3, "pear": 7, "fig": 1}
rows = [{"name": n, "v": v} for n, v in d.items()]
print(sorted(d, key=d.get), max(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True)[:2])
print(", ".join(f"{k}={v}" for k, v in d.items()), "".join(map(str, range(5))), "x".join(reversed("abc")))
print(min(rows, key=lambda r: r["v"])["name"], sum(r["v"] for r in rows) / len(rows), sorted(["bb", "a", "ccc"], key=len))
print(f"{'Name':<10}{'Score':>5}", "-" * 15, f"{1234567.891:,.2f}", "%.1f%%" % 12.345, f"{0.4567:.1%}", f"{type(d).__name__}")
print(list(zip(*[[1, 2], [3, 4]])), list(enumerate("ab", start=1)), "abc"[::-1], "a,b\\nc,d".split("\\n"), " x ,y".strip().split(","))
print(int("0x1f", 16), int("1_000"), float("nan") != float("nan"), 1e-05, 1e16, 123456789.123, int(float("3.7")), str(None), str(True))
print("é".encode("utf-8").hex(), [1, 2, 3].index(2), isinstance(rows, (list, tuple)), any(isinstance(v, dict) for v in rows))
print({"a": [1, {"b": None}], "c": (1.5, "x")}, [str(x) for x in (1, 2.0, None)], dict(sorted(d.items())), list(map(lambda x: x * 2, range(4))))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, {w for w in counts if len(w) == 3} == set(counts), len(counts))
try:
    raise ValueError(f"bad value {42!r}")
except (KeyError, ValueError) as e:
    print(type(e).__name__, e, e.args[0], repr(e))
""",
    "int-list-value": """
data = [{"k": i % 3, "v": i * 1.5} for i in range(12)]
groups = {}
for row in data:
    groups.setdefault(row["k"], []).append(row["v"])
{k: (len(v), sum(v), max(v), round(sum(v) / len(v), 3)) for k, v in sorted(groups.items())}
""",
}


@pytest.mark.parametrize("name", list(SNIPPETS))
async def test_snippet_matches_cpython(name: str) -> None:
    source = SNIPPETS[name].lstrip("\n")
    expected = await run_cpython(source, {})
    assert expected.exc_type is None, f"reference run failed: {expected.exc_type}: {expected.message}"
    actual, _ = await run_interpreter(source, {})
    assert actual.exc_type is None, actual.message
    assert actual.stdout == expected.stdout
    assert list(differences(expected.value, actual.value)) == []


BOMBS: dict[str, str] = {
    "slice-copies-kept": "s = 'a' * 10**6\nkeep = []\nwhile True:\n    keep.append(s[1:])",
    "list-slice-copies-kept": "s = list(range(100_000))\nkeep = []\nwhile True:\n    keep.append(s[1:])",
    "fresh-big-strings-kept": "keep = []\nwhile True:\n    keep.append('y' * 10_000)",
    "repr-of-shared-rows": "row = [[1] * 1000] * 1000\nstr([row] * 1000)",
    "format-width": "f'{1:>999999999}'",
    "endless-iterator-into-list": "import itertools\nlist(itertools.repeat(1))",
    "sum-huge-range": "sum(range(10**12))",
    "join-endless": "import itertools\n','.join(itertools.repeat('a'))",
    "power": "2 ** 10**9",
}


@pytest.mark.parametrize("name", list(BOMBS))
async def test_bomb_ends_in_limit_error(name: str) -> None:
    actual, raw = await run_interpreter(BOMBS[name], {})
    assert actual.exc_type == "<PtcLimitError>", (actual.exc_type, actual.message)
    assert raw.span is not None


async def test_missing_attribute_report_suggests_an_allowlisted_name() -> None:
    actual, raw = await run_interpreter("x = 'abc'\nx.uper()", {})
    assert actual.exc_type == "AttributeError"
    assert raw.hint == "did you mean 'upper'?"
    assert raw.message == "'str' object has no attribute 'uper'"
