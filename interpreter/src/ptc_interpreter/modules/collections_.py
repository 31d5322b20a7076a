"""The program's `collections` module: CPython's `Counter`, `defaultdict`, `OrderedDict` and `deque`.

The values are the real CPython containers (they are plain data, and native `==`, `in`, `len`,
indexing and `repr` work on them); what the program may call on them is the allowlist below (the
dict subclasses inherit `runtime.attr`'s dict table and add or override entries here).
Constructors and methods that take an iterable pay for it through `runtime.budget` first, and
growing a container checks the container limit.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false

from __future__ import annotations

import itertools
import keyword
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

from ..errors import PtcError
from ..runtime.allowlist import PtcObject, ShimModule, ptc_type_name
from ..runtime.attr import fromkeys_arguments, index_without_repr
from ..runtime.budget import (
    SIZED_TYPES,
    charge_comparisons,
    charge_elements,
    charge_keys,
    charge_pair_keys,
    charge_sort,
    charge_text_search,
    materialize,
)
from ..runtime.indexing import operator_index
from ..runtime.lazy import native_iter
from ..runtime.native import NativeFunction, missing_arguments, too_many_positional
from ..runtime.objects import (
    MISSING,
    BoundMethod,
    ClassMethod,
    ProgramFunction,
    StaticMethod,
    bind_class_member,
    class_lookup,
)
from ..runtime.registry import (
    CONSTANT,
    KEYED,
    LAZY,
    LINEAR_IN_ARGUMENT,
    LINEAR_IN_RECEIVER,
    SCAN,
    SIZE_CHECKED,
    SORTING,
    USER_DUNDERS,
    Method,
    Property,
    TypeTable,
    missing_attribute,
    private_name,
)
from ..runtime.reprs import program_str
from ..runtime.structure import weigh
from .support import NativeClass, ShimIterator, bind_keywords, native, pulled

if TYPE_CHECKING:
    from ..runtime.context import RunContext


_HASHED_PER_STEP = 4
"""Elements hashed into a dict or Counter per step (several times slower than a plain scan)."""
_GROWTH_CHUNK = 4096
"""Elements fed to a growing container between two checks of the container limit."""


def _grow(
    ctx: RunContext,
    container: Any,
    other: Any,
    add: Callable[[Any], None],
    charge_hashed: Callable[[RunContext, Any], None] | None = None,
) -> None:
    """`add(other)` (an `update`/`extend`), paid for, checking the container limit as it grows: a
    mapping at once (its size is known), anything else in chunks, so `Counter(range(10**8))` fails
    after a few thousand elements instead of after building a huge container. Hashed tuple keys
    are charged by their size through `charge_hashed` (`charge_keys` when the elements are keys,
    `charge_pair_keys` when they are `(key, value)` pairs; a deque's check of nested deques)."""
    if isinstance(other, Mapping):
        ctx.charge(len(other) // _HASHED_PER_STEP + 1)  # pyright: ignore[reportUnknownArgumentType]
        if charge_hashed is not None:
            charge_keys(ctx, other)
        add(other)
        ctx.check_container_length(len(container))
        return
    if isinstance(other, str | bytes):  # many elements, few distinct keys at most
        ctx.charge(len(other) // _HASHED_PER_STEP + 1)
        add(other)
        ctx.check_container_length(len(container))
        return
    if other is container:  # `d.extend(d)`: CPython copies the deque first
        other = list(pulled(ctx, other))
    iterator = pulled(ctx, other)

    def add_chunk(chunk: list[Any]) -> None:
        ctx.charge(len(chunk) // _HASHED_PER_STEP)
        if charge_hashed is not None:
            charge_hashed(ctx, chunk)
        add(chunk)
        ctx.check_container_length(len(container))

    while True:
        chunk: list[Any] = []
        try:
            chunk.extend(itertools.islice(iterator, _GROWTH_CHUNK))
        except Exception as error:
            # CPython adds each element as it comes: those pulled before the error stay
            if chunk and not isinstance(error, PtcError):
                add_chunk(chunk)
            raise
        if not chunk:
            return
        add_chunk(chunk)


def _update(ctx: RunContext, target: dict[Any, Any], other: Any = (), /, **kwargs: Any) -> None:
    _grow(ctx, target, other, target.update, charge_pair_keys)
    if kwargs:
        target.update(kwargs)
        ctx.check_container_length(len(target))


def _one_optional(method: str, args: tuple[Any, ...]) -> Any:
    """The optional positional argument of a `Counter` method, with CPython's message (it counts
    `self`) when there are more."""
    if len(args) > 1:
        raise TypeError(
            f"Counter.{method}() takes from 1 to 2 positional arguments but {len(args) + 1} were given"
        )
    return args[0] if args else None


def _counter_update(ctx: RunContext, counter: Counter[Any], *args: Any, **kwargs: Any) -> None:
    other = _one_optional("update", args)
    if other is not None:
        _grow(ctx, counter, other, counter.update, charge_keys)
    if kwargs:
        counter.update(kwargs)
        ctx.check_container_length(len(counter))


def _counter_subtract(ctx: RunContext, counter: Counter[Any], *args: Any, **kwargs: Any) -> None:
    other = _one_optional("subtract", args)
    if other is not None:
        _grow(ctx, counter, other, counter.subtract, charge_keys)
    if kwargs:
        counter.subtract(kwargs)
        ctx.check_container_length(len(counter))


def _most_common(ctx: RunContext, counter: Counter[Any], n: int | None = None) -> list[tuple[Any, int]]:
    charge_sort(ctx, len(counter))
    return counter.most_common(n)


def _elements(ctx: RunContext, counter: Counter[Any]) -> ShimIterator:
    return ShimIterator("itertools.chain", counter.elements(), ctx)


def _ordered_popitem(target: OrderedDict[Any, Any], last: bool = True) -> tuple[Any, Any]:
    return target.popitem(last)


def _move_to_end(target: OrderedDict[Any, Any], key: Any, last: bool = True) -> None:
    target.move_to_end(key, last)


def _check_nested_deques(ctx: RunContext, items: Any) -> None:
    """A deque frees its elements without CPython's deallocation guard (the "trashcan" lists, tuples
    and dicts use), so dropping a deque nested in a deque 300,000 times overflows the C stack: a
    deque put in a deque must be within the nesting limit (`structure.weigh`)."""
    if deque in map(type, items):
        for item in items:
            if type(item) is deque:
                weigh(ctx, (item,))


def _deque_append(ctx: RunContext, target: deque[Any], item: Any, /) -> None:
    if target.maxlen is None:
        ctx.check_container_length(len(target) + 1)
    if type(item) is deque:
        _check_nested_deques(ctx, (item,))
    target.append(item)


def _deque_appendleft(ctx: RunContext, target: deque[Any], item: Any, /) -> None:
    if target.maxlen is None:
        ctx.check_container_length(len(target) + 1)
    if type(item) is deque:
        _check_nested_deques(ctx, (item,))
    target.appendleft(item)


def _deque_insert(ctx: RunContext, target: deque[Any], index: int, item: Any, /) -> None:
    ctx.check_container_length(len(target) + 1)
    if type(item) is deque:
        _check_nested_deques(ctx, (item,))
    target.insert(index, item)


def _deque_extend(ctx: RunContext, target: deque[Any], items: Iterable[Any], /) -> None:
    _grow(ctx, target, items, target.extend, _check_nested_deques)


def _deque_extendleft(ctx: RunContext, target: deque[Any], items: Iterable[Any], /) -> None:
    _grow(ctx, target, items, target.extendleft, _check_nested_deques)


def _deque_rotate(ctx: RunContext, target: deque[Any], n: int = 1, /) -> None:
    n = operator_index(n)  # CPython's message for a non-integer, and a program `__index__`
    if target:
        charge_elements(ctx, min(abs(n), len(target)))
    target.rotate(n)


def _counter_fromkeys(iterable: Any, v: Any = None) -> NoReturn:
    """CPython disables `Counter.fromkeys`, with this message."""
    raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")


def _counter_fromkeys_of(counter: Counter[Any], iterable: Any, v: Any = None) -> NoReturn:
    _counter_fromkeys(iterable, v)


_COUNTER_TABLE: TypeTable = {
    "fromkeys": Method(_counter_fromkeys_of, CONSTANT),
    "update": Method(_counter_update, LINEAR_IN_ARGUMENT),
    "subtract": Method(_counter_subtract, LINEAR_IN_ARGUMENT),
    "most_common": Method(_most_common, SORTING),
    "elements": Method(_elements, LAZY),
    "total": Method(Counter.total, LINEAR_IN_RECEIVER),
}


def _deque_index(items: deque[Any], item: Any, *bounds: Any) -> int:
    return index_without_repr(items, item, *bounds, kind="deque")


def _deque_search(native: Callable[..., Any]) -> Callable[..., Any]:
    """`count`, `index`, `remove`: each element is compared with the item, walking into it when it is
    a container (`charge_comparisons`), and a long text searched for is compared with each element of
    its length (`charge_text_search`)."""

    def search(ctx: RunContext, items: deque[Any], *args: Any) -> Any:
        if args:  # each element compared with the item: deeply when it is a container
            charge_comparisons(ctx, len(items), args[0])
            charge_text_search(ctx, args[0], items)
        return native(items, *args)  # no argument: CPython's own message

    return search


_DEQUE_TABLE: TypeTable = {
    "append": Method(_deque_append, SIZE_CHECKED),
    "appendleft": Method(_deque_appendleft, SIZE_CHECKED),
    "insert": Method(_deque_insert, SIZE_CHECKED),
    "extend": Method(_deque_extend, LINEAR_IN_ARGUMENT),
    "extendleft": Method(_deque_extendleft, LINEAR_IN_ARGUMENT),
    "pop": Method(deque.pop, CONSTANT),
    "popleft": Method(deque.popleft, CONSTANT),
    "rotate": Method(_deque_rotate, SCAN),
    "clear": Method(deque.clear, CONSTANT),
    "copy": Method(deque.copy, LINEAR_IN_RECEIVER),
    "count": Method(_deque_search(deque.count), SCAN),
    "index": Method(_deque_search(_deque_index), SCAN),
    "remove": Method(_deque_search(deque.remove), SCAN),
    "reverse": Method(deque.reverse, LINEAR_IN_RECEIVER),
    "maxlen": Property(lambda d: d.maxlen, CONSTANT),
}


def _set_default_factory(mapping: defaultdict[Any, Any], factory: Any) -> None:
    """CPython stores any value, unchecked: a non-callable fails when a missing key calls it."""
    mapping.default_factory = factory


def _fromkeys_of(ctx: RunContext, mapping: dict[Any, Any], *args: Any, **kwargs: Any) -> dict[Any, Any]:
    """`defaultdict.fromkeys(keys)` (dict's classmethod: positional only, a defaultdict without a
    factory) or `OrderedDict.fromkeys(iterable, value=None)`, on the class or one of its values: a
    new mapping of that class, with CPython's argument messages."""
    if isinstance(mapping, OrderedDict):
        if len(args) > 2:
            raise TypeError(f"fromkeys() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
        bound = dict(zip(("iterable", "value"), args, strict=False))
        for key, value in kwargs.items():
            if key not in ("iterable", "value"):
                raise TypeError(f"{key!r} is an invalid keyword argument for fromkeys()")
            if key in bound:
                position = 1 if key == "iterable" else 2
                raise TypeError(f"argument for fromkeys() given by name ({key!r}) and position ({position})")
            bound[key] = value
        if "iterable" not in bound:
            raise TypeError("fromkeys() missing required argument 'iterable' (pos 1)")
        iterable, value = bound["iterable"], bound.get("value")
    else:
        iterable, value = fromkeys_arguments("fromkeys", args, kwargs)
    keys = materialize(ctx, iterable)
    charge_keys(ctx, keys)
    return type(mapping).fromkeys(keys, value)


TYPE_TABLES: dict[type, TypeTable] = {
    Counter: _COUNTER_TABLE,
    OrderedDict: {
        "popitem": Method(_ordered_popitem, CONSTANT),
        "move_to_end": Method(_move_to_end, KEYED),
        "fromkeys": Method(_fromkeys_of, LINEAR_IN_ARGUMENT),
    },
    defaultdict: {
        "default_factory": Property(lambda d: d.default_factory, CONSTANT, _set_default_factory),
        # what `d[key]` calls for a missing key: the factory's value, stored under the key
        "__missing__": Method(defaultdict.__missing__, KEYED),
        "fromkeys": Method(_fromkeys_of, LINEAR_IN_ARGUMENT),
    },
    deque: _DEQUE_TABLE,
}


class NamedTupleBase(tuple[Any, ...], PtcObject):
    """Instances of a class made by `namedtuple(...)`: real tuples (indexing, unpacking, `==`,
    ordering, `json.dumps` as a list) whose fields read as attributes."""

    __slots__ = ()
    ptc_fields: tuple[str, ...] = ()
    ptc_name = "namedtuple"
    ptc_private_names = True

    ptc_defaults: ClassVar[dict[str, Any]] = {}
    ptc_native_class: ClassVar[Any] = None
    """The `NativeClass` the program holds for this class (what a classmethod receives)."""

    @property
    def ptc_program_type(self) -> Any:
        """What `type(p)` gives the program (`builtins.types`): the class it made, `type(p) is P`."""
        return type(self).ptc_native_class

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        cls = type(self)
        fields = cls.ptc_fields
        if name in fields:
            return self[fields.index(name)]
        if name == "_asdict":
            return NativeFunction("_asdict", lambda: dict(zip(fields, self, strict=True)))
        if name == "_replace":
            return NativeFunction("_replace", partial(_replace, self))
        member = _class_member(cls, name)
        if member is not None:
            return member
        if name == "__doc__":
            return cls.ptc_native_class.members["__doc__"]
        if name == "__getnewargs__":  # the fields, as CPython's named tuple gives them to `copy`
            return NativeFunction("__getnewargs__", lambda: tuple(self))
        if (
            name[:1] != "_" or name in USER_DUNDERS or private_name(name)
        ):  # a `typing.NamedTuple` class body's
            value = class_lookup(cls, name)
            if isinstance(value, ClassMethod):
                return BoundMethod(value.function, cls.ptc_native_class)
            if value is not MISSING:
                return bind_class_member(value, self, cls)
        message = f"{ptc_type_name(self)!r} object has no attribute {name!r}"
        raise missing_attribute(message, name, fields)

    def __repr__(self) -> str:
        pairs = ", ".join(
            f"{field}={value!r}" for field, value in zip(type(self).ptc_fields, self, strict=True)
        )
        return f"{type(self).ptc_name}({pairs})"


def _replace(self: NamedTupleBase, **changes: Any) -> NamedTupleBase:
    cls = type(self)
    fields = cls.ptc_fields
    unknown = [name for name in changes if name not in fields]
    if unknown:
        raise ValueError(f"Got unexpected field names: {unknown!r}")
    return cls(changes.get(name, value) for name, value in zip(fields, self, strict=True))


def _class_member(cls: type[NamedTupleBase], name: str) -> Any:
    """`_fields`, `_field_defaults` and `_make`, on the class and its instances."""
    if name == "_fields":
        return cls.ptc_fields
    if name == "_field_defaults":
        return dict(cls.ptc_defaults)
    if name == "_make":

        def make(iterable: Any) -> NamedTupleBase:
            # Never more than one element past the fields: `_make(range(10**8))` or an endless
            # iterator would otherwise be drained natively, uncharged, before its length is checked.
            count = len(cls.ptc_fields)
            values = tuple(itertools.islice(native_iter(iterable), count + 1))
            if len(values) != count:
                if type(iterable) in SIZED_TYPES:
                    got = str(len(iterable))
                else:
                    got = f"{count + 1} or more" if len(values) > count else str(len(values))
                raise TypeError(f"Expected {count} arguments, got {got}")
            return cls(values)

        return NativeFunction("_make", make)
    return None


_MAX_FIELDS = 1_000
"""Field names a namedtuple may have (its fields are read and checked natively, uncharged)."""


def namedtuple_class(
    typename: str,
    field_names: str | Iterable[str],
    *,
    rename: bool = False,
    defaults: Iterable[Any] | None = None,
    module: Any = None,
) -> NativeClass:
    return make_named_tuple(typename, field_names, rename=rename, defaults=defaults)


def make_named_tuple(
    typename: str,
    field_names: str | Iterable[str],
    *,
    rename: bool = False,
    defaults: Iterable[Any] | None = None,
    namespace: dict[str, Any] | None = None,
) -> NativeClass:
    """A named tuple class; `namespace` is a `typing.NamedTuple` class body's methods and attributes."""
    if isinstance(field_names, str):
        if len(field_names) > _MAX_FIELDS * 100:
            raise ValueError(f"namedtuple() takes at most {_MAX_FIELDS} field names")
        names = field_names.replace(",", " ").split()
    else:
        names = list(itertools.islice(field_names, _MAX_FIELDS + 1))  # an endless iterable ends here
    if len(names) > _MAX_FIELDS:
        raise ValueError(f"namedtuple() takes at most {_MAX_FIELDS} field names")
    # CPython's checks, in its order. Never more than 100 characters of a name in a message: a
    # program's name can be any size.
    seen: set[str] = set()
    if rename:  # a name that would be refused becomes its position: `_1`
        for index, name in enumerate(names):
            if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") or name in seen:
                names[index] = f"_{index}"
            seen.add(name)
    for name in [typename, *names]:
        if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name[:100]!r}")
        if keyword.iskeyword(name):
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen.clear()
    for name in names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name[:100]!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name[:100]!r}")
        seen.add(name)
    fields = tuple(names)
    # at most one past the fields (an endless `defaults` iterable ends here, as `field_names` does)
    default_values = (
        tuple(itertools.islice(native_iter(defaults), len(fields) + 1)) if defaults is not None else ()
    )
    if len(default_values) > len(fields):
        raise TypeError("Got more default values than field names")
    cls = type(
        typename,
        (NamedTupleBase,),
        {
            "__slots__": (),
            "ptc_fields": fields,
            "ptc_name": typename,
            "ptc_match_args": fields,
            "ptc_defaults": dict(
                zip(fields[len(fields) - len(default_values) :], default_values, strict=True)
            ),
            "ptc_namespace": namespace or {},
            "ptc_program_repr": namespace is not None and "__repr__" in namespace,
            **_program_dunders(namespace or {}),
        },
    )

    def construct(*args: Any, **kwargs: Any) -> NamedTupleBase:
        values = dict(zip(fields, args, strict=False))
        # keywords are bound before the positional arguments are counted, as CPython's `__new__`
        bind_keywords(f"{typename}.__new__", values, kwargs, fields)
        if len(args) > len(fields):
            # CPython counts the class, as `__new__`'s first argument
            raise too_many_positional(
                f"{typename}.__new__", len(fields) + 1, len(default_values), len(args) + 1, (), None
            )
        for name, value in zip(fields[len(fields) - len(default_values) :], default_values, strict=True):
            values.setdefault(name, value)
        missing = [name for name in fields if name not in values]
        if missing:
            raise missing_arguments(f"{typename}.__new__", missing)
        return cls(values[name] for name in fields)

    members = {name: _class_member(cls, name) for name in ("_fields", "_field_defaults", "_make")}
    # CPython 3.11's generated docstring: the fields as a tuple's repr without quotes ('P(x,)')
    members["__doc__"] = f"{typename}({repr(fields).replace(chr(39), '')[1:-1]})"
    native_class = NativeClass(typename, cls, construct, members)
    cls.ptc_native_class = native_class
    for name, value in (namespace or {}).items():
        if isinstance(value, StaticMethod):
            members[name] = value.function
        elif isinstance(value, ClassMethod):
            members[name] = BoundMethod(value.function, native_class)
        else:
            members[name] = value
    native_class.members.update(members)
    return native_class


def _program_dunders(namespace: dict[str, Any]) -> dict[str, Any]:
    """The program dunders of a `typing.NamedTuple` body, as the host dunders that call them. A
    named tuple's `==` and `hash` stay the tuple's (so it stays equal to, and hashed as, its tuple);
    CPython forbids redefining `__init__`."""
    dunders: dict[str, Any] = {}
    for name, value in namespace.items():
        if name == "__init__":
            raise AttributeError("Cannot overwrite NamedTuple attribute __init__")
        if name in ("__eq__", "__hash__"):
            raise TypeError(
                f"a NamedTuple class cannot define {name} here: it compares and hashes as its tuple"
            )
        if name in USER_DUNDERS and isinstance(value, ProgramFunction):
            dunders[name] = _calling(value)
    return dunders


def _calling(function: ProgramFunction) -> Callable[..., Any]:
    def dunder(self: Any, *args: Any) -> Any:
        return function(self, *args)

    return dunder


def make_module(ctx: RunContext) -> ShimModule:
    def new_counter(iterable: Any = None, /, **kwargs: Any) -> Counter[Any]:
        counter: Counter[Any] = Counter()
        _counter_update(ctx, counter, iterable, **kwargs)
        return counter

    def new_ordered_dict(other: Any = (), /, **kwargs: Any) -> OrderedDict[Any, Any]:
        result: OrderedDict[Any, Any] = OrderedDict()
        _update(ctx, result, other, **kwargs)
        return result

    def new_defaultdict(
        default_factory: Any = None, other: Any = (), /, **kwargs: Any
    ) -> defaultdict[Any, Any]:
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        result: defaultdict[Any, Any] = defaultdict(default_factory)
        _update(ctx, result, other, **kwargs)
        return result

    def new_deque(iterable: Iterable[Any] = (), maxlen: int | None = None) -> deque[Any]:
        result: deque[Any] = deque(maxlen=maxlen)
        _deque_extend(ctx, result, iterable)
        return result

    def new_namedtuple(
        typename: Any,
        field_names: Any,
        *,
        rename: Any = False,
        defaults: Iterable[Any] | None = None,
        module: Any = None,
    ) -> NativeClass:
        """CPython's `namedtuple` str()s every field name, then the type name (`namedtuple('P', [1])`
        fails on the identifier check, not on the type)."""
        if not isinstance(field_names, str):
            pulled_names = itertools.islice(field_names, _MAX_FIELDS + 1)  # an endless iterable ends here
            field_names = [name if type(name) is str else program_str(name, ctx) for name in pulled_names]
        if type(typename) is not str:
            typename = program_str(typename, ctx)
        return namedtuple_class(typename, field_names, rename=bool(rename), defaults=defaults, module=module)

    return ShimModule(
        "collections",
        {
            "Counter": NativeClass(
                "collections.Counter",
                Counter,
                new_counter,
                {"fromkeys": native("fromkeys", _counter_fromkeys)},
            ),
            "OrderedDict": NativeClass(
                "collections.OrderedDict",
                OrderedDict,
                new_ordered_dict,
                {"fromkeys": native("fromkeys", partial(_fromkeys_of, ctx, OrderedDict()))},
            ),
            "defaultdict": NativeClass(
                "collections.defaultdict",
                defaultdict,
                new_defaultdict,
                {"fromkeys": native("fromkeys", partial(_fromkeys_of, ctx, defaultdict()))},
            ),
            "deque": NativeClass("collections.deque", deque, new_deque),
            "namedtuple": native("namedtuple", new_namedtuple),
        },
    )
