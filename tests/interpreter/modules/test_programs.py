"""Programs using the module shims, run through `ptc_interpreter.run`, must match CPython exactly."""

from __future__ import annotations

import asyncio
import textwrap
from dataclasses import dataclass, field
from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter.host import LocalHost
from ptc_reference import run_cpython

PROGRAMS: dict[str, str] = {
    "json_roundtrip": """
        import json
        data = {"users": [{"name": "ana", "age": 31, "tags": ["a", "b"]}, {"name": "bo", "age": None}]}
        text = json.dumps(data, indent=2, sort_keys=True)
        print(text)
        print(json.dumps(data, separators=(",", ":")))
        try:
            json.loads('{"a": 1,}')
        except json.JSONDecodeError as error:
            print("bad:", error.msg, error.pos, error.lineno, error.colno)
        try:
            json.dumps({"s": {1, 2}})
        except TypeError as error:
            print("type error:", error)
        json.loads(text) == data
    """,
    "regex_extraction": """
        import re
        log = '''2024-05-01 12:00:01 ERROR db timeout (took 5012ms)
        2024-05-01 12:00:05 INFO ok
        2024-05-02 08:13:44 ERROR disk full (took 12ms)'''
        pattern = re.compile(r"^(?P<date>\\d{4}-\\d\\d-\\d\\d) (?P<time>[\\d:]+) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
        rows = [m.groupdict() for m in pattern.finditer(log)]
        print(rows)
        print(re.findall(r"took (\\d+)ms", log))
        print(re.sub(r"(\\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.2f}s", log))
        print(re.split(r"\\s*\\n\\s*", log)[1])
        print(pattern, pattern.groups, pattern.groupindex["level"])
        m = re.match(r"(\\w+)@(\\w+)\\.com", "ana@example.com")
        print(m, m.group(0), m.group(1, 2), m.span(2), m.start(), m.end(), m[2], m.lastindex)
        print(re.fullmatch(r"[a-z]+", "abc1"), re.escape("a.b"), re.subn("a", "b", "banana"))
        print(bool(re.search(r"\\bcat\\b", "the cat sat")), re.I, re.IGNORECASE | re.MULTILINE)
        [w.lower() for w in re.findall(r"[A-Z][a-z]+", "Hello There General Kenobi")]
    """,
    "collections_usage": """
        from collections import Counter, defaultdict, OrderedDict, deque
        words = "the quick brown fox jumps over the lazy dog the end".split()
        counts = Counter(words)
        print(counts.most_common(3), counts["the"], counts["missing"], sum(counts.values()))
        counts.update(["fox", "fox"])
        counts.subtract({"the": 2})
        print(counts.total(), sorted(counts.elements())[:5], counts + Counter(["new"]))
        by_letter = defaultdict(list)
        for w in words:
            by_letter[w[0]].append(w)
        print(dict(sorted(by_letter.items())), len(by_letter), isinstance(by_letter, dict))
        od = OrderedDict(a=1, b=2, c=3)
        od.move_to_end("a")
        print(od, od.popitem(last=False), list(od.keys()))
        window = deque(maxlen=3)
        for i in range(6):
            window.append(i)
        window.appendleft(-1)
        print(window, window.maxlen, list(window), window[0], len(window), 4 in window)
        window.rotate(1)
        print(window.popleft(), window.pop(), window)
        print(Counter, isinstance(counts, Counter), type(counts).__name__)
        counts
    """,
    "itertools_functools": """
        import itertools
        import functools
        from itertools import groupby, chain, islice, count, accumulate, product, combinations, permutations
        records = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
        print([(k, [v for _, v in g]) for k, g in groupby(records, key=lambda r: r[0])])
        print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
        print(list(islice(count(10, 5), 4)), list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)))
        print(list(product("ab", repeat=2)), list(combinations(range(4), 2)), len(list(permutations("abcd"))))
        print(list(itertools.zip_longest("ab", "wxyz", fillvalue=0)), list(itertools.pairwise([1, 2, 4, 7])))
        print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 5)])))
        print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
        add = functools.partial(lambda a, b, c=0: a + b + c, 1, c=10)
        print(add(2), add(b=5))
        def compare(a, b):
            return (a > b) - (a < b)
        print(sorted([3, 1, 2], key=functools.cmp_to_key(compare), reverse=True))
        @functools.lru_cache(maxsize=None)
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        @functools.cache
        def tri(n):
            return 0 if n == 0 else n + tri(n - 1)
        [fib(60), tri(50)]
    """,
    "math_statistics": """
        import math
        import statistics
        values = [2, 4, 4, 4, 5, 5, 7, 9]
        print(statistics.mean(values), statistics.median(values), statistics.mode(values))
        print(statistics.pstdev(values), round(statistics.stdev(values), 6), statistics.variance(values))
        print(statistics.quantiles(values, n=4), statistics.fmean(values), statistics.median_low([1, 3, 5, 7]))
        try:
            statistics.mean([])
        except statistics.StatisticsError as error:
            print("error:", error)
        print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.lcm(4, 6))
        print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isclose(0.1 + 0.2, 0.3))
        print(math.pi, math.inf > 10**100, math.log(8, 2), math.hypot(3, 4), math.prod([1, 2, 3]))
        print(math.fsum([0.1] * 10), math.isqrt(99), math.dist((0, 0), (1, 1)), math.trunc(-3.9))
        math.degrees(math.pi)
    """,
    "datetime_arith": """
        from datetime import datetime, date, timedelta, timezone
        start = datetime(2024, 1, 30, 9, 15)
        end = start + timedelta(days=3, hours=20, minutes=5)
        print(end, end - start, (end - start).total_seconds(), (end - start).days)
        print(end.isoformat(), end.strftime("%Y-%m-%d %H:%M (%a %b)"), f"{end:%d/%m/%Y}", end.weekday())
        parsed = datetime.strptime("2024-03-05 14:30", "%Y-%m-%d %H:%M")
        print(parsed, parsed.year, parsed.month, parsed.hour, parsed.date(), parsed.time())
        iso = datetime.fromisoformat("2024-05-01T10:00:00+02:00")
        print(iso, iso.tzinfo, iso.astimezone(timezone.utc), iso.utcoffset())
        d = date(2024, 2, 28) + timedelta(days=1)
        print(d, d.isoformat(), d.replace(day=1), date.fromisoformat("2023-12-31"), d > date(2024, 1, 1))
        print(repr(start), repr(d), repr(timedelta(hours=1)), timezone.utc, datetime.min < start)
        print(d.isocalendar().week, isinstance(start, date), isinstance(d, datetime), datetime, timedelta)
        sorted([end, start, parsed])
    """,
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
async def test_program_matches_cpython(name: str) -> None:
    source = textwrap.dedent(PROGRAMS[name])
    expected = await run_cpython(source, {})
    assert expected.exc_type is None
    result = await ptc_interpreter.run(source, tools={})
    assert result.stdout == expected.stdout
    assert repr(result.value) == repr(expected.value)


NON_DETERMINISTIC: dict[str, str] = {
    "clock": """
        import time
        from datetime import datetime, date
        [time.time(), datetime.now().isoformat(), date.today().isoformat(), datetime.now().year]
    """,
    "random": """
        import random
        random.seed(42)
        xs = list(range(10))
        random.shuffle(xs)
        [random.random(), random.randint(1, 6), random.choice("abc"), xs, random.sample(range(100), 3)]
    """,
}


async def test_random_module_matches_cpython_under_the_same_seed() -> None:
    source = textwrap.dedent(NON_DETERMINISTIC["random"])
    expected = await run_cpython(source, {})
    result = await ptc_interpreter.run(source, tools={})
    assert result.value == expected.value


async def test_clock_reads_come_from_the_host() -> None:
    from datetime import UTC, datetime

    from ptc_interpreter.host import LocalHost

    moment = datetime(2030, 6, 1, 8, 0, tzinfo=UTC)
    run: Any = ptc_interpreter.run
    result = await run(
        textwrap.dedent(NON_DETERMINISTIC["clock"]), tools={}, host=LocalHost({}, clock=lambda: moment)
    )
    assert result.value == [moment.timestamp(), "2030-06-01T08:00:00", "2030-06-01", 2030]


@dataclass
class _RecordingHost(LocalHost):
    """A LocalHost whose timers are recorded and fire at once."""

    sleeps: list[float] = field(default_factory=list[float])

    def sleep(self, seconds: float) -> Any:
        self.sleeps.append(seconds)
        return asyncio.sleep(0)


async def test_time_sleep_suspends_on_the_host_timer() -> None:
    host = _RecordingHost({})
    source = (
        "import time\ntime.sleep(2.5)\nasync def nap():\n    time.sleep(1)\n    return 'rested'\nawait nap()"
    )
    result = await ptc_interpreter.run(source, tools={}, host=host)
    assert result.value == "rested"
    assert host.sleeps == [2.5, 1.0]


async def test_platform_dependent_datetime_format_specs_are_refused() -> None:
    source = "from datetime import datetime\nf'{datetime(2024, 1, 1):%s}'"
    with pytest.raises(ptc_interpreter.PtcRuntimeError, match="strftime directive '%s' is not supported"):
        await ptc_interpreter.run(source, tools={})


async def test_uncaught_shim_exceptions_are_program_errors() -> None:
    for source, exc_type in [
        ("import json\njson.loads('{')", "JSONDecodeError"),
        ("import statistics\nstatistics.mean([])", "StatisticsError"),
        ("import re\nre.compile('(')", "error"),
    ]:
        with pytest.raises(ptc_interpreter.PtcRuntimeError) as error:
            await ptc_interpreter.run(source, tools={})
        assert error.value.exc_type == exc_type
        assert "line 2" in str(error.value)


async def test_unsupported_regex_reports_what_to_write_instead() -> None:
    source = "import re\nre.findall(r'(?<=\\$)\\d+', 'cost: $12')"
    with pytest.raises(ptc_interpreter.PtcRuntimeError) as error:
        await ptc_interpreter.run(source, tools={})
    report = str(error.value)
    assert "line 2" in report and "lookbehind" in report and "instead" in report


@pytest.mark.parametrize(
    "source",
    [
        "import re\nre.findall(r'x*y|x', 'x' * 200_000)",
        "import json\nrow = ['x' * 100] * 1000\njson.dumps([row] * 1000)",
        "import json\njson.loads('[' * 100_000 + ']' * 100_000)",
        "import math\nmath.factorial(10**6)",
        "import itertools\nlist(itertools.islice(itertools.count(), 10**12, None))",
        "import collections\nimport itertools\ncollections.Counter(itertools.count())",
        "import collections\ncollections.deque(range(10**9))",
        "import itertools\nsum(1 for _ in itertools.product(range(1000), repeat=4))",
    ],
)
async def test_module_bombs_end_in_a_limit_error(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(source, tools={})
