"""Nothing a program sees depends on the process: the same program and tool results give the same
calls, in the same order, the same value and the same output under any hash seed (PYTHONHASHSEED),
host time zone (TZ) and locale (LC_ALL, and a host application that adopted a German locale with
`locale.setlocale`).

Three kinds of evidence, each from child processes compared byte for byte:
- probes of everything CPython computes from a salted hash, an address, the time zone or the locale:
  `hash()` of every hashable kind of value, set and dict-view operations, `Counter` ties, reprs,
  `random.seed` of every seed type, local time, `strftime`/`strptime`, `{:n}`; each probe also
  pins the value a UTC host in the C locale gives, so an environment-independent wrong answer fails;
- one program leaning on hash order for its tool calls (gather, tasks, sets of strings);
- the whole differential program corpus under two environments.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import random
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ptc_interpreter
import pytest

BASE_PROGRAM = textwrap.dedent(
    """
    import asyncio
    import json
    import random
    from collections import Counter

    users = await asyncio.gather(*[get_user(i) for i in range(1, 9)])
    teams = {u["team"] for u in users}
    words = set("the quick brown fox jumps over the lazy dog again and again".split())
    print(list(words))
    print(words, teams)
    tags = set()
    for u in users:
        tags.update(u["tags"])
    for team in teams:
        await search(team, limit=1)
    tasks = [asyncio.create_task(fetch_weather(city)) for city in {"Paris", "Lima", "Tokyo", "Berlin"}]
    forecasts = [await t for t in tasks]
    lengths = {w: len(w) for w in words}
    letters = Counter("".join(words))
    shuffled = sorted(teams)
    random.shuffle(shuffled)
    HASHED
    {
        "teams": list(teams),
        "tags": tags,
        "words": "-".join(words),
        "lengths": json.dumps(lengths),
        "letters": letters.most_common(4),
        "cities": [f["city"] for f in forecasts],
        "random": [random.random(), random.randint(1, 10**6), random.choice(sorted(words))],
        "shuffled": shuffled,
        "popped": words.pop(),
        "frozen": list(frozenset(words) | teams)[:5],
        "hashed": hashed,
    }
    """
)

HASH_LINE = (
    'hashed = [hash(w) for w in ("alpha", "beta")] + [hash(("a", 1))]\n'
    "class Keyed:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "    def __hash__(self):\n"
    "        return hash(self.name)\n"
    "    def __eq__(self, other):\n"
    "        return self.name == other\n"
    'hashed += [hash(Keyed("alpha")), {"alpha": 1}.get(Keyed("alpha")), Keyed("beta") in {"beta", "gamma"}]'
)


def program() -> str:
    """`hash` is not in the issue's builtin list; when the interpreter offers it, it must be seed-free."""
    offers_hash = not ptc_interpreter.check(HASH_LINE, tools={})
    return BASE_PROGRAM.replace("HASHED", HASH_LINE if offers_hash else "hashed = None")


CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    sys.path.insert(0, {tests_dir!r})
    import ptc_interpreter
    from ptc_fake_tools import FakeWorld

    result = asyncio.run(ptc_interpreter.run(sys.stdin.read(), tools=FakeWorld().tools()))
    calls = [
        [c.tool, sorted(c.arguments.items()), c.sequence, [c.span.line, c.span.col, c.span.end_col]]
        for c in result.calls
    ]
    print("REPORT " + json.dumps({{"value": repr(result.value), "stdout": result.stdout, "calls": calls}}))
    """
)


TESTS_DIR = Path(__file__).parent.parent


@dataclass(frozen=True)
class Environment:
    hash_seed: str
    time_zone: str
    locale: str
    locale_path: Path | None = None
    """Where `locale` was compiled, when it is not one of the system's (`LOCPATH`)."""

    def variables(self) -> dict[str, str]:
        variables = {
            **os.environ,
            "PYTHONHASHSEED": self.hash_seed,
            "TZ": self.time_zone,
            "LC_ALL": self.locale,
        }
        if self.locale_path is not None:
            variables["LOCPATH"] = str(self.locale_path)
        return variables


