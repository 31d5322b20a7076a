"""The declared boundary: every entry has a cost class, the tables and every lookup agree, and the
reference in docs/interpreter-modules.md is what the registry generates.

Agreement is checked through real programs: each declared name resolves on a real receiver through
`obj.name`, `getattr`, `hasattr`, `operator.attrgetter`, `str.format` fields and match class
patterns; every other attribute of the host type (its dunders included) and every `_` name resolves
through none of them."""

from __future__ import annotations

import asyncio
import builtins
import dataclasses
import importlib
import keyword
from collections.abc import Iterable, Mapping
from pathlib import Path

import ptc_interpreter
import pytest
from ptc_interpreter import Limits, LocalHost, PtcRuntimeError, PtcSyntaxError
from ptc_interpreter.modules import TYPE_TABLES
from ptc_interpreter.modules.members import BUILTINS, MODULE_DECLARATIONS, checked_factory
from ptc_interpreter.modules.support import NativeClass
from ptc_interpreter.reference import declared_object_classes, render, section_of
from ptc_interpreter.runtime.allowlist import PtcObject, ShimModule
from ptc_interpreter.runtime.attr import BUILTIN_TABLES, STATIC_TABLES
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.exceptions import ProgramSystemExit
from ptc_interpreter.runtime.native import BoundNativeMethod, NativeFunction
from ptc_interpreter.runtime.registry import (
    CONSTANT,
    COSTS,
    KEYED,
    LINEAR_IN_RECEIVER,
    Cost,
    Method,
    Property,
    TypeTable,
    readable_name,
)
from ptc_interpreter.runtime.values import (
    ORDERED_ITEMS_VIEW,
    ORDERED_KEYS_VIEW,
    ORDERED_VALUES_VIEW,
    FrozenOrderedSet,
    OrderedSet,
)

DOC = Path(__file__).parents[3] / "docs" / "interpreter-modules.md"

PRELUDE = """\
import asyncio, collections, dataclasses, datetime, enum, functools, hashlib, json, operator, re, statistics, string, time, uuid, io, csv, decimal, fractions, difflib, pprint, sys
def caught(f):
    try:
        f()
    except Exception as error:
        return error
def gen():
    yield 1
"""

_SHIM_TYPES = {cls.__qualname__: cls for cls in TYPE_TABLES}
RECEIVERS: Mapping[type, str] = {
    str: '"abc"',
    bytes: 'b"ab"',
    int: "5",
    bool: "True",
    float: "1.5",
    list: "[1, 2]",
    tuple: "(1, 2)",
    dict: "{1: 2}",
    type({}.keys()): "{1: 2}.keys()",
    type({}.values()): "{1: 2}.values()",
    type({}.items()): "{1: 2}.items()",
    ORDERED_KEYS_VIEW: "collections.OrderedDict(a=1).keys()",
    ORDERED_VALUES_VIEW: "collections.OrderedDict(a=1).values()",
    ORDERED_ITEMS_VIEW: "collections.OrderedDict(a=1).items()",
    OrderedSet: "{1, 2}",
    FrozenOrderedSet: "frozenset({1})",
    range: "range(3)",
    slice: "slice(1, 9, 2)",
    type(None): "None",
    BaseException: 'ValueError("x")',
    StopIteration: "StopIteration(1)",
    OSError: 'OSError(2, "no")',
    UnicodeEncodeError: 'UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")',
    UnicodeDecodeError: 'UnicodeDecodeError("utf-8", b"\\xff", 0, 1, "invalid start byte")',
    ProgramSystemExit: "SystemExit(3)",
    BaseExceptionGroup: 'ExceptionGroup("m", [ValueError()])',
    type: "ValueError",
    NativeFunction: "len",
    BoundNativeMethod: '"a".upper',
    type(isinstance): "isinstance",
    _SHIM_TYPES["Counter"]: 'collections.Counter("ab")',
    _SHIM_TYPES["OrderedDict"]: "collections.OrderedDict(a=1)",
    _SHIM_TYPES["defaultdict"]: "collections.defaultdict(list)",
    _SHIM_TYPES["deque"]: "collections.deque([1])",
    _SHIM_TYPES["date"]: "datetime.date(2020, 1, 2)",
    _SHIM_TYPES["datetime"]: "datetime.datetime(2020, 1, 2, 3)",
    _SHIM_TYPES["time"]: "datetime.time(1, 2)",
    _SHIM_TYPES["timedelta"]: "datetime.timedelta(1)",
    _SHIM_TYPES["timezone"]: "datetime.timezone.utc",
    _SHIM_TYPES["IsoCalendarDate"]: "datetime.date(2020, 1, 2).isocalendar()",
    _SHIM_TYPES["JSONDecodeError"]: 'caught(lambda: json.loads("{"))',
    _SHIM_TYPES["error"]: 'caught(lambda: re.compile("("))',
    _SHIM_TYPES["Pattern"]: 're.compile("a")',
    _SHIM_TYPES["Match"]: 're.match("a", "a")',
    _SHIM_TYPES["LinearRegression"]: "statistics.linear_regression([1, 2], [1, 3])",
    _SHIM_TYPES["struct_time"]: "time.gmtime(0)",
    _SHIM_TYPES["UUID"]: "uuid.UUID(int=5)",
}
"""A program expression for a value of each declared type."""

