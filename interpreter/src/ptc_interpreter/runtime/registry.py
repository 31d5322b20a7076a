"""The declared boundary: the shapes every entry a program can reach is declared in, its cost classes,
and the one rule for which attribute names can exist at all.

A program reaches host code only through declared entries: methods and properties of builtin and
shim value types (tables in `runtime.attr` and the shims' `TYPE_TABLES`) and of interpreter objects
(`PtcObject.ptc_table`), builtins, module members and the class-level members of shim classes
(`modules.members`). Each entry names a required `Cost`; there
is no default, so a new entry cannot leave out how its work is paid for. For methods the cost class
also decides how dispatch calls the native function: dispatch itself charges the linear-in-receiver
and keyed classes, and the classes whose work depends on arguments hand the function the run
context, so it can check and charge before the work. Attribute lookup, `getattr`/`hasattr`,
`operator.attrgetter`/`methodcaller`, `str.format` fields, match class patterns, did-you-mean hints
and the reference in `docs/interpreter-modules.md` all read these declarations.
"""

from __future__ import annotations

import builtins
import difflib
import inspect
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from types import CodeType, FunctionType, MethodType
from typing import Any, TypeVar, cast

# -- cost classes -----------------------------------------------------------------------------------

CALL_PLAIN, CALL_LINEAR, CALL_WITH_CTX, CALL_KEYED, CALL_AFFIXES = 0, 1, 2, 3, 4
"""How dispatch calls a method's native function: `f(obj, *args)`; the same after charging `len(obj)`
when it exceeds `SMALL_COPY_CHARS`; `f(ctx, obj, *args)`; `f(obj, *args)` after charging a tuple
`args[0]` by its size (it is hashed); or `f(obj, *args)` after charging `len(obj)` as `CALL_LINEAR`
does and a tuple `args[0]` by its candidates (`startswith`: each is compared in turn)."""


@dataclass(frozen=True, slots=True)
class Cost:
    """How an entry's work is paid for, and how large its result can be."""

    name: str
    charge: str
    """Who charges what (the reference documents it)."""
    result: str
    """The bound on the result's size."""
    call: int
    """How dispatch calls a method of this class (one of the `CALL_*` modes)."""

    @property
    def takes_ctx(self) -> bool:
        """Whether the native function takes the run context first and charges its own work."""
        return self.call == CALL_WITH_CTX

    def __repr__(self) -> str:
        return f"Cost({self.name!r})"


VALUE = Cost("value", "nothing: a constant or a class", "the value itself", CALL_PLAIN)
CONSTANT = Cost(
    "constant", "one step per call", "fixed size, or an element the program already holds", CALL_PLAIN
)
LINEAR_IN_RECEIVER = Cost(
    "linear in receiver",
    "dispatch charges the receiver's length when it is long",
    "no larger than the receiver",
    CALL_LINEAR,
)
KEYED = Cost(
    "keyed",
    "dispatch charges a tuple argument by its size (it is hashed)",
    "an element the program already holds",
    CALL_KEYED,
)
AFFIXES = Cost(
    "affixes",
    "dispatch charges the receiver's length when it is long, and a tuple of candidates by its elements"
    " and the long texts among them",
    "a bool",
    CALL_AFFIXES,
)
LINEAR_IN_ARGUMENT = Cost(
    "linear in argument",
    "the function charges each element of its arguments, as it pulls them or before the work",
    "size-checked as it grows",
    CALL_WITH_CTX,
)
SCAN = Cost(
    "scan",
    "the function charges the elements of the container it walks (its receiver, or the list it is given),"
    " when it has to walk them",
    "fixed size, or no larger than the receiver",
    CALL_WITH_CTX,
)
SIZE_CHECKED = Cost(
    "size-checked result",
    "the function computes the result's size, checks it against the limits and charges it before allocating",
    "within max_string_length, max_container_length and max_int_bits",
    CALL_WITH_CTX,
)
SORTING = Cost(
    "sorting",
    "the function charges n log n comparisons before sorting",
    "no larger than its input",
    CALL_WITH_CTX,
)
PARSING = Cost(
    "parsing",
    "the function charges a fixed price plus a price per character parsed, matched or produced",
    "size-checked",
    CALL_WITH_CTX,
)
CALLBACK = Cost(
    "callback",
    "calls program code, which charges its own steps; the native work around each call is charged per call",
    "what the program's code returns, size-checked when collected",
    CALL_WITH_CTX,
)
LAZY = Cost(
    "lazy",
    "returns an iterator that charges one step per item it yields and charges its inputs as it pulls them",
    "an iterator",
    CALL_WITH_CTX,
)