ENVIRONMENTS = (
    Environment("0", "UTC", "C"),
    Environment("1", "Asia/Tokyo", "C.UTF-8"),
    Environment("4242", "America/Los_Angeles", "POSIX"),
)
"""Three hash seeds, three zones (ahead of, at and behind UTC) and the locales every Linux has."""


def run_child(
    script: str, environment: Environment, *, timeout: float, stdin: str | None = None
) -> dict[str, Any]:
    """Runs `script` in `environment` and returns the JSON it prints after `REPORT `."""
    completed = subprocess.run(
        [sys.executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment.variables(),
    )
    for line in completed.stdout.splitlines():
        if line.startswith("REPORT "):
            return json.loads(line.removeprefix("REPORT "))
    raise AssertionError(f"child failed (rc={completed.returncode}):\n{completed.stderr[-2000:]}")


def run_in(environment: Environment) -> dict[str, Any]:
    return run_child(CHILD.format(tests_dir=str(TESTS_DIR)), environment, timeout=60, stdin=program())


def test_same_trace_value_and_stdout_in_every_environment() -> None:
    first, second, third = (run_in(environment) for environment in ENVIRONMENTS)
    assert first["calls"] == second["calls"] == third["calls"]
    assert first["value"] == second["value"] == third["value"]
    assert first["stdout"] == second["stdout"] == third["stdout"]
    assert len(first["calls"]) == 8 + 4 + 4


def test_sets_iterate_in_insertion_order() -> None:
    report = run_in(Environment("7", "Europe/Paris", "C"))
    words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "again", "and", "again"]
    assert report["stdout"].splitlines()[0] == repr(list(dict.fromkeys(words)))
    searched = [dict(args)["query"] for tool, args, _, _ in report["calls"] if tool == "search"]
    assert searched == list(dict.fromkeys(["search", "billing", "growth", "platform"]))


CORPUS_CHILD = textwrap.dedent(
    """
    import asyncio, json, pathlib, sys
    sys.path.insert(0, {tests_dir!r})
    import ptc_interpreter
    from ptc_fake_tools import FakeWorld

    async def main():
        out = {{}}
        for path in sorted(pathlib.Path({programs_dir!r}).glob("*.py")):
            try:
                result = await ptc_interpreter.run(path.read_text(), tools=FakeWorld().tools())
                calls = [[c.tool, repr(sorted(c.arguments.items())), c.sequence] for c in result.calls]
                out[path.stem] = [repr(result.value), result.stdout, calls]
            except ptc_interpreter.PtcError as error:
                out[path.stem] = ["error", str(error)]
        return out

    print("REPORT " + json.dumps(asyncio.run(main())))
    """
)


def run_corpus_in(environment: Environment) -> dict[str, Any]:
    script = CORPUS_CHILD.format(tests_dir=str(TESTS_DIR), programs_dir=str(TESTS_DIR / "programs"))
    return run_child(script, environment, timeout=300)


def test_whole_program_corpus_is_environment_independent() -> None:
    """Every differential program (values, stdout, call traces, error reports) in two environments."""
    first = run_corpus_in(Environment("11", "UTC", "C"))
    second = run_corpus_in(Environment("977", "Pacific/Kiritimati", "C.UTF-8"))
    assert first.keys() == second.keys()
    assert len(first) >= 60, "an empty or missing corpus would make this comparison vacuous"
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