OBJECT_RECEIVERS: Mapping[str, str] = {
    "_Event": "asyncio.Event()",
    "Field": "dataclasses.field()",
    "GatherFuture": "asyncio.gather()",
    "_Queue": "asyncio.Queue()",
    "_SemaphoreBase": "asyncio.Semaphore()",
    "ProgramTask": "asyncio.create_task(asyncio.sleep(0))",
    "_TaskGroup": "asyncio.TaskGroup()",
    "Template": 'string.Template("a")',
    "Hash": "hashlib.sha256()",
    "StringIO": "io.StringIO()",
    "OutputStream": "sys.stderr",
    "Writer": "csv.writer(io.StringIO())",
    "DictWriter": 'csv.DictWriter(io.StringIO(), ["a"])',
    "DictReader": 'csv.DictReader(io.StringIO("a\\n1"))',
    "_Timeout": "asyncio.timeout(1)",
    "CachedFunction": "functools.cache(len)",
    "ProgramGenerator": "gen()",
    "Partial": "functools.partial(len)",
    "ProgramProperty": "property(len)",
    "ToolFunction": "echo",
    "MembersView": 'enum.Enum("Color", "RED").__members__',
    "DecimalValue": 'decimal.Decimal("1.25")',
    "DecimalContext": "decimal.Context(prec=12)",
    "SignalDict": "decimal.getcontext().traps",
    "FractionValue": "fractions.Fraction(3, 4)",
    "SequenceMatcher": 'difflib.SequenceMatcher(None, "ab", "b")',
    "Differ": "difflib.Differ()",
    "PrettyPrinter": "pprint.PrettyPrinter()",
}
"""A program expression for an instance of each interpreter-owned class that declares a table."""

OWN_LOOKUP: Mapping[str, str] = {
    "ShimModule": "its members are declared in modules.members",
    "NativeClass": "its members are declared in modules.members (classes)",
    "BuiltinType": "answers from the builtin tables (STATIC_TABLES, unbound methods)",
    "ProgramRandom": "its methods are the random module's declared functions",
    "NamedTupleBase": "its attributes are the program's field names",
    "StructSeq": "its attributes are its field names (sys.version_info, sys.float_info)",
    "UrlResult": "its field names, and CPython's derived URL attributes (urllib.parse results)",
    "SimpleNamespace": "its attributes are the program's own",
    "ProgramFunction": "its attributes are the program's own (and __name__, __doc__)",
    "BoundMethod": "its __doc__ is its program function's docstring; nothing else",
    "ProgramInstance": "its attributes are the program's own",
    "ProgramClassMeta": "its attributes are the program's own",
    "SuperProxy": "resolves through the program's classes",
    "EnumMember": "its attributes are the program's own (and name, value, a data type's methods)",
    "EnumMeta": "its attributes are the program's own (and the members, __members__)",
}
"""Interpreter-owned classes that answer attribute access themselves, and why no table applies."""

EXTRA_UNDECLARED = ("_x", "_value_", "__base__", "__dict__", "__globals__", "__init__", "__eq__", "mro")
"""Names tried on every receiver besides its host type's own attributes."""