COSTS: tuple[Cost, ...] = (
    VALUE,
    CONSTANT,
    LINEAR_IN_RECEIVER,
    KEYED,
    AFFIXES,
    SCAN,
    LINEAR_IN_ARGUMENT,
    SIZE_CHECKED,
    SORTING,
    PARSING,
    CALLBACK,
    LAZY,
)
"""Every cost class, in the order the reference lists them."""


# -- entries of type tables -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Method:
    """`obj.name(*args, **kwargs)`: dispatch calls `function` as `cost.call` says (with the run context
    first when the cost class leaves the charging to the function)."""

    function: Callable[..., Any]
    cost: Cost

    def __post_init__(self) -> None:
        if self.cost is VALUE:
            raise ValueError("a method's cost class cannot be VALUE")


@dataclass(frozen=True, slots=True)
class Property:
    """`obj.name` evaluates `function(obj)`: constant work, no run context (a property that works in
    proportion to its receiver is a method). With a `setter`, `obj.name = value` calls
    `setter(obj, value)` (`defaultdict.default_factory`); without one the attribute is read-only.
    With `charges_run`, `function(obj, ctx)`: a value read once and kept, whose first read does work
    charged to the run that reads it (`e.args` scanning a long message for host text)."""

    function: Callable[[Any], Any]
    cost: Cost
    setter: Callable[[Any, Any], None] | None = None
    charges_run: bool = False

    def read(self, obj: Any, ctx: Any) -> Any:
        """`obj.name` in the run `ctx`."""
        if self.charges_run:
            return cast("Callable[[Any, Any], Any]", self.function)(obj, ctx)
        return self.function(obj)

    def __post_init__(self) -> None:
        if self.cost is not CONSTANT:
            raise ValueError("a property is constant work; declare costlier attributes as methods")


Entry = Method | Property
TypeTable = Mapping[str, Entry]
_C = TypeVar("_C", bound=type)


# -- module members ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModuleDeclaration:
    """What a module shim exposes: each member's cost class, and the class-level members of the
    shim classes it exposes (`datetime.datetime.now`). The shim's factory builds the values; the
    module a program imports is checked against this declaration (`modules.checked_factory`)."""

    name: str
    members: Mapping[str, Cost]
    classes: Mapping[str, Mapping[str, Cost]]


def declare(groups: Mapping[Cost, str]) -> dict[str, Cost]:
    """Names grouped by cost class, written as space-separated lists: `{CONSTANT: "sqrt exp"}`."""
    declared: dict[str, Cost] = {}
    for cost, names in groups.items():
        for name in names.split():
            if name in declared:
                raise ValueError(f"{name!r} is declared twice")
            declared[name] = cost
    return declared


def declare_module(
    name: str, groups: Mapping[Cost, str], classes: Mapping[str, Mapping[Cost, str]] | None = None
) -> ModuleDeclaration:
    return ModuleDeclaration(
        name,
        declare(groups),
        {member: declare(class_groups) for member, class_groups in (classes or {}).items()},
    )


# -- the name rule ----------------------------------------------------------------------------------

READABLE_DUNDERS = frozenset({"__name__", "__class__", "__doc__", "__annotations__", "__dict__"})
"""The only `_` names a program may read on any object: names (`type(e).__name__`, `f.__name__`),
`__class__`, which is whatever `type(x)` gives the program (`RunContext.type_of`), never a host class,
`__doc__`, which only the program's own classes, instances and functions (and named tuples)
answer, with the program's own docstring text or None: a host object's docstring is the
interpreter's text, so reading it is refused (`doc_refusal`), and `__annotations__` of the
program's own classes and functions under `from __future__ import annotations` (their source
text; without it CPython evaluates them, which the interpreter never does: `annotations_refusal`), and
`__dict__` of the program's own instances and of `SimpleNamespace` (their attribute dict, which
holds only what the program stored: `dict_refusal` elsewhere)."""


