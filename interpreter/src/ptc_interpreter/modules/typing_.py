"""The program's `typing` module: names to annotate with, and `cast`.

Annotations are not evaluated by the interpreter, but models write `from typing import List, Optional`
out of habit, and sometimes `Optional[int]` in an expression or `cast(int, x)`. Each name is a
`TypeForm`: subscriptable and combinable with `|` (giving another form), printing like CPython's
(`typing.List[int]`), and nothing else (it cannot be instantiated or subclassed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ..builtins.hashing import text_hash
from ..builtins.types import BuiltinType, TypeUnion
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.objects import ClassSpec
from .collections_ import make_named_tuple
from .support import native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

_FORMS = [
    "Any",
    "AnyStr",
    "Awaitable",
    "Callable",
    "ClassVar",
    "Collection",
    "Container",
    "Coroutine",
    "DefaultDict",
    "Deque",
    "Dict",
    "Final",
    "FrozenSet",
    "Generator",
    "Hashable",
    "Iterable",
    "Iterator",
    "List",
    "Literal",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "NoReturn",
    "Optional",
    "Sequence",
    "Set",
    "Sized",
    "Tuple",
    "Type",
    "Union",
    "AsyncIterator",
    "AsyncIterable",
    "AsyncGenerator",
    "Annotated",
    "Counter",
    "OrderedDict",
    "ChainMap",
    "TypeAlias",
    "Never",
    "Self",
    "LiteralString",
]


_LITERAL_TYPES = frozenset({int, float, bool, str, bytes})
_LONGEST_LITERAL = 100


def _describe(value: Any) -> str:
    """The text of a typing parameter: a type, a form, or a short literal. Anything else is refused,
    not repr'd: the repr of a program value can be any size (a DAG-shaped list never finishes)."""
    if isinstance(value, TypeForm):
        return value.text
    if value is None:
        return "None"
    if not isinstance(value, (type, BuiltinType, TypeUnion)):
        cls: type[Any] = type(cast(object, value))
        if cls not in _LITERAL_TYPES or (cls in (str, bytes) and len(cast(str, value)) > _LONGEST_LITERAL):
            raise TypeError(
                f"typing parameters must be types or short literals, not {ptc_type_name(value)!r}"
            )
    text = repr(value)
    if text.startswith("<class '") and text.endswith("'>"):  # `int` → "int", as typing prints it
        return text[8:-2]
    return text


LONGEST_FORM = 2000
"""A form's text is built anew by every `|` and subscription, with no run to charge: `t = t | int`
in a loop copied ever longer text for a step each (62 times the calibration loop's CPU per step).
Annotations are short; a form past this length is refused."""


class TypeForm(PtcObject):
    """A `typing` name (or a subscription of one) as the program sees it."""

    __slots__ = ("text",)
    ptc_name = "typing._SpecialForm"

    def __init__(self, text: str) -> None:
        if len(text) > LONGEST_FORM:
            raise TypeError(f"typing forms longer than {LONGEST_FORM} characters are not supported")
        self.text = text

    def __getitem__(self, parameters: Any) -> TypeForm:
        items: tuple[Any, ...] = parameters if isinstance(parameters, tuple) else (parameters,)  # pyright: ignore[reportUnknownVariableType]
        return TypeForm(f"{self.text}[{', '.join(map(_describe, items))}]")

    def __or__(self, other: Any) -> TypeForm:
        return TypeForm(f"{self.text} | {_describe(other)}")

    def __ror__(self, other: Any) -> TypeForm:
        return TypeForm(f"{_describe(other)} | {self.text}")

    def __eq__(self, other: object) -> bool:
        """Two forms written alike are equal (`Optional[int] == Optional[int]`), as CPython's."""
        if type(other) is not TypeForm:
            return NotImplemented
        return self.text == other.text

    def __hash__(self) -> int:
        return text_hash(self.text)  # the same in every process (`ptc_stable_hash`)

    ptc_stable_hash = True

    def __repr__(self) -> str:
        return self.text


class NamedTupleForm(PtcObject):
    """`typing.NamedTuple`: a base for `class Point(NamedTuple): x: int; y: int = 0` (the class
    statement hands its body to `ptc_build_class`), or called as `NamedTuple("Point", [("x", int)])`."""

    __slots__ = ()
    ptc_name = "function"

    def __call__(self, typename: Any, fields: Any = None, /) -> Any:
        if fields is None:
            raise TypeError(
                "NamedTuple() needs the field list: NamedTuple('Point', [('x', int), ('y', int)])"
            )
        names: list[Any] = []
        for item in fields:
            if not isinstance(item, tuple) or len(item) != 2:  # pyright: ignore[reportUnknownArgumentType]
                raise TypeError(
                    "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each field is a (name, type) pair"
                )
            names.append(item[0])
            if len(names) > 1_000:
                raise ValueError("namedtuple() takes at most 1000 field names")
        return make_named_tuple(typename, names)

    def ptc_build_class(self, spec: ClassSpec) -> Any:
        if len(spec.bases) != 1:
            raise TypeError("can only inherit from a NamedTuple type and Generic")
        fields = spec.annotated
        namespace = dict(spec.namespace)
        defaults: list[Any] = []
        for name in fields:
            if name in namespace:
                defaults.append(namespace.pop(name))
            elif defaults:
                default_names = [field for field in fields if field in spec.namespace]
                raise TypeError(
                    f"Non-default namedtuple field {name} cannot follow default field"
                    f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}"
                )
        for name in namespace:
            if name in ("_fields", "_field_defaults", "_make", "_replace", "_asdict"):
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {name}")
        return make_named_tuple(spec.name, list(fields), defaults=defaults, namespace=namespace)

    def __repr__(self) -> str:
        return "<function NamedTuple>"


def make_module(ctx: RunContext) -> ShimModule:
    def cast(typ: Any, val: Any) -> Any:  # CPython's parameter names
        return val

    def type_var(name: str, *constraints: Any, **options: Any) -> TypeForm:
        if type(name) is not str or len(name) > _LONGEST_LITERAL:
            raise TypeError("TypeVar name must be a short string")
        return TypeForm(f"~{name}")

    members: dict[str, Any] = {name: TypeForm(f"typing.{name}") for name in _FORMS}
    members.update(
        cast=native("cast", cast),
        TypeVar=native("TypeVar", type_var),
        TYPE_CHECKING=False,
        NamedTuple=NamedTupleForm(),
    )
    return ShimModule("typing", members)