def _all_tables() -> Iterable[tuple[str, TypeTable]]:
    for cls, table in BUILTIN_TABLES.items():
        yield cls.__name__, table
    for cls, table in STATIC_TABLES.items():
        yield f"type {cls.__name__}", table
    for cls, table in TYPE_TABLES.items():
        yield cls.__name__, table


def _declared_names(cls: type) -> set[str]:
    """What a value of `cls` has: its type's entries and its bases' (as the lookup merges them), and
    its type's static methods (`{}.fromkeys`, `"".maketrans`, as in CPython)."""
    names: set[str] = set()
    for base in cls.__mro__:
        names |= set(BUILTIN_TABLES.get(base) or TYPE_TABLES.get(base) or {})
    static = STATIC_TABLES.get(cls, {})
    return names | {name for name, entry in static.items() if isinstance(entry, Method)}


async def echo(value: object) -> object:
    return value


def _run(code: str) -> object:
    return asyncio.run(ptc_interpreter.run(PRELUDE + code, tools={"echo": echo})).value


def _interpreter_classes() -> list[type]:
    found: list[type] = []
    pending: list[type] = [PtcObject]
    while pending:
        for cls in type.__subclasses__(pending.pop()):
            if cls.__module__.startswith("ptc_interpreter.") and cls not in found:
                found.append(cls)
                pending.append(cls)
    return found


def test_every_entry_declares_one_of_the_cost_classes() -> None:
    for owner, table in _all_tables():
        for name, entry in table.items():
            assert isinstance(entry, (Method, Property)), (owner, name)
            assert entry.cost in COSTS, (owner, name)
    for module in MODULE_DECLARATIONS.values():
        members = [*module.members.items()]
        members += [(f"{c}.{n}", cost) for c, ms in module.classes.items() for n, cost in ms.items()]
        for name, cost in members:
            assert cost in COSTS, (module.name, name)


def test_an_entry_cannot_leave_out_its_cost_class() -> None:
    for shape in (Method, Property):
        with pytest.raises(TypeError):
            shape(len)  # type: ignore[call-arg]
        required = [f.name for f in dataclasses.fields(shape) if f.default is dataclasses.MISSING]
        assert required == ["function", "cost"]
    with pytest.raises(ValueError, match="constant"):
        Property(len, COSTS[-1])


def make_ctx() -> RunContext:
    return RunContext(LocalHost({}), Limits())


def test_a_member_without_a_declaration_fails_the_import() -> None:
    declaration = MODULE_DECLARATIONS["copy"]
    members = {"copy": len, "deepcopy": len}
    for extra in ({"extra": len}, {"copy": NativeClass("copy.copy", list, list, {"clear": len})}):
        factory = checked_factory(
            declaration, lambda ctx, extra=extra: ShimModule("copy", {**members, **extra})
        )
        with pytest.raises(RuntimeError, match="does not match its declaration"):
            factory(make_ctx())
    assert (
        checked_factory(declaration, lambda ctx: ShimModule("copy", members))(make_ctx()).members == members
    )


def test_dispatch_calls_by_cost_class() -> None:
    """The cost class alone decides how dispatch calls an entry: a linear or keyed entry cannot
    take the run context (dispatch charges for it), an argument-dependent one always does."""
    for cost in COSTS:
        assert isinstance(cost, Cost)
    assert not CONSTANT.takes_ctx
    charged_by_function = {cost.name for cost in COSTS if cost.takes_ctx}
    assert charged_by_function == {
        "scan",
        "linear in argument",
        "size-checked result",
        "sorting",
        "parsing",
        "callback",
        "lazy",
    }


def test_no_table_declares_a_name_the_name_rule_refuses() -> None:
    for owner, table in _all_tables():
        for name in table:
            assert readable_name(name), (owner, name)
    for module in MODULE_DECLARATIONS.values():
        for name in [*module.members, *(n for ms in module.classes.values() for n in ms)]:
            assert not name.startswith("_"), (module.name, name)


def test_every_declared_type_has_a_receiver_here() -> None:
    assert set(BUILTIN_TABLES) | set(TYPE_TABLES) <= set(RECEIVERS)