def dict_refusal(type_name: str) -> AttributeError:
    """`x.__dict__`/`vars(x)` of anything but a program instance or a `SimpleNamespace`."""
    return AttributeError(
        f"__dict__ of a {type_name!r} object is not supported here: only instances of the program's own"
        " classes (not exceptions or enum members) and SimpleNamespace have one"
    )


def annotations_refusal() -> AttributeError:
    """`x.__annotations__` where it is not the program's own annotations as source text."""
    return AttributeError(
        "__annotations__ is not supported here: only the program's own classes and functions have them,"
        " as text, under 'from __future__ import annotations' (annotations are not evaluated)"
    )


def doc_refusal() -> AttributeError:
    """`x.__doc__` of anything but the program's own classes and functions."""
    return AttributeError(
        "__doc__ is not supported here: only the program's own classes and functions have their docstrings"
    )


USER_DUNDERS: frozenset[str] = frozenset(
    {
        "__init__",
        "__repr__",
        "__str__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__hash__",
        "__len__",
        "__bool__",
        "__iter__",
        "__next__",
        "__getitem__",
        "__setitem__",
        "__delitem__",
        "__contains__",
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__pow__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__and__",
        "__or__",
        "__xor__",
        "__rand__",
        "__ror__",
        "__rxor__",
        "__lshift__",
        "__rshift__",
        "__invert__",
        "__rpow__",
        "__matmul__",
        "__rmatmul__",
        "__iadd__",
        "__isub__",
        "__imul__",
        "__int__",
        "__float__",
        "__round__",
        "__reversed__",
        "__call__",
        "__format__",
        "__post_init__",
        "__enter__",
        "__exit__",
        "__aenter__",
        "__aexit__",
        "__index__",
        "__copy__",
        "__deepcopy__",
        "__missing__",
    }
)
"""Dunders a program class may define; they become the real class's dunders, and a program may name
them on its own classes and instances (`super().__init__(...)`). `__index__`, `__copy__`,
`__deepcopy__` and `__missing__` are consulted by the interpreter instead (`objects._PROGRAM_ONLY_DUNDERS`):
a host `__index__` would reach native size parameters past their checks."""


NAMED_TUPLE_NAMES = frozenset({"_asdict", "_replace", "_fields", "_field_defaults", "_make"})
"""The named tuple API, public although spelled with `_` (so as not to clash with field names);
only named tuples answer them."""

PICKLING_NAMES = frozenset({"__getnewargs__"})
"""The copy protocol's arguments of a value (`(5).__getnewargs__()`, a named tuple's fields): only
the types whose tables declare it answer, with the value's own parts."""

ENUM_NAMES = frozenset({"__members__"})
"""The enum API spelled with `_`: only enum classes answer it (`Color.__members__`)."""


def readable_name(name: str) -> bool:
    """THE rule for names a program may read as attributes: no `_` name exists for programs except
    `__name__`, the dunders of program classes and the named tuple API. Tables declare no other `_`
    name (the registry test checks), so this rule and the tables cannot disagree."""
    return (
        name[:1] != "_"
        or name in READABLE_DUNDERS
        or name in USER_DUNDERS
        or name in NAMED_TUPLE_NAMES
        or name in ENUM_NAMES
        or name in PICKLING_NAMES
    )


def writable_name(name: str) -> bool:
    """Names a program may assign or delete as attributes on any object that takes attributes: none
    starting with `_` (a private name is writable only where `private_name` says)."""
    return name[:1] != "_"