PROBES: dict[str, str] = {
    "hash_of_every_hashable_kind": """
        import datetime, re, time
        from collections import namedtuple
        from dataclasses import dataclass
        Point = namedtuple("Point", "name x")
        @dataclass(frozen=True)
        class Key:
            name: str
            when: datetime.date
        class Named:
            def __init__(self, name):
                self.name = name
            def __eq__(self, other):
                return self.name == other.name
            def __hash__(self):
                return hash(self.name)
        tokyo = datetime.timezone(datetime.timedelta(hours=9), "JST")
        values = [
            0, 1, 1.0, True, -1, 2**100, 1.5, float("inf"), float("nan"), None, "", "kiwi", "ünï", b"kiwi",
            (), ("kiwi", 1), (None,), (1, float("nan")), ("a", ("b", ("c",))), frozenset({"x", "y", "z"}),
            Point("kiwi", 2), datetime.date(2024, 3, 4), datetime.datetime(2024, 3, 4, 13, 5),
            datetime.datetime(2024, 3, 4, 22, 5, tzinfo=tokyo), datetime.time(13, 5),
            datetime.time(22, 5, tzinfo=tokyo), datetime.timedelta(days=2, seconds=5), tokyo,
            range(0), range(5, 6), range(3), range(0, 10**30, 7), re.compile("k.*i", re.I),
            Key("kiwi", datetime.date(2024, 3, 4)), Named("kiwi"), re.I, time.gmtime(0),
            datetime.date(2024, 3, 4).isocalendar(),
        ]
        for value in values:
            print(type(value).__name__, hash(value))
        [hash(value) for value in values]
    """,
    "hashes_agree_with_equality": """
        import datetime
        from collections import namedtuple
        Point = namedtuple("Point", "name x")
        utc = datetime.timezone.utc
        tokyo = datetime.timezone(datetime.timedelta(hours=9))
        pairs = [
            (1, 1.0), (1, True), (0, False), (("a", 1), ("a", 1.0)), (Point("a", 1), ("a", 1)),
            (frozenset({"a", "b"}), frozenset({"b", "a"})), (range(0), range(4, 2)), (range(1, 2), range(1, 3, 5)),
            (datetime.datetime(2024, 1, 1, 9, tzinfo=tokyo), datetime.datetime(2024, 1, 1, 0, tzinfo=utc)),
            (datetime.time(9, tzinfo=tokyo), datetime.time(0, tzinfo=utc)),
            (datetime.datetime(2024, 1, 1, fold=1), datetime.datetime(2024, 1, 1)),
        ]
        [(a == b, hash(a) == hash(b)) for a, b in pairs]
    """,
    "hash_of_identity_hashed_values": """
        import re
        class Plain:
            def m(self):
                pass
        def f():
            pass
        p = Plain()
        values = [p, f, Plain, len, print, re.match("a", "a"), p.m]
        hashes = [hash(value) for value in values]
        [hashes, [hash(value) for value in values] == hashes, hash(...)]
    """,
    "set_and_view_operations_keep_insertion_order": """
        from collections import Counter
        words = "the quick brown fox jumps over the lazy dog while seven zebras quietly graze".split()
        a, b = set(words), set(reversed(words[3:]))
        d = dict.fromkeys(words, 0)
        c = Counter("".join(words))
        [
            list(a), list(a | b), list(a & b), list(a - b), list(a ^ b), list(b.union(a)),
            list(frozenset(words)), list(d.keys() & b), list(d.keys() | b), list(d.keys() - b),
            list(d.keys() ^ b), list(d.items() & {(w, 0) for w in b}), repr(a), str(frozenset(b)),
            c.most_common(8), list((c & Counter("zebra")).items()), list((c | Counter("xyz")).items()),
            list((c - Counter("the")).items()), sorted(a, key=len), max(a, key=len), min(a, key=len),
            {w: len(w) for w in a}, list({w[0] for w in words}), a.pop(),
        ]
    """,
    "views_of_every_mapping_combine_in_insertion_order": """
        import operator, statistics
        from collections import Counter, OrderedDict, defaultdict
        w = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi".split()
        d, d2 = dict.fromkeys(w, 1), dict.fromkeys(reversed(w[5:] + ["zz", "yy"]), 2)
        s, od, dd, c = set(w[3:12] + ["qq"]), OrderedDict(d2), defaultdict(int, d2), Counter(w * 2 + w[:5])
        pairs = [(d.keys(), d2.keys()), (d.items(), d2.items()), (s, d.keys()), (frozenset(s), d2.keys()),
                 (od.keys(), d.keys()), (c.keys(), dd.keys()), (dd.items(), od.items())]
        combined = [list(op(a, b)) for a, b in pairs for op in (operator.or_, operator.and_, operator.sub, operator.xor)]
        combined + [list(d.keys() ^ ["new", "alpha"]), list(s.union(d2.keys(), ["k1", "k2"])),
                    statistics.multimode(w + w[3:9]), statistics.mode(w), list((c + Counter(d2)).elements())]
    """,
    "random_seeds_of_every_type": """
        import random
        draws = []
        for seed, version in [(float("nan"), 2), (1.5, 2), (-1.5, 2), ("kiwi", 2), ("kiwi", 1), ("kiwi", 3),
                              (b"kiwi", 2), (b"kiwi", 1), (b"kiwi", 0), (10**40, 2), (True, 2), (None, 2)]:
            random.seed(seed, version)
            draws.append(random.random())
        draws.append(random.Random(float("nan")).random())
        draws.append(random.Random("kiwi").random())
        draws
    """,
    "decimal_and_fractions_read_no_locale_or_seed": """
        import decimal
        from decimal import Decimal as D
        from fractions import Fraction as F
        d = D("1234567.891")
        [
            format(d, "n"), f"{d:,.2f}", f"{d:.3e}", str(d), "%.2f" % d, str(D(1) / 7), hash(D("nan")),
            hash(D("1.5")), hash(F(1, 3)), hash(D("1e-999999999")), [str(k) for k in {D("0.5"): 1, F(1, 3): 2}],
            repr(decimal.getcontext()), format(F(7, 2), ""),
        ]
    """,
    "local_time_is_utc": """
        import datetime, time
        moment = datetime.datetime(2024, 7, 1, 12, 30)
        [
            time.time(), time.localtime(), time.gmtime(), time.localtime(0) == time.gmtime(0),
            time.mktime((2024, 7, 1, 12, 30, 0, 0, 183, -1)), time.strftime("%c|%x|%X|%p|%Z|%z|%a|%b"),
            datetime.datetime.now(), datetime.datetime.now().tzinfo, datetime.datetime.now(datetime.timezone.utc),
            datetime.date.today(), moment.astimezone(), moment.timestamp(),
            datetime.datetime.fromtimestamp(0), datetime.date.fromtimestamp(86400 * 365),
            datetime.datetime.utcnow(), datetime.datetime.now().astimezone().tzname(),
        ]
    """,
    "strftime_spells_the_c_locale": """
        import datetime, time
        fmt = "%a|%A|%b|%B|%p|%c|%x|%X|%Z|%z|%%c"
        aware = datetime.datetime(2024, 3, 4, 13, 5, 6, tzinfo=datetime.timezone(datetime.timedelta(hours=9), "JST"))
        [
            datetime.datetime(2024, 3, 4, 13, 5, 6).strftime(fmt), aware.strftime(fmt),
            datetime.date(2024, 12, 31).strftime(fmt), datetime.time(0, 1, 2).strftime(fmt),
            f"{aware:%A %d %B %Y %I:%M %p}", time.strftime(fmt, (2024, 7, 9, 23, 1, 2, 1, 191, 0)),
        ]
    """,
    "strptime_parses_as_in_utc_and_the_c_locale": """
        from datetime import datetime
        cases = [("JST", "%Z"), ("PST", "%Z"), ("UTC", "%Z"), ("gmt", "%Z"), ("10:00 +0900 JST", "%H:%M %z %Z"),
                 ("Mon Mar  4 13:05:06 2024", "%c"), ("03/04/24 1:05 PM", "%x %I:%M %p"), ("März 4", "%B %d"),
                 ("June 4 2024", "%B %d %Y"), ("2024-W10-3", "%G-W%V-%u"), ("Tue 2024 10", "%a %Y %W")]
        parsed = []
        for text, fmt in cases:
            try:
                parsed.append(repr(datetime.strptime(text, fmt)))
            except ValueError as error:
                parsed.append(str(error))
        parsed
    """,
    "number_formatting_ignores_the_locale": """
        [f"{1234567.891:n}", format(1234567, "n"), f"{1234567.891:,.2f}", "{:_}".format(10**9), str(1.5),
         "ǅungla ΣΑΣ İstanbul".upper(), "ǅungla ΣΑΣ İstanbul".lower(), "Straße".casefold(),
         sorted(["b", "A", "ä", "a", "Z"])]
    """,
    "reprs_show_no_address": """
        import asyncio, re
        class Plain:
            pass
        async def work():
            return 1
        task = asyncio.create_task(work())
        await task
        [repr(x) for x in [Plain(), Plain, len, work, task, re.compile("a"), re.match("a", "a"), asyncio.Event()]]
    """,
}
"""Programs whose value and output CPython computes from a salted hash, an address, the host's time
zone or its locale."""