def _agreement_program(receiver: str, declared: Iterable[str], undeclared: Iterable[str]) -> str:
    declared = sorted(declared)
    undeclared = sorted(set(undeclared) - set(declared))
    lines = [
        f"x = {receiver}",
        f"declared = {declared!r}",
        f"undeclared = {undeclared!r}",
        "for name in declared:",
        "    assert hasattr(x, name), name",
        "    getattr(x, name)",
        "    operator.attrgetter(name)(x)",
        '    ("{0." + name + "}").format(x)',
        "for name in undeclared:",
        "    assert not hasattr(x, name), name",
        "    assert getattr(x, name, 'absent') == 'absent', name",
        "    for lookup in (lambda: getattr(x, name), lambda: operator.attrgetter(name)(x),",
        '                   lambda: ("{0." + name + "}").format(x), lambda: operator.methodcaller(name)(x)):',
        "        assert isinstance(caught(lookup), AttributeError), name",
    ]
    for name in declared:
        lines += [f"x.{name}", "match x:", f"    case object({name}=found):", "        pass", "    case _:",
                  f"        raise AssertionError('match {name}')"]  # fmt: skip
    for name in undeclared:
        if readable_name(name):
            lines += [f"assert isinstance(caught(lambda: x.{name}), AttributeError), {name!r}", "match x:",
                      f"    case object({name}=found):", f"        raise AssertionError('match {name}')"]  # fmt: skip
    lines.append("'agreed'")
    return "\n".join(lines)


@pytest.mark.parametrize("cls", list(RECEIVERS), ids=lambda cls: cls.__qualname__)
def test_tables_and_lookups_agree_on_values(cls: type) -> None:
    declared = _declared_names(cls)
    undeclared = [name for name in dir(cls) if name not in declared and name != "__class__"]  # type(x)
    program = _agreement_program(RECEIVERS[cls], declared, [*undeclared, *EXTRA_UNDECLARED])
    assert _run(program) == "agreed"


@pytest.mark.parametrize("module", sorted(MODULE_DECLARATIONS))
def test_modules_and_lookups_agree(module: str) -> None:
    declaration = MODULE_DECLARATIONS[module]
    host = importlib.import_module(module)
    undeclared = [name for name in dir(host) if name not in declaration.members and name != "__class__"]
    program = _agreement_program(module, declaration.members, [*undeclared, *EXTRA_UNDECLARED])
    assert _run(f"import {module}\n{program}") == "agreed"
    assert _run(f"from {module} import {', '.join(declaration.members)}\n'imported'") == "imported"
    for name in undeclared:
        assert ptc_interpreter.check(f"from {module} import {name}\n"), name


def test_interpreter_objects_answer_from_their_declared_tables() -> None:
    """An interpreter-owned class either answers from its `ptc_table` or is one of the few whose
    attributes come from elsewhere; its entries are called as `function(obj, *args)`, so none may
    need dispatch to charge a receiver or a key."""
    for cls in _interpreter_classes():
        if "ptc_getattr" in vars(cls):
            assert cls.__qualname__ in OWN_LOOKUP, (
                f"{cls.__qualname__} answers attributes outside the registry"
            )
    declared = {cls.__qualname__ for cls, _ in declared_object_classes()}
    assert declared == set(OBJECT_RECEIVERS)
    for cls, table in declared_object_classes():
        for name, entry in table.items():
            assert entry.cost in COSTS, (cls, name)
            assert entry.cost not in (LINEAR_IN_RECEIVER, KEYED), (cls, name)
            assert readable_name(name), (cls, name)


@pytest.mark.parametrize(
    "cls", [cls for cls, _ in declared_object_classes()], ids=lambda cls: cls.__qualname__
)
async def test_interpreter_objects_and_lookups_agree(cls: type) -> None:
    declared = set(cls.ptc_table)
    undeclared = [name for name in dir(cls) if name not in declared and name != "__class__"]  # type(x)
    program = _agreement_program(
        OBJECT_RECEIVERS[cls.__qualname__], declared, [*undeclared, *EXTRA_UNDECLARED]
    )
    result = await ptc_interpreter.run(PRELUDE + program, tools={"echo": echo})
    assert result.value == "agreed"