def private_name(name: str) -> bool:
    """`_name` or `__name`: a private attribute (`self._items`, `cls._registry`, `self._check()`, and
    what CPython's mangling makes of `self.__balance` in a class body, `_Account__balance`), which
    only the program's own objects have — its classes, their instances, its functions,
    `SimpleNamespace`, an exception's own attributes (`runtime.attr.holds_private_names`):
    everything found under such a name there is something the program put there. Not private
    names: dunders (`__x__`, the rule above), sunders (`_value_`, enum's API), `_`, the named tuple
    API (readable on named tuples only) and `_ptc…`, the interpreter's own keys in an exception's
    `__dict__`, reserved."""
    if name[:1] != "_" or len(name) < 2 or name[:4] == "_ptc" or name in NAMED_TUPLE_NAMES:
        return False
    if name[1] == "_":
        return name[-2:] != "__"  # `__x`: private; `__x__`: a dunder
    return name[-1] != "_" or name[-2] == "_"  # `_x_` is a sunder


def refused_name_message(name: str) -> str:
    if name[:2] == "__":
        return f"attribute names starting with '__' are not allowed: {name!r}"
    if name[:4] == "_ptc":
        return f"attribute names starting with '_ptc' are reserved for the interpreter: {name!r}"
    return f"attribute names starting and ending with '_' are not allowed: {name!r}"


def private_refusal(type_name: str, name: str) -> AttributeError:
    """A private name read or written on an object that is not the program's own: its private
    attributes, if CPython's has any, are implementation details a program cannot reach here."""
    return AttributeError(
        f"private attributes ('_name') exist only on the program's own classes, instances and functions"
        f" (and SimpleNamespace): cannot use {name!r} of a {type_name!r} object"
    )


BUILT_IN_MODULES = frozenset({"itertools", "sys", "time"})
"""Importable modules that CPython 3.11 builds into the interpreter: no file, so its failed
`from m import x` says "(unknown location)". For the others it names the module's file, a host path
a program must not see, so their message ends at the module name."""


def cannot_import_message(name: str, module: str) -> str:
    """CPython's message for `from module import name` of a name the module lacks."""
    where = " (unknown location)" if module in BUILT_IN_MODULES else ""
    return f"cannot import name {name!r} from {module!r}{where}"


def check_attribute_name(name: object, *, writing: bool = False) -> str:
    """The name rule applied to a name computed at run time (`getattr`, `attrgetter`, `methodcaller`,
    `str.format` fields): the same answer the validator gives for `obj.name` in source."""
    if type(name) is not str:
        shown = getattr(type(name), "ptc_name", type(name).__name__)  # `allowlist.ptc_type_name`
        raise TypeError(f"attribute name must be string, not {shown!r}")
    if not (writable_name(name) if writing else readable_name(name)) and not private_name(name):
        raise AttributeError(refused_name_message(name))
    return name


# -- CPython's argument binding --------------------------------------------------------------------

KEYWORDS_WITHOUT_SIGNATURE: Mapping[str, frozenset[str] | None] = {
    "bool": frozenset(),
    "bytes": frozenset({"source", "encoding", "errors"}),
    "classmethod": frozenset(),
    "dict": None,
    "filter": frozenset(),
    "frozenset": frozenset(),
    "getattr": frozenset(),
    "int": frozenset({"base"}),
    "iter": frozenset(),
    "map": frozenset(),
    "max": frozenset({"key", "default"}),
    "min": frozenset({"key", "default"}),
    "next": frozenset(),
    "range": frozenset(),
    "set": frozenset(),
    "slice": frozenset(),
    "staticmethod": frozenset(),
    "str": frozenset({"object", "encoding", "errors"}),
    "type": None,
    "zip": frozenset({"strict"}),
}
"""The keywords CPython's builtins accept where `inspect.signature` cannot read them (C functions
without a text signature), by builtin name; None: any keyword. `HostSignature.of` reads the rest
from the host callable itself."""


def _parameters(function: Callable[..., Any]) -> list[inspect.Parameter] | None:
    try:
        return list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return None


def _max_positional(parameters: list[inspect.Parameter] | None) -> int | None:
    if parameters is None or any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
        return None
    return sum(
        p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        for p in parameters
    )