PROBE_CHILD = textwrap.dedent(
    """
    import asyncio, json, sys
    from datetime import UTC, datetime
    import ptc_interpreter
    from ptc_interpreter.host import LocalHost

    def frozen_clock():
        return datetime(2024, 3, 4, 13, 5, 6, 500000, tzinfo=UTC)

    async def main(probes):
        out = {}
        for name, code in probes.items():
            try:
                result = await ptc_interpreter.run(code, host=LocalHost({}, clock=frozen_clock))
                out[name] = [repr(result.value), result.stdout]
            except ptc_interpreter.PtcError as error:
                out[name] = ["error", str(error)]
        return out

    if len(sys.argv) > 1:  # a host application that adopted the environment's locale
        import locale
        locale.setlocale(locale.LC_ALL, "")  # fails loudly if the locale is missing
    print("REPORT " + json.dumps(asyncio.run(main(json.loads(sys.stdin.read())))))
    """
)


def run_probes(environment: Environment, *, adopt_locale: bool = False) -> dict[str, list[str]]:
    probes = {name: textwrap.dedent(code) for name, code in PROBES.items()}
    completed = subprocess.run(
        [sys.executable, "-c", PROBE_CHILD, *(["adopt-locale"] if adopt_locale else [])],
        input=json.dumps(probes),
        capture_output=True,
        text=True,
        timeout=120,
        env=environment.variables(),
    )
    for line in completed.stdout.splitlines():
        if line.startswith("REPORT "):
            return json.loads(line.removeprefix("REPORT "))
    raise AssertionError(f"probe child failed (rc={completed.returncode}):\n{completed.stderr[-2000:]}")


