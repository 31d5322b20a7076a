"""What each importable module exposes, member by member, with the cost class of each.

The shims build the values for one run (`make_module`); the module a program imports is checked
against its declaration here (`modules.MODULE_FACTORIES` refuses a module whose members differ), so
no member reaches a program without a declared cost class. `classes` declares the class-level
members of the shim classes a module exposes (`datetime.datetime.now`). The reference in
`docs/interpreter-modules.md` is generated from these declarations (`ptc_interpreter.reference`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..builtins.arity import BuiltinFunction
from ..builtins.exceptions import EXCEPTION_CLASSES
from ..runtime.allowlist import ShimModule
from ..runtime.native import NativeFunction
from ..runtime.registry import (
    CALLBACK,
    CONSTANT,
    HOST_BINDING_MODULES,
    LAZY,
    LINEAR_IN_ARGUMENT,
    PARSING,
    SCAN,
    SIZE_CHECKED,
    SORTING,
    VALUE,
    HostBinding,
    HostSignature,
    ModuleDeclaration,
    declare_module,
)
from .support import NativeClass

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_ASYNCIO = declare_module(
    "asyncio",
    {
        CONSTANT: "sleep wait_for timeout create_task ensure_future run current_task TaskGroup Semaphore Lock"
        " Event Queue LifoQueue PriorityQueue Task",
        LINEAR_IN_ARGUMENT: "gather wait as_completed",
        VALUE: "QueueEmpty QueueFull FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError TimeoutError"
        " InvalidStateError",
    },
)

_BASE64 = declare_module(
    "base64",
    {
        SIZE_CHECKED: "b64encode standard_b64encode urlsafe_b64encode b32encode b32hexencode b16encode"
        " b85encode a85encode encodebytes",
        PARSING: "b64decode standard_b64decode urlsafe_b64decode b32decode b32hexdecode b16decode b85decode"
        " a85decode decodebytes",
    },
)

_BISECT = declare_module(
    "bisect",
    {CALLBACK: "bisect_left bisect_right bisect", SCAN: "insort_left insort_right insort"},
)

_COLLECTIONS = declare_module(
    "collections",
    {LINEAR_IN_ARGUMENT: "Counter OrderedDict defaultdict deque namedtuple"},
    classes={
        "OrderedDict": {LINEAR_IN_ARGUMENT: "fromkeys"},
        "defaultdict": {LINEAR_IN_ARGUMENT: "fromkeys"},
        "Counter": {CONSTANT: "fromkeys"},
    },
)

_CONTEXTLIB = declare_module("contextlib", {CONSTANT: "contextmanager suppress nullcontext closing"})

_COPY = declare_module("copy", {LINEAR_IN_ARGUMENT: "copy deepcopy"})

_DIFFLIB = declare_module(
    "difflib",
    {
        LAZY: "unified_diff context_diff ndiff restore",
        PARSING: "get_close_matches",
        LINEAR_IN_ARGUMENT: "SequenceMatcher",
        CONSTANT: "Differ IS_LINE_JUNK IS_CHARACTER_JUNK",
    },
)

_DATACLASSES = declare_module(
    "dataclasses",
    {
        CONSTANT: "dataclass field fields is_dataclass",
        LINEAR_IN_ARGUMENT: "asdict astuple",
        CALLBACK: "replace",
        VALUE: "FrozenInstanceError",
    },
)

_DATETIME = declare_module(
    "datetime",
    {CONSTANT: "date datetime time timedelta timezone", VALUE: "UTC MINYEAR MAXYEAR"},
    classes={
        "date": {
            VALUE: "min max resolution",
            CONSTANT: "today fromordinal fromtimestamp fromisocalendar",
            PARSING: "fromisoformat",
        },
        "datetime": {
            VALUE: "min max resolution",
            CONSTANT: "now utcnow today fromtimestamp utcfromtimestamp fromordinal fromisocalendar combine",
            PARSING: "fromisoformat strptime",
        },
        "time": {VALUE: "min max resolution", PARSING: "fromisoformat"},
        "timedelta": {VALUE: "min max resolution"},
        "timezone": {VALUE: "utc min max"},
    },
)

_DECIMAL = declare_module(
    "decimal",
    {
        CONSTANT: "Decimal Context getcontext setcontext localcontext",
        VALUE: "DefaultContext BasicContext ExtendedContext DecimalException Clamped InvalidOperation"
        " DivisionByZero Inexact Rounded Subnormal Overflow Underflow FloatOperation ConversionSyntax"
        " DivisionImpossible DivisionUndefined InvalidContext ROUND_UP ROUND_DOWN ROUND_CEILING ROUND_FLOOR"
        " ROUND_HALF_UP ROUND_HALF_DOWN ROUND_HALF_EVEN ROUND_05UP MAX_PREC MAX_EMAX MIN_EMIN MIN_ETINY"
        " HAVE_THREADS HAVE_CONTEXTVAR",
    },
    classes={"Decimal": {CONSTANT: "from_float"}},
)

_FRACTIONS = declare_module(
    "fractions", {CONSTANT: "Fraction"}, classes={"Fraction": {CONSTANT: "from_float from_decimal"}}
)

_ENUM = declare_module(
    "enum",
    {
        LINEAR_IN_ARGUMENT: "Enum ReprEnum IntEnum StrEnum Flag IntFlag unique",
        CONSTANT: "auto EnumType EnumMeta",
    },
)

_FUNCTOOLS = declare_module(
    "functools",
    {
        CONSTANT: "partial cmp_to_key cache lru_cache wraps total_ordering cached_property",
        CALLBACK: "reduce",
    },
)

_HASHLIB = declare_module(
    "hashlib",
    {
        LINEAR_IN_ARGUMENT: "md5 sha1 sha224 sha256 sha384 sha512 sha3_224 sha3_256 sha3_384 sha3_512 blake2b"
        " blake2s new",
    },
)

_HTML = declare_module("html", {SIZE_CHECKED: "escape", PARSING: "unescape"})

_HEAPQ = declare_module(
    "heapq",
    {
        CALLBACK: "heappush heappop heappushpop heapreplace",
        SCAN: "heapify",
        SORTING: "nlargest nsmallest",
        LAZY: "merge",
    },
)

_ITERTOOLS = declare_module(
    "itertools",
    {
        LAZY: "count cycle repeat islice product permutations combinations combinations_with_replacement"
        " accumulate groupby zip_longest takewhile dropwhile filterfalse compress starmap pairwise batched"
        " tee chain",
    },
    classes={"chain": {LAZY: "from_iterable"}},
)

_JSON = declare_module("json", {PARSING: "loads dumps", VALUE: "JSONDecodeError"})

_MATH = declare_module(
    "math",
    {
        CONSTANT: "acos acosh asin asinh atan atan2 atanh cbrt ceil copysign cos cosh degrees erf erfc exp"
        " exp2 expm1 fabs floor fmod frexp gamma isclose isfinite isinf isnan ldexp lgamma log log10 log1p"
        " log2 modf nextafter pow radians remainder sin sinh sqrt tan tanh trunc ulp isqrt",
        SIZE_CHECKED: "factorial comb perm lcm prod",
        LINEAR_IN_ARGUMENT: "gcd fsum hypot dist",
        VALUE: "pi e tau inf nan",
    },
)

_OPERATOR = declare_module(
    "operator",
    {
        CONSTANT: "sub truediv floordiv mod rshift and_ or_ xor eq ne lt le gt ge is_ is_not neg pos invert"
        " inv not_ getitem truth abs itemgetter attrgetter methodcaller",
        SIZE_CHECKED: "add concat mul pow lshift",
        SCAN: "contains",
        CALLBACK: "index",
    },
)

_PPRINT = declare_module(
    "pprint",
    {
        SIZE_CHECKED: "pprint pformat pp saferepr isreadable isrecursive",
        CONSTANT: "PrettyPrinter",
    },
)

_RANDOM = declare_module(
    "random",
    {
        CONSTANT: "random uniform gauss normalvariate lognormvariate triangular expovariate betavariate"
        " gammavariate vonmisesvariate paretovariate weibullvariate randint randrange choice Random",
        LINEAR_IN_ARGUMENT: "seed",
        SIZE_CHECKED: "getrandbits randbytes choices sample",
        SCAN: "shuffle",
    },
)

_RE = declare_module(
    "re",
    {
        PARSING: "compile search match fullmatch findall finditer sub subn split escape",
        CONSTANT: "purge",
        VALUE: "error Pattern Match NOFLAG I IGNORECASE M MULTILINE S DOTALL X VERBOSE A ASCII U UNICODE",
    },
)

_STATISTICS = declare_module(
    "statistics",
    {
        LINEAR_IN_ARGUMENT: "mean fmean geometric_mean harmonic_mean mode multimode pstdev pvariance stdev"
        " variance correlation covariance linear_regression",
        SORTING: "median median_low median_high median_grouped quantiles",
        VALUE: "StatisticsError",
    },
)

_STRING = declare_module(
    "string",
    {
        VALUE: "ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits punctuation"
        " whitespace printable",
        SIZE_CHECKED: "capwords",
        CONSTANT: "Template",
    },
)

_SYS = declare_module(
    "sys",
    {
        VALUE: "version_info version hexversion maxsize maxunicode byteorder platform float_info stdout stderr",
        CONSTANT: "getrecursionlimit setrecursionlimit",
    },
)

_TEXTWRAP = declare_module("textwrap", {PARSING: "wrap fill shorten dedent", SIZE_CHECKED: "indent"})

_TIME = declare_module(
    "time",
    {
        CONSTANT: "time time_ns monotonic monotonic_ns perf_counter perf_counter_ns sleep gmtime localtime"
        " mktime",
        PARSING: "strftime",
    },
)

_TYPING = declare_module(
    "typing",
    {
        VALUE: "Any AnyStr Awaitable Callable ClassVar Collection Container Coroutine DefaultDict Deque Dict"
        " Final FrozenSet Generator Hashable Iterable Iterator List Literal Mapping MutableMapping"
        " MutableSequence MutableSet NoReturn Optional Sequence Set Sized Tuple Type Union AsyncIterator"
        " AsyncIterable AsyncGenerator Annotated Counter OrderedDict ChainMap TypeAlias Never Self"
        " LiteralString TYPE_CHECKING",
        CONSTANT: "cast TypeVar",
        LINEAR_IN_ARGUMENT: "NamedTuple",
    },
)

_UNICODEDATA = declare_module(
    "unicodedata",
    {
        CONSTANT: "name category bidirectional combining decimal digit numeric east_asian_width mirrored"
        " decomposition",
        PARSING: "normalize is_normalized lookup",
        VALUE: "unidata_version",
    },
)

_IO = declare_module("io", {CONSTANT: "StringIO"})

_CSV = declare_module(
    "csv",
    {
        LAZY: "reader DictReader",
        CONSTANT: "writer DictWriter",
        VALUE: "Error QUOTE_MINIMAL QUOTE_ALL QUOTE_NONNUMERIC QUOTE_NONE",
    },
)

_TYPES = declare_module("types", {CONSTANT: "SimpleNamespace"})

_UUID = declare_module(
    "uuid",
    {
        CONSTANT: "UUID uuid4",
        PARSING: "uuid3 uuid5",
        VALUE: "NAMESPACE_DNS NAMESPACE_URL NAMESPACE_OID NAMESPACE_X500",
    },
)

_URLLIB = declare_module("urllib", {VALUE: "parse"})

_URLLIB_PARSE = declare_module(
    "urllib.parse",
    {
        PARSING: "quote quote_plus unquote unquote_plus urlparse urlsplit urldefrag urlunparse urlunsplit urljoin"
        " parse_qs parse_qsl urlencode",
        CONSTANT: "ParseResult SplitResult DefragResult",
    },
)

BUILTINS = declare_module(
    "builtins",
    {
        CONSTANT: "abs chr ord len iter next bin hex oct divmod round isinstance issubclass callable getattr"
        " hasattr setattr delattr vars float bool range slice object type staticmethod classmethod property super id",
        LINEAR_IN_ARGUMENT: "all any sum max min hash list tuple dict set frozenset",
        SIZE_CHECKED: "ascii repr format print pow int str bytes",
        SORTING: "sorted",
        LAZY: "enumerate filter map reversed zip",
        VALUE: "__name__ __debug__ __doc__ NotImplemented Ellipsis " + " ".join(EXCEPTION_CLASSES),
    },
)
"""The names a program has without importing anything (`builtins.make_builtins` and the compiler's
core names). `__name__`, `__debug__` and `__doc__` (the program's module docstring, or None) are the
`_` names among them (`if __name__ == "__main__":`)."""

MODULE_DECLARATIONS: Mapping[str, ModuleDeclaration] = {
    declaration.name: declaration
    for declaration in (
        _ASYNCIO,
        _BASE64,
        _BISECT,
        _COLLECTIONS,
        _CONTEXTLIB,
        _COPY,
        _DATACLASSES,
        _DATETIME,
        _ENUM,
        _DECIMAL,
        _FRACTIONS,
        _DIFFLIB,
        _FUNCTOOLS,
        _HASHLIB,
        _HEAPQ,
        _HTML,
        _ITERTOOLS,
        _JSON,
        _MATH,
        _OPERATOR,
        _PPRINT,
        _RANDOM,
        _RE,
        _STATISTICS,
        _STRING,
        _SYS,
        _TEXTWRAP,
        _TIME,
        _TYPING,
        _UNICODEDATA,
        _URLLIB,
        _URLLIB_PARSE,
        _TYPES,
        _UUID,
        _IO,
        _CSV,
    )
}


def checked_factory(
    declaration: ModuleDeclaration, factory: Callable[[RunContext], ShimModule]
) -> Callable[[RunContext], ShimModule]:
    """`factory`, refusing to hand out a module whose members (or whose classes' members) differ from
    its declaration: a member added to a shim without a declared cost class fails every import."""

    references = _host_references(declaration)

    def make_module(ctx: RunContext) -> ShimModule:
        module = factory(ctx)
        members = module.members
        bound: dict[int, BuiltinFunction] = {}  # `bisect.bisect is bisect.bisect_right` stays True
        for name, signature in references.items():
            exposed = members.get(name)
            if type(exposed) is NativeClass and exposed.binding is None:
                exposed.binding = HostBinding.of(signature, exposed.constructor)
            if type(exposed) is NativeFunction:
                wrapped = bound.get(id(exposed))
                if wrapped is None:
                    wrapped = bound[id(exposed)] = BuiltinFunction(exposed.name, exposed.function, signature)
                members[name] = wrapped
        if members.keys() != declaration.members.keys():
            raise RuntimeError(_mismatch(declaration.name, members, declaration.members))
        classes = declaration.classes
        for name, exposed in members.items():
            if isinstance(exposed, NativeClass) and exposed.members.keys() != classes.get(name, {}).keys():
                raise RuntimeError(
                    _mismatch(f"{declaration.name}.{name}", exposed.members, classes.get(name, {}))
                )
        return module

    return make_module


def _host_references(declaration: ModuleDeclaration) -> Mapping[str, HostSignature]:
    """The host functions of a module in `HOST_BINDING_MODULES`, by member name: each shim function
    binds its arguments as its host function does (`builtins.arity.BuiltinFunction`)."""
    if declaration.name not in HOST_BINDING_MODULES:
        return {}
    host = importlib.import_module(declaration.name)
    references: dict[str, HostSignature] = {}
    for name in declaration.members:
        reference = getattr(host, name, None)
        if callable(reference):
            references[name] = HostSignature.of(f"{declaration.name}.{name}", reference)
    return references


def _mismatch(where: str, exposed: Mapping[str, object], declared: Mapping[str, object]) -> str:
    undeclared = sorted(exposed.keys() - declared.keys())
    absent = sorted(declared.keys() - exposed.keys())
    return (
        f"{where} does not match its declaration in modules.members: undeclared {undeclared}, absent {absent}"
    )