@dataclass(frozen=True, slots=True)
class HostSignature:
    """What CPython's callable `reference` binds: the keywords it takes (None: any, or the host does
    not say) and the most positional arguments it takes (None: any). Read with `inspect` once per
    reference, when the interpreter is imported (`of`), never per run."""

    reference: Callable[..., Any]
    keywords: frozenset[str] | None
    max_positional: int | None

    @classmethod
    def of(cls, name: str, reference: Callable[..., Any]) -> HostSignature:
        """`name` is the builtin's name, or a module member's qualified name (`math.sqrt`)."""
        parameters = _parameters(reference)
        keywords: frozenset[str] | None
        if name in KEYWORDS_WITHOUT_SIGNATURE:
            keywords = KEYWORDS_WITHOUT_SIGNATURE[name]
        elif parameters is None or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
            keywords = None
        else:
            keywords = frozenset(
                p.name
                for p in parameters
                if p.kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
            )
        return cls(reference, keywords, _max_positional(parameters))


HOST_BUILTIN_SIGNATURES: Mapping[str, HostSignature] = {
    name: HostSignature.of(name, value)
    for name, value in vars(builtins).items()
    if callable(value) and not name.startswith("_")
}
"""CPython's builtins, by name: the references the interpreter's builtins bind arguments as."""


def _shim_max_positional(shim: Callable[..., Any]) -> int | None:
    """The most positional arguments `shim` takes (None: any), read from its code object, which is
    cheap enough to do for every builtin of every run (`inspect.signature` is not)."""
    bound = 0
    while isinstance(shim, partial):
        bound += len(shim.args)
        shim = shim.func
    if isinstance(shim, type):
        shim, bound = shim.__init__, bound + 1
    elif isinstance(shim, MethodType):
        shim, bound = shim.__func__, bound + 1
    code = getattr(shim, "__code__", None)
    if not isinstance(code, CodeType) or code.co_flags & inspect.CO_VARARGS:
        return None
    return code.co_argcount - bound


@dataclass(frozen=True, slots=True)
class HostBinding:
    """How a shim binds arguments as CPython's `reference` does, as far as the shim's own signature
    does not already: the keywords the reference takes (None: any) and the most positional arguments
    it takes, when the shim would take more (None: the shim's own binding refuses what it refuses)."""

    reference: Callable[..., Any]
    keywords: frozenset[str] | None
    max_positional: int | None

    @classmethod
    def of(cls, signature: HostSignature, shim: Callable[..., Any]) -> HostBinding:
        most = signature.max_positional
        shim_most = _shim_max_positional(shim)
        wider = most is not None and (shim_most is None or shim_most > most)
        return cls(signature.reference, signature.keywords, most if wider else None)

    def refuse(self, given: int, keywords: Mapping[str, Any]) -> None:
        """Raise CPython's error for a call the reference refuses to bind and the shim might bind."""
        if (self.keywords is not None and not self.keywords.issuperset(keywords)) or (
            self.max_positional is not None and given > self.max_positional
        ):
            message = cpython_binding_message(self.reference, given, keywords)
            if message is not None:
                raise TypeError(message)


BINDING_ERROR = re.compile(
    r"takes (no|exactly one|exactly \d+|at most \d+|at least \d+|from \d+ to \d+|\d+) (positional |keyword )?"
    r"arguments? (\(\d+ given\)|but \d+ (positional arguments? \(and \d+ keyword-only arguments?\) )?(was|were) given)"
    r"|expected (at most |at least )?\d+ arguments?, got \d+"
    r"|missing (\d+ )?required (positional |keyword-only )?arguments?"
    r"|got an unexpected keyword argument|takes no (positional |keyword )?arguments|is an invalid keyword argument"
    r"|got multiple values for argument|got some positional-only arguments passed as keyword"
    r"|given by name \('\w+'\) and position|must have at least two arguments"
)
"""A binding error (wrong number or names of arguments), as Python and C functions word them."""

_PLACEHOLDER = ()
"""What stands for each argument when CPython's own callable is asked how it binds a call: an empty
tuple has nothing to work on, and is iterable, so a builtin that checks its iterable before its
keywords (`sorted`) reaches the keyword check."""