def german_host(directory: Path) -> Environment:
    """A host whose application adopted a German locale (month and day names, `%c`, decimal comma),
    compiled into `directory` with glibc's `localedef`; where that tool or its sources are missing,
    the C.UTF-8 locale (then only the hash seed and the zone differ from the other hosts)."""
    compiled = directory / "de_DE.UTF-8"
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            ["localedef", "-i", "de_DE", "-f", "UTF-8", str(compiled)], capture_output=True, timeout=60
        )
    if compiled.is_dir():
        return Environment("99", "Australia/Lord_Howe", "de_DE.UTF-8", locale_path=directory)
    return Environment("99", "Australia/Lord_Howe", "C.UTF-8")


@pytest.fixture(scope="module")
def probe_reports(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, list[str]]]:
    reports = [run_probes(environment) for environment in ENVIRONMENTS]
    reports.append(run_probes(german_host(tmp_path_factory.mktemp("locales")), adopt_locale=True))
    return reports


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_probe_is_identical_in_every_environment(
    probe: str, probe_reports: list[dict[str, list[str]]]
) -> None:
    first, *others = (report[probe] for report in probe_reports)
    assert first[0] != "error", first[1]
    for other in others:
        assert other == first


def probe_value(reports: list[dict[str, list[str]]], probe: str) -> Any:
    """The probe's value in the first environment (the others are compared with it)."""
    value, _ = reports[0][probe]
    return ast.literal_eval(value)


