"""No host object a program can change reaches a program: what a module shim hands out and what a
generated method writes to are interpreter values, so one run cannot change the host (its `re`, its
`dataclasses`) or the next run.

The cross-run attacks run in a fresh memory-capped process (`ptc_isolated`) that then checks the
host's own `re` and `dataclasses` and runs a second program, so an escape shows there and never
corrupts the test process.
"""

from __future__ import annotations

from typing import Any

import ptc_interpreter
import pytest
from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits
from ptc_interpreter.modules import MODULE_FACTORIES
from ptc_interpreter.modules.support import NativeClass
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.scheduler import Scheduler
from ptc_interpreter.runtime.tools import from_plain
from ptc_isolated import run_isolated

RE_AFTER = "import re\nprint(re.compile('abc', re.I | re.M).match('ABC') is not None, re.I, re.I | re.M)"


def _unchanged_host(report: dict[str, Any]) -> None:
    assert report["host_after"] == report["host_before"]
    assert report["after"]["stdout"] == "True re.IGNORECASE re.IGNORECASE|re.MULTILINE\n"


def test_the_regex_flag_escape_is_refused_and_changes_nothing() -> None:
    code = """
    import re
    from dataclasses import dataclass
    @dataclass
    class D:
        _value_: int
        _name_: str
    D.__init__(re.I, 0, "PWNED")
    """
    result = run_isolated(code, RE_AFTER)
    assert result.returncode == 0, result.stderr
    report = result.report
    assert report is not None
    assert (
        "TypeError: descriptor '__init__' for 'D' objects doesn't apply to a 're.RegexFlag' object"
        in (report["text"])
    )
    _unchanged_host(report)


RECEIVERS = {
    "a regex flag": "re.I",
    "a field's missing default": "dataclasses.field().default",
    "an exception": "ValueError('x')",
    "another program class": "Other()",
    "an int": "7",
    "a module": "re",
}
METHODS = {
    "__init__": "D.__init__(x, 1)",
    "__repr__": "D.__repr__(x)",
    "__eq__": "D.__eq__(x, x)",
    "__lt__": "D.__lt__(x, x)",
    "__hash__": "D.__hash__(x)",
    "bare __init__": "Plain.__init__(x)",
}


def test_generated_methods_refuse_a_receiver_of_another_class() -> None:
    lines = [
        "import re, dataclasses",
        "from dataclasses import dataclass",
        "@dataclass(order=True, frozen=True)",
        "class D:",
        "    _value_: int",
        "class Plain:",
        "    pass",
        "class Other:",
        "    pass",
        "seen = []",
    ]
    for receiver in RECEIVERS.values():
        for call in METHODS.values():
            lines += [
                "try:",
                f"    x = {receiver}",
                f"    {call}",
                "    seen.append('accepted')",
                "except TypeError as e:",
                "    seen.append(str(e))",
            ]
    result = run_isolated("\n".join(lines) + "\nprint(seen)", RE_AFTER)
    assert result.returncode == 0, result.stderr
    report = result.report
    assert report is not None
    seen = report["stdout"]
    assert "accepted" not in seen
    assert seen.count("doesn't apply to a") == len(RECEIVERS) * len(METHODS)
    _unchanged_host(report)


async def test_a_field_without_default_reads_an_interpreter_sentinel() -> None:
    result = await ptc_interpreter.run(
        "import dataclasses\nd = dataclasses.field().default\n[repr(d), repr(type(d)), d is dataclasses.field().default]"
    )
    assert result.value == ["<dataclasses.MISSING>", "<class 'dataclasses.MISSING'>", True]


FLAG_EXPRESSIONS = [
    "re.I",
    "re.M | re.S",
    "re.I | 0",
    "0 | re.I",
    "re.I & re.M",
    "re.X ^ re.X",
    "re.NOFLAG",
    "int(re.A)",
    "re.I == 2",
    "re.compile('a', re.I | re.M).flags == re.compile('a', re.M | re.I).flags",
    "bool(re.match('ABC', 'abc', flags=re.IGNORECASE))",
    "{re.I: 1}[2]",
    "re.I + 1",
]


async def test_regex_flags_behave_as_cpython_s() -> None:
    import re

    program = "import re\n[" + ", ".join(f"(repr({e}), str({e}))" for e in FLAG_EXPRESSIONS) + "]"
    result = await ptc_interpreter.run(program)
    expected = [(repr(value), str(value)) for value in (eval(e, {"re": re}) for e in FLAG_EXPRESSIONS)]
    assert result.value == expected


def _members(ctx: RunContext) -> dict[str, object]:
    members: dict[str, object] = {}
    for module, factory in MODULE_FACTORIES.items():
        for name, value in factory(ctx).members.items():
            members[f"{module}.{name}"] = value
            if isinstance(value, NativeClass):
                for inner, member in value.members.items():
                    members[f"{module}.{name}.{inner}"] = member
    return members


def _run_context() -> RunContext:
    ctx = RunContext(LocalHost({}), Limits())
    ctx.scheduler = Scheduler(ctx, from_plain, None)
    return ctx


def test_module_members_shared_between_runs_have_no_state_to_write() -> None:
    first, second = _members(_run_context()), _members(_run_context())
    shared = {name: value for name, value in first.items() if second[name] is value}
    assert "re.I" in shared and "datetime.timezone.utc" in shared  # the check sees the shared members
    stateful = [
        name
        for name, value in shared.items()
        if not isinstance(value, type) and hasattr(value, "__dict__")  # classes: see the next test
    ]
    assert stateful == []


@pytest.mark.parametrize(
    "target",
    [
        "re.error",
        "json.JSONDecodeError",
        "statistics.StatisticsError",
        "dataclasses.FrozenInstanceError",
        "asyncio.QueueEmpty",
        "ToolError",
        "ValueError",
    ],
)
async def test_a_shared_host_class_cannot_be_written(target: str) -> None:
    module = target.split(".")[0] if "." in target else None
    head = f"import {module}\n" if module else ""
    with pytest.raises(ptc_interpreter.PtcError) as caught:
        await ptc_interpreter.run(head + f"setattr({target}, 'planted', 1)")
    assert "AttributeError" in str(caught.value)
