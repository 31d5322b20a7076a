"""Result sizes of `datetime` strftime with long time zone names, and of `re` templates and groups.

Each result size is checked before the result is built, and copies are charged by their length
(docs/semantics.md §4); ordinary uses still give CPython's answers. Here the limit each oversized
case ends on; the CPU time and memory it takes to get there are checked in test_bombs.py, which runs
the same programs in capped worker processes."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, PtcLimitError
from ptc_reference import assert_same_as_cpython


async def steps(source: str) -> int:
    result = await ptc_interpreter.run(source, limits=Limits(max_steps=10**8))
    return result.steps_used


async def limit_of(source: str) -> str:
    with pytest.raises(PtcLimitError) as caught:
        await ptc_interpreter.run(source)
    return caught.value.limit


# -- datetime strftime: %Z ----------------------------------------------------------------------


async def test_strftime_zone_names_as_in_cpython() -> None:
    await assert_same_as_cpython(
        "import datetime\n"
        "tz = datetime.timezone(datetime.timedelta(hours=1), 'CET%x')\n"
        "d = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=tz)\n"
        "[d.strftime('%Z|%%Z|%z %Y'), d.timetz().strftime('%Z %H'), datetime.date(2020, 1, 2).strftime('%Z.'),\n"
        " datetime.datetime(2020, 1, 2).strftime('[%Z]'), f'{d:%Z %Z}', format(d, '%Z')]"
    )


async def test_strftime_long_zone_name_is_sized_before_formatting() -> None:
    source = (
        "import datetime\n"
        "tz = datetime.timezone(datetime.timedelta(hours=1), 'x' * 999_999)\n"
        "datetime.datetime(2020, 1, 1, tzinfo=tz).strftime('%Z' * {count})"
    )
    assert await limit_of(source.format(count=600)) == "max_string_length"
    assert await limit_of(source.format(count=2)) == "max_string_length"


async def test_strftime_zone_name_copies_are_charged() -> None:
    source = (
        "import datetime\n"
        "tz = datetime.timezone(datetime.timedelta(hours=1), 'x' * 99_999)\n"
        "d = datetime.datetime(2020, 1, 1, tzinfo=tz)\n"
        "s = d.strftime('{fmt}')"
    )
    short = await steps(source.format(fmt="%Y"))
    assert await steps(source.format(fmt="%Z" * 9)) - short >= 9 * 99_999 // 128


# -- re: Match.expand and sub templates ---------------------------------------------------------


async def test_templates_as_in_cpython() -> None:
    await assert_same_as_cpython(
        "import re\n"
        "m = re.match(r'(?P<a>\\w+)-(\\d+)?', 'ab-')\n"
        "[m.expand(r'<\\g<a>|\\1|\\2|\\g<0>\\n>'), re.sub(r'(\\w)(\\d)', r'\\2\\1\\g<0>', 'a1 b2 c'),\n"
        " re.subn('(a)|b', r'[\\1]', 'abab', count=3), re.sub('x*', r'-\\g<0>-', 'axxb')]"
    )


async def test_expand_is_sized_before_it_is_built() -> None:
    source = "import re\nm = re.match('.*', 'a' * 999_999)\nm.expand(r'\\g<0>' * {count})"
    assert await limit_of(source.format(count=300)) == "max_string_length"
    assert await limit_of(source.format(count=2)) == "max_string_length"
    small = await steps(source.format(count=1).replace("999_999", "1000"))
    big = await steps(source.format(count=1).replace("999_999", "100_000"))
    assert big - small >= 99_000 // 128


async def test_sub_group_template_is_sized_before_it_is_expanded() -> None:
    assert (
        await limit_of("import re\nre.sub('(.*)', r'\\1' * 600, 'a' * 999_999, count=1)")
        == "max_string_length"
    )
    assert await limit_of("import re\nre.sub('(a+)', r'\\1' * 2, 'a' * 600_000)") == "max_string_length"


async def test_sub_at_the_string_limit_still_works() -> None:
    result = await ptc_interpreter.run("import re\nlen(re.sub('(a+)', r'\\1\\1', 'a' * 500_000))")
    assert result.value == 1_000_000


async def test_long_templates_are_charged_per_match() -> None:
    template = "r'\\g<0>' * 10_000"
    few = await steps(f"import re\nre.sub('', {template}, 'a' * 10)")
    many = await steps(f"import re\nre.sub('', {template}, 'a' * 100)")
    assert many - few >= 90 * 10_000 // 16


# -- re: group copies and group extraction ------------------------------------------------------


async def test_group_copies_are_charged_by_length() -> None:
    source = "import re\nm = re.match('((a*))(b)', 'a' * 100_000 + 'b')\nfor _ in range(10):\n    m.{call}\n"
    base = await steps(source.format(call="span()"))
    for call in ("groups()", "group(1, 2)", "group(0)", "group()"):
        assert await steps(source.format(call=call)) - base >= 10 * 100_000 // 128, call
    named = "import re\nm = re.match('(?P<x>a*)', 'a' * 100_000)\nfor _ in range(10):\n    m.{call}\n"
    assert await steps(named.format(call="groupdict()")) - await steps(named.format(call="span()")) >= 7_000


async def test_groups_in_a_loop_end_on_the_budget() -> None:
    source = (
        "import re\nm = re.match('(' * 99 + 'a*' + ')' * 99, 'a' * 99_999)\nkeep = []\n"
        "while True:\n    keep.append(m.groups())"
    )
    assert await limit_of(source) == "max_steps"


async def test_many_group_match_over_long_text_is_priced_before_it_runs() -> None:
    """RE2 extracts groups with an engine whose cost grows with the match length times the pattern's
    size: 99 nested groups over a million characters take seconds, so the budget ends it first."""
    for call in ("match", "search", "fullmatch", "findall"):
        source = f"import re\nre.{call}('(' * 99 + 'a*' + ')' * 99, 'a' * 999_999)"
        assert await limit_of(source) == "max_steps", call


async def test_group_extraction_is_charged_by_match_length() -> None:
    source = "import re\nlen(re.findall('(' * 20 + 'a*' + ')' * 20, 'a' * {n} + 'b'))"
    assert await steps(source.format(n=100_000)) - await steps(source.format(n=1000)) >= 10_000


async def test_many_groups_as_in_cpython() -> None:
    await assert_same_as_cpython(
        "import re\n"
        "p = '(' * 30 + '(a)|b' + ')' * 30\n"
        "[re.findall(p, 'abab' * 50)[:3], re.match(p, 'ab').groups()[-3:], re.sub(p, r'<\\31>', 'xaby')]"
    )