def test_equal_values_hash_alike(probe_reports: list[dict[str, list[str]]]) -> None:
    assert probe_value(probe_reports, "hashes_agree_with_equality") == [(True, True)] * 11


def test_hash_of_none_and_nan_is_a_constant(probe_reports: list[dict[str, list[str]]]) -> None:
    lines = probe_reports[0]["hash_of_every_hashable_kind"][1].splitlines()
    assert "NoneType 4238894112" in lines  # CPython 3.12's constant
    assert lines[8] == "float 0"  # NaN, as before CPython 3.10


def test_identity_hashes_come_from_the_run_not_an_address(probe_reports: list[dict[str, list[str]]]) -> None:
    """A function's, a class's, a plain instance's hash is derived from the run's `id()` of it: the
    same in every process (the probes are compared), stable for the object, distinct per object."""
    hashes, stable, ellipsis_hash = probe_value(probe_reports, "hash_of_identity_hashed_values")
    assert stable and len(set(hashes)) == len(hashes) == 7
    assert isinstance(ellipsis_hash, int)


def test_float_and_nan_seeds_seed_by_the_deterministic_hash(
    probe_reports: list[dict[str, list[str]]],
) -> None:
    draws = probe_value(probe_reports, "random_seeds_of_every_type")
    assert draws[0] == draws[-2] == random.Random(0).random()  # NaN: CPython seeds by its address
    assert draws[1:3] == [random.Random(1.5).random(), random.Random(-1.5).random()]  # as CPython
    assert draws[5] != draws[3]  # a str with version 3 seeds by its hash, not its digest


def test_local_time_is_utc_time(probe_reports: list[dict[str, list[str]]]) -> None:
    value, _ = probe_reports[0]["local_time_is_utc"]
    assert value.startswith("[1709557506.5, 'time.struct_time(tm_year=2024, tm_mon=3, tm_mday=4, tm_hour=13,")
    assert "'Mon Mar  4 13:05:06 2024|03/04/24|13:05:06|PM|" in value
    assert "datetime.datetime(2024, 7, 1, 12, 30, tzinfo=datetime.timezone.utc), 1719837000.0" in value


def test_strptime_knows_only_the_utc_zone_names_and_c_locale_words(
    probe_reports: list[dict[str, list[str]]],
) -> None:
    parsed = probe_value(probe_reports, "strptime_parses_as_in_utc_and_the_c_locale")
    assert parsed[:5] == [
        "time data 'JST' does not match format '%Z'",
        "time data 'PST' does not match format '%Z'",
        "datetime.datetime(1900, 1, 1, 0, 0)",
        "datetime.datetime(1900, 1, 1, 0, 0)",
        "time data '10:00 +0900 JST' does not match format '%H:%M %z %Z'",
    ]
    assert parsed[5:7] == ["datetime.datetime(2024, 3, 4, 13, 5, 6)", "datetime.datetime(2024, 3, 4, 13, 5)"]
    assert parsed[7] == "time data 'März 4' does not match format '%B %d'"


def test_decimal_formats_as_in_the_c_locale(probe_reports: list[dict[str, list[str]]]) -> None:
    shown = probe_value(probe_reports, "decimal_and_fractions_read_no_locale_or_seed")
    assert shown[:7] == [
        "1234567.891",
        "1,234,567.89",
        "1.235e+6",
        "1234567.891",
        "1234567.89",
        "0.1428571428571428571428571429",
        0,
    ]


def test_strftime_spells_names_as_the_c_locale(probe_reports: list[dict[str, list[str]]]) -> None:
    spelled = probe_value(probe_reports, "strftime_spells_the_c_locale")
    assert spelled[0] == "Mon|Monday|Mar|March|PM|Mon Mar  4 13:05:06 2024|03/04/24|13:05:06|||%c"
    assert spelled[4] == "Monday 04 March 2024 01:05 PM"