HOST_BINDING_MODULES = frozenset(
    {
        "base64",
        "bisect",
        "collections",
        "copy",
        "datetime",
        "difflib",
        "fractions",
        "functools",
        "hashlib",
        "heapq",
        "html",
        "itertools",
        "json",
        "math",
        "operator",
        "re",
        "statistics",
        "string",
        "textwrap",
        "unicodedata",
        "urllib.parse",
    }
)
"""Modules whose host functions are the reference for how their shims' functions bind arguments
(`modules.members.checked_factory`): none of their functions has an effect beyond its result, so
asking one how it binds placeholders is safe. Not `random` (seeding), `time` (sleeping), `decimal`
(contexts), `pprint` (printing), `asyncio` (coroutines) and the like."""


def cpython_binding_message(reference: Callable[..., Any], given: int, keywords: Iterable[str]) -> str | None:
    """CPython's message for calling `reference` with `given` positional arguments and these keyword
    names, when it refuses to bind them; None when it binds (placeholders stand for the values). Only
    a host callable without effects may be the reference: a call that binds runs it on placeholders."""
    try:
        reference(*([_PLACEHOLDER] * given), **dict.fromkeys(keywords, _PLACEHOLDER))
    except TypeError as error:
        text = str(error)
        return text if BINDING_ERROR.search(text) is not None else None
    except Exception:
        return None
    return None


# -- did-you-mean -----------------------------------------------------------------------------------


SUGGESTED_NAME_LIMIT = 40
"""Names longer than this get no did-you-mean, as in CPython (`MAX_STRING_SIZE` of its suggestions):
difflib indexes the name's every character, and `getattr([], 'x' * 10**6)` in a loop spent 0.1 s
a call doing it."""


SUGGESTED_AMONG_LIMIT = 256
"""No did-you-mean among more names than this: the search is uncharged, and a program can give a
`SimpleNamespace` or an instance any number of attributes (Python's own tables have fewer)."""


def closest_name(name: str, candidates: Collection[str]) -> str | None:
    """The declared name a misspelt `name` most likely meant (case-insensitive match as a fallback);
    `_` names are never suggested."""
    if len(name) > SUGGESTED_NAME_LIMIT or len(candidates) > SUGGESTED_AMONG_LIMIT:
        return None
    visible = sorted({c for c in candidates if type(c) is str and c[:1] != "_" and c != name})
    close = difflib.get_close_matches(name, visible, n=1, cutoff=0.6)
    if close:
        return close[0]
    lowered = {c.lower(): c for c in visible}
    return lowered.get(name.lower())


def missing_attribute(message: str, name: str, candidates: Collection[str]) -> AttributeError:
    """An AttributeError with CPython's message; a did-you-mean among the declared names rides along
    for the report."""
    from .exceptions import attach_hint  # exceptions renders reprs, which read these declarations

    if name == "__doc__":
        return doc_refusal()
    if name == "__annotations__":
        return annotations_refusal()
    error = AttributeError(message)
    close = closest_name(name, candidates)
    if close is not None:
        attach_hint(error, f"did you mean {close!r}?")
    return error


# -- names CPython shows --------------------------------------------------------------------------


def named_for_programs(cls: _C) -> _C:
    """Give an interpreter class a program may hold an instance of the name the program knows it by
    (its `ptc_name`), as its Python `__name__`. CPython's own messages name a value's class by that
    name ("'module' object is not subscriptable", "unhashable type: 'set'"), and its methods by their
    qualified names (`itemgetter.__call__() missing 1 required positional argument`), so none of
    them ever shows a host class name (`ShimModule`). Its `__qualname__` and `__module__` stay the
    host's, for the host (`reprs` never shows them)."""
    name = getattr(cls, "ptc_name", None)
    if isinstance(name, str):
        cls.__name__ = name
        for member in vars(cls).values():
            if isinstance(member, FunctionType):  # "Partial.__call__() missing 1 required argument"
                member.__qualname__ = f"{name}.{member.__name__}"
    return cls


def name_methods_for_programs(tables: Mapping[type, TypeTable]) -> None:
    """Give the host function behind each method the name the program calls it by, so that CPython's
    argument errors read `split() takes …`, never `_splitter.<locals>.split() takes …`."""
    for table in tables.values():
        for name, entry in table.items():
            if isinstance(entry, Method) and isinstance(entry.function, FunctionType):
                entry.function.__qualname__ = name