@pytest.mark.parametrize(
    ("module", "cls"),
    [(m, c) for m, declaration in sorted(MODULE_DECLARATIONS.items()) for c in declaration.classes],
)
def test_shim_classes_and_lookups_agree(module: str, cls: str) -> None:
    declared = MODULE_DECLARATIONS[module].classes[cls]
    host_class = getattr(importlib.import_module(module), cls)
    undeclared = [name for name in dir(host_class) if name not in declared and name != "__class__"]
    program = _agreement_program(f"{module}.{cls}", declared, [*undeclared, *EXTRA_UNDECLARED])
    assert _run(f"import {module}\n{program}") == "agreed"


def test_builtins_and_name_lookup_agree() -> None:
    """Every declared builtin is defined for programs; every other name of the host's `builtins`
    module is refused by the validator."""
    declared = sorted(BUILTINS.members)
    assert _run(f"names = [{', '.join(declared)}]\nlen(names)") == len(declared)
    for name in dir(builtins):
        if name not in BUILTINS.members and not keyword.iskeyword(name):
            assert ptc_interpreter.check(f"{name}\n"), name


REFUSED_NAME = (
    r"attribute names starting (with '__'|and ending with '_') are not allowed|reserved for the interpreter"
)


@pytest.mark.parametrize("name", ["__base__", "_ptc_attributes", "__mro__", "_value_", "__subclasses__"])
def test_the_validator_refuses_what_the_name_rule_refuses(name: str) -> None:
    for source in (f"e = ValueError()\ne.{name}", f"match 1:\n    case int({name}=v):\n        pass"):
        with pytest.raises(PtcSyntaxError, match=REFUSED_NAME):
            _run(source)
    for source in (
        f"getattr(ValueError(), {name!r})",
        f"operator.attrgetter({name!r})",
        f"operator.methodcaller({name!r})",
        f'"{{0.{name}}}".format(ValueError())',
        f'"{{.{name}}}".format(ValueError())',
        f'"{{0:{{1.{name}}}}}".format(1, ValueError())',
        f'"{{0[0].{name}}}".format([ValueError()])',
        f'"{{e.{name}}}".format_map({{"e": ValueError()}})',
    ):
        with pytest.raises(PtcRuntimeError, match=REFUSED_NAME):
            _run(source)


def test_did_you_mean_hints_come_from_the_declarations() -> None:
    cases = {
        '"abc".uper()': "'upper'",
        "[1].apend(2)": "'append'",
        "math.sqr(4)": "'sqrt'",
        "datetime.datetime.nw()": "'now'",
        're.compile("a").serch("a")': "'search'",
    }
    for source, suggestion in cases.items():
        with pytest.raises(PtcRuntimeError) as raised:
            _run(f"import math\n{source}")
        assert raised.value.hint == f"did you mean {suggestion}?", source
    (problem,) = ptc_interpreter.check("from math import sqr\n")
    assert problem.message == "cannot import name 'sqr' from 'math'. Did you mean 'sqrt'?"


def test_the_doc_reference_is_what_the_registry_generates() -> None:
    section = section_of(DOC.read_text(encoding="utf-8"))
    assert section is not None, "docs/interpreter-modules.md lost its generated reference"
    assert section == render(), (
        "regenerate it: uv run python -m ptc_interpreter.reference docs/interpreter-modules.md"
    )


def test_private_names_are_held_only_by_classes_whose_attributes_are_the_programs() -> None:
    """`registry.private_name`s reach an object only when its class declares `ptc_private_names`
    (docs/security.md, layer 3): each such class keeps nothing but what the program stored under
    those names. A new holder must be added here on purpose."""
    for module in ("collections_", "types_", "enum_", "dataclasses_"):
        importlib.import_module(f"ptc_interpreter.modules.{module}")
    holders = {
        f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__qualname__}"
        for cls in _interpreter_classes()
        if cls.__module__.startswith("ptc_interpreter.") and cls.__dict__.get("ptc_private_names") is True
    }
    assert holders == {
        "objects.ProgramFunction",
        "objects.ProgramInstance",
        "objects.ProgramClassMeta",
        "objects.SuperProxy",
        "types_.SimpleNamespace",
        "collections_.NamedTupleBase",
    }
