"""Operators as the compiler calls them: `BINARY[ast.Add](ctx, a, b)`, `COMPARE[ast.In](ctx, a, b)`.

Native operators are fast but some allocate without bound (`"x" * 10**12`, `2 ** 10**9`,
`1 << 10**9`), loop in C without charging (`x in huge_list`, `list += endless_iterator`) or hand the
program a native hash-ordered `set` (`d.keys() & other`). Each function here takes the common
int/float/str cases first with no extra work, and otherwise checks the size of the result *before*
computing it, charges native loops, and turns dict-view set operations into ordered sets.
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

import ast
import operator
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Mapping, Sized
from typing import Any

from .allowlist import PtcObject, ptc_type_name
from .budget import (
    BIG_OPERAND,
    FREE_KEY_TYPES,
    HASH_MODULUS,
    MINUS_HASH_MODULUS,
    NESTED_TYPES,
    NUMBER_LEAVES,
    SMALL_COPY_CHARS,
    charge_big_arithmetic,
    charge_comparisons,
    charge_copy,
    charge_counter_loop,
    charge_elements,
    charge_entries,
    charge_key,
    charge_keys,
    charge_pair_keys,
    charge_scan,
    charge_sequence_comparison,
    charge_stored_keys,
    charge_text_search,
    charged_iter,
    deep_text_volume,
    materialize,
    materialize_into,
)
from .context import RunContext
from .exceptions import recursion_error
from .format import percent_format
from .indexing import index_method, program_index, sequence_key
from .lazy import native_iter
from .structure import is_nested, weigh
from .values import (  # pyright: ignore[reportPrivateUsage]
    ITEMS_VIEW,
    KEYS_VIEW,
    ORDERED_ITEMS_VIEW,
    SET_LIKE_VIEWS,
    VALUES_VIEW,
    FrozenOrderedSet,
    OrderedSet,
    OrderedSetBase,
)

BinaryOperator = Callable[[RunContext, Any, Any], Any]
BinaryNative = Callable[[Any, Any], Any]
UnaryOperator = Callable[[RunContext, Any], Any]

_SMALL_INT = 1 << 62
"""Ints strictly inside ±2**62 skip the bit-limit check (max_int_bits is assumed to be at least 64)."""

_DICT_VIEWS = SET_LIKE_VIEWS


# -- size checks ------------------------------------------------------------------------------------


def _check_int(ctx: RunContext, value: Any) -> Any:
    if type(value) is int and not -_SMALL_INT < value < _SMALL_INT:
        ctx.check_int_bits(value.bit_length())
    return value


def _check_sized_result(ctx: RunContext, sample: Any, length: int) -> None:
    """Before building a str/bytes/list/tuple of `length` items like `sample`, check and charge."""
    if isinstance(sample, (str, bytes)):
        ctx.check_str_length(length)
        if length > SMALL_COPY_CHARS:
            charge_copy(ctx, length)
    else:
        ctx.check_container_length(length)
        charge_elements(ctx, length)


def _repeat_count(value: Any) -> int | None:
    cls: type[Any] = type(value)
    return value if cls is int or cls is bool else None


_INDEX_MAX = 2**63 - 1
"""CPython's `Py_ssize_t` range (a 64-bit build: `sys.maxsize`, as the program's `sys` shows it)."""


def _index_sized(count: int, sequence: Any) -> int:
    """A repeat count as CPython takes it: one past `Py_ssize_t` is its `OverflowError`, before any
    size is considered (`'x' * 10**100`), for a sequence that repeats at all; a negative one repeats
    nothing."""
    if not -_INDEX_MAX - 1 <= count <= _INDEX_MAX and hasattr(type(sequence), "__mul__"):
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return max(count, 0)


def _is_native_sequence(value: Any) -> bool:
    return isinstance(value, (str, bytes, list, tuple)) and not isinstance(value, PtcObject)


# -- arithmetic -------------------------------------------------------------------------------------


def add(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        result = a + b
        if -_SMALL_INT < result < _SMALL_INT:
            return result
        ctx.check_int_bits(result.bit_length())
        return result
    if ta is str and type(b) is str:
        length = len(a) + len(b)
        if length > SMALL_COPY_CHARS:
            ctx.check_str_length(length)
            charge_copy(ctx, length)
        return a + b
    if ta is float:
        return a + b
    if ta is list and type(b) is list:
        length = len(a) + len(b)
        ctx.check_container_length(length)
        if length > SMALL_COPY_CHARS:
            charge_elements(ctx, length)
        return a + b
    if _is_native_sequence(a) and type(a) is type(b):
        _check_sized_result(ctx, a, len(a) + len(b))
    elif ta is deque and type(b) is deque:
        _check_deque_growth(ctx, a, len(b))
    elif ta is Counter:
        charge_counter_loop(ctx, a, b)
    return _check_int(ctx, a + b)


def _check_deque_growth(ctx: RunContext, target: deque[Any], added: int) -> None:
    """`d + e`, `d += e`: the result holds both (up to a `maxlen`), copied element by element."""
    length = len(target) + added
    ctx.check_container_length(length if target.maxlen is None else min(length, target.maxlen))
    charge_elements(ctx, length)


def sub(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        result = a - b
        if -_SMALL_INT < result < _SMALL_INT:
            return result
        ctx.check_int_bits(result.bit_length())
        return result
    if ta is float:
        return a - b
    if ta in _DICT_VIEWS or type(b) in _DICT_VIEWS:
        return _view_difference(ctx, a, b)
    if isinstance(a, OrderedSetBase):
        return _checked_set_result(ctx, a, b, OrderedSet.__sub__)
    if isinstance(a, Counter):
        charge_counter_loop(ctx, a, b)
    return _check_int(ctx, a - b)


def mul(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    tb: type[Any] = type(b)
    if ta is int and tb is int:
        result = a * b
        if -_SMALL_INT < result < _SMALL_INT:
            return result
        ctx.check_int_bits(result.bit_length())
        if not -BIG_OPERAND < result < BIG_OPERAND:
            charge_big_arithmetic(ctx, a.bit_length(), b.bit_length())
        return result
    if ta is float and (tb is float or tb is int):
        return a * b
    count = _repeat_count(b)
    if count is not None and _is_sized_repeatable(a):
        _check_sized_result(ctx, a, len(a) * _index_sized(count, a))
        return a * b
    count = _repeat_count(a)
    if count is not None and _is_sized_repeatable(b):
        _check_sized_result(ctx, b, len(b) * _index_sized(count, b))
        return a * b
    if _is_sized_repeatable(a) and index_method(b) is not None:
        return _repeat_by_index(ctx, a, b, "__rmul__")
    if _is_sized_repeatable(b) and index_method(a) is not None:
        return _repeat_by_index(ctx, b, a, "__mul__")
    return _check_int(ctx, a * b)


def _repeat_by_index(ctx: RunContext, sequence: Any, instance: Any, operator_name: str) -> Any:
    """`seq * obj` or `obj * seq` for a program instance with `__index__`: as in CPython, its own
    `__rmul__`/`__mul__` first, then repetition by its `__index__`, size-checked like an int's."""
    own = getattr(type(instance), operator_name, None)
    if own is not None:
        result = own(instance, sequence)
        if result is not NotImplemented:
            return result
    count = program_index(instance, index_method(instance))
    _check_sized_result(ctx, sequence, len(sequence) * max(count, 0))
    return sequence * count


def _is_sized_repeatable(value: Any) -> bool:
    """Native sequences (and native containers from module shims, such as deque) that `*` repeats."""
    return not isinstance(value, (PtcObject, int, float)) and hasattr(type(value), "__len__")


def truediv(ctx: RunContext, a: Any, b: Any) -> Any:
    return a / b


def floordiv(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) is int and not -BIG_OPERAND < a < BIG_OPERAND and type(b) is int:
        charge_big_arithmetic(ctx, a.bit_length(), b.bit_length())
    return a // b


def mod(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        if not -BIG_OPERAND < a < BIG_OPERAND:
            charge_big_arithmetic(ctx, a.bit_length(), b.bit_length())
        return a % b
    if ta is str:
        return percent_format(ctx, a, b)
    if ta is bytes:
        raise TypeError("%-formatting of bytes is not supported; format a str and .encode() it")
    return a % b


def power(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int and b > 0:
        _check_int_power(ctx, a, b)
        return _check_int(ctx, a**b)
    if isinstance(a, int) and isinstance(b, int) and b > 0:
        _check_int_power(ctx, int(a), int(b))
    return _check_int(ctx, a**b)


def _check_int_power(ctx: RunContext, base: int, exponent: int) -> None:
    """Refuse a power whose result exceeds the int limit before computing it, and charge a big one
    by its size (repeated squaring: about a big multiplication per exponent bit)."""
    bits = abs(base).bit_length()
    if bits <= 1:
        return
    result_bits = (bits - 1) * exponent + 1
    ctx.check_int_bits(result_bits)
    if result_bits > 1024:
        charge_big_arithmetic(ctx, result_bits, result_bits)


def lshift(ctx: RunContext, a: Any, b: Any) -> Any:
    if isinstance(a, int) and isinstance(b, int) and a and b > 0:
        ctx.check_int_bits(int(a).bit_length() + int(b))
    return a << b


def rshift(ctx: RunContext, a: Any, b: Any) -> Any:
    return a >> b


OBJECT_OPERATOR_STEPS = 1
"""An operator whose operand is neither plain data nor a container runs Python code of the operand's
class, costing about an ordinary step: `|`, `&`, `^`, `~` (a Flag member looks its result up, a
regex flag or a typing form builds a new one), unary `-`/`+` (a Fraction), comparisons and `in` (an
enum member's `==`, a UUID's `<`, a pattern's `==`, a Flag's `in`). Operators are otherwise free, so
a 12-term `re.I|re.I|…` ran 4-7 times the calibration loop's CPU per step, `~~~…~x` 90 deep on a Flag
member 73 times, 28 `-` on a Fraction 19 times, 8 UUID comparisons in one statement 5 times."""


def bitor(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        return a | b
    if ta in _DICT_VIEWS or type(b) in _DICT_VIEWS:
        return _view_union(ctx, a, b)
    if isinstance(a, dict) and isinstance(b, dict) and not isinstance(a, PtcObject):
        ctx.check_container_length(len(a) + len(b))  # pyright: ignore[reportUnknownArgumentType]
        charge_entries(ctx, len(a) + len(b))  # pyright: ignore[reportUnknownArgumentType]
        charge_stored_keys(ctx, a)  # pyright: ignore[reportUnknownArgumentType]
        charge_stored_keys(ctx, b)  # pyright: ignore[reportUnknownArgumentType]
        return a | b  # pyright: ignore[reportUnknownVariableType]
    if isinstance(a, OrderedSetBase):
        return _checked_set_result(ctx, a, b, OrderedSet.__or__)
    ctx.charge(OBJECT_OPERATOR_STEPS)
    return a | b


def bitand(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        return a & b
    if ta in _DICT_VIEWS or type(b) in _DICT_VIEWS:
        return _view_intersection(ctx, a, b)
    if isinstance(a, OrderedSetBase):
        return _checked_set_result(ctx, a, b, OrderedSet.__and__)
    if isinstance(a, Counter):
        charge_counter_loop(ctx, a, b)
    ctx.charge(OBJECT_OPERATOR_STEPS)
    return a & b


def bitxor(ctx: RunContext, a: Any, b: Any) -> Any:
    ta: type[Any] = type(a)
    if ta is int and type(b) is int:
        return a ^ b
    if ta in _DICT_VIEWS or type(b) in _DICT_VIEWS:
        return _view_symmetric_difference(ctx, a, b)
    if isinstance(a, OrderedSetBase):
        return _checked_set_result(ctx, a, b, OrderedSet.__xor__)
    ctx.charge(OBJECT_OPERATOR_STEPS)
    return a ^ b


def matmul(ctx: RunContext, a: Any, b: Any) -> Any:
    return a @ b


_NATIVE_SET_OPERATORS: Mapping[BinaryNative, BinaryNative] = {
    OrderedSet.__or__: operator.or_,
    OrderedSet.__and__: operator.and_,
    OrderedSet.__xor__: operator.xor,
    OrderedSet.__sub__: operator.sub,
}


def _checked_set_result(ctx: RunContext, a: OrderedSetBase, b: Any, operation: BinaryNative) -> Any:
    """A set operator: charged per entry of both operands first (it builds a new hash table), the
    result then checked against the container limit (at most twice the limit was allocated)."""
    charge_entries(ctx, len(a) + (len(b) if isinstance(b, Sized) else 0))
    _charge_stored_operands(ctx, a, b)
    result = operation(a, b)
    if result is NotImplemented:
        return _NATIVE_SET_OPERATORS[operation](a, b)  # the reflected operand's turn, or CPython's TypeError
    ctx.check_container_length(len(result))
    return result


def _charge_stored_operands(ctx: RunContext, a: Any, b: Any) -> None:
    """A set operator probes for each element of one operand in the other (`charge_stored_keys`)."""
    for operand in (a, b):
        if isinstance(operand, OrderedSetBase | dict) or type(operand) in _DICT_VIEWS:
            charge_stored_keys(ctx, operand)


_ITEMS_VIEWS = frozenset({ITEMS_VIEW, ORDERED_ITEMS_VIEW})


def _charged_items(ctx: RunContext, operand: Any) -> Any:
    """The elements of a set operator's operand, charged: per element, and per key hashed."""
    items = operand if isinstance(operand, OrderedSetBase) else materialize(ctx, operand)
    charge_entries(ctx, len(items))
    if isinstance(items, OrderedSetBase):
        charge_stored_keys(ctx, items)
    else:
        charge_keys(ctx, items)
    return items


def _view_as_set(ctx: RunContext, operand: Any) -> OrderedSet:
    """CPython's `dictviews_to_set`: a new set of the left operand's elements (an items view's
    `(key, value)` pairs are hashed here: an unhashable value raises)."""
    return OrderedSet(_charged_items(ctx, operand))


def _view_union(ctx: RunContext, a: Any, b: Any) -> OrderedSet:
    result = _view_as_set(ctx, a)
    result.update(_charged_items(ctx, b))
    ctx.check_container_length(len(result))
    return result


def _view_difference(ctx: RunContext, a: Any, b: Any) -> OrderedSet:
    result = _view_as_set(ctx, a)
    result.difference_update(_charged_items(ctx, b))
    return result


def _view_symmetric_difference(ctx: RunContext, a: Any, b: Any) -> OrderedSet:
    if type(a) in _ITEMS_VIEWS and type(b) in _ITEMS_VIEWS:
        return _items_symmetric_difference(ctx, a, b)
    result = _view_as_set(ctx, a)
    other = b if isinstance(b, OrderedSetBase) else OrderedSet(_charged_items(ctx, b))
    result.symmetric_difference_update(other)
    ctx.check_container_length(len(result))
    return result


def _items_symmetric_difference(ctx: RunContext, a: Any, b: Any) -> OrderedSet:
    """CPython's `dictitems_xor`: the pairs of either dict whose key the other lacks or maps to an
    unequal value, found by key, so values are compared but never hashed."""
    remaining = dict(a.mapping)
    pairs: Any = b.mapping
    charge_entries(ctx, len(remaining) + len(pairs))
    charge_stored_keys(ctx, pairs)
    result = OrderedSet()
    for key, value in pairs.items():
        if key in remaining and (remaining[key] is value or remaining[key] == value):
            del remaining[key]
        else:
            result.add((key, value))
    result.update(remaining.items())
    ctx.check_container_length(len(result))
    return result


def _view_intersection(ctx: RunContext, a: Any, b: Any) -> OrderedSet:
    """CPython's `_PyDictView_Intersect`: the elements of the other operand the view contains (an
    items view compares a pair's value with its key's, never hashing the value); a set at least as
    large as the view keeps the view's elements it holds instead, and of two views the larger one
    is asked about the smaller one's elements."""
    view, other = (a, b) if type(a) in _DICT_VIEWS else (b, a)
    if type(other) is OrderedSet and len(view) <= len(other):
        return OrderedSet(item for item in _charged_items(ctx, view) if item in other)
    if type(other) in _DICT_VIEWS and len(other) > len(view):
        view, other = other, view
    return OrderedSet(item for item in _charged_items(ctx, other) if item in view)


def get_slice(ctx: RunContext, obj: Any, key: slice) -> Any:
    """`obj[a:b:c]`: a slice of a str, bytes, list or tuple is a fresh copy, so it is charged by its
    length (`keep.append(big[1:])` in a loop would otherwise allocate without bound)."""
    cls = type(obj)
    if cls is str or cls is bytes or cls is list or cls is tuple:
        try:
            size = len(range(*key.indices(len(obj))))
        except TypeError:  # a bound that is a program instance with `__index__`
            key = sequence_key(obj, key)
            size = len(range(*key.indices(len(obj))))
        if size > SMALL_COPY_CHARS:
            if cls is str or cls is bytes:
                charge_copy(ctx, size)
            else:
                charge_elements(ctx, size)
    if cls is range or cls is deque:
        key = sequence_key(obj, key)
    return obj[key]


BINARY: Mapping[type[ast.operator], BinaryOperator] = {
    ast.Add: add,
    ast.Sub: sub,
    ast.Mult: mul,
    ast.Div: truediv,
    ast.FloorDiv: floordiv,
    ast.Mod: mod,
    ast.Pow: power,
    ast.LShift: lshift,
    ast.RShift: rshift,
    ast.BitOr: bitor,
    ast.BitAnd: bitand,
    ast.BitXor: bitxor,
    ast.MatMult: matmul,
}


# -- augmented assignment: in place for mutable containers, after the same checks ------------------


def inplace_add(ctx: RunContext, a: Any, b: Any) -> Any:
    # `list += iterable` and `deque += iterable` extend as the elements come, as `extend` does: an
    # iterator that raises midway leaves the elements before the error added
    if type(a) is list:

        def extend_list(items: Any) -> None:
            ctx.check_container_length(len(a) + len(items))
            if len(items) > SMALL_COPY_CHARS:
                charge_elements(ctx, len(items))
            a.extend(items)

        if type(b) is list:
            extend_list(b)
        else:
            materialize_into(ctx, b, extend_list)
        return a
    if type(a) is deque:

        def extend_deque(items: Any) -> None:
            _check_deque_growth(ctx, a, len(items))
            a.extend(items)

        if isinstance(b, deque):
            extend_deque(b)
        else:
            materialize_into(ctx, b, extend_deque)
        return a
    if isinstance(a, PtcObject):
        a += b
        return a
    return add(ctx, a, b)


def inplace_mul(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) is list:
        count = _repeat_count(b)
        if count is None and index_method(b) is not None:
            own = getattr(type(b), "__rmul__", None)
            result = NotImplemented if own is None else own(b, a)
            if result is not NotImplemented:
                return result
            b = program_index(b, index_method(b))
            count = b
        if count is not None:
            _check_sized_result(ctx, a, len(a) * _index_sized(count, a))
        a *= b
        return a
    if isinstance(a, PtcObject):
        a *= b
        return a
    return mul(ctx, a, b)


def inplace_or(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) is dict:

        def merge(items: Any) -> None:
            ctx.check_container_length(len(a) + len(items))
            charge_entries(ctx, len(items))
            if isinstance(items, dict):
                charge_stored_keys(ctx, items)  # pyright: ignore[reportUnknownArgumentType]
            else:
                charge_pair_keys(ctx, items)
            a.update(items)

        if isinstance(b, dict):
            merge(b)
        else:  # pairs merge as they come, as `update`: those before a failing pull stay
            materialize_into(ctx, b, merge)
        return a
    if type(a) is OrderedSet:
        if type(b) in _DICT_VIEWS:  # a set's `|=` takes only sets: `s | view` makes a new set
            return bitor(ctx, a, b)
        _charge_stored_operands(ctx, a, b)
        result = a.__ior__(b)
        if result is NotImplemented:
            raise TypeError(f"unsupported operand type(s) for |=: 'set' and {_type_name(b)!r}")
        charge_entries(ctx, len(b))
        ctx.check_container_length(len(a))
        return a
    if isinstance(a, PtcObject):
        a |= b
        return a
    return bitor(ctx, a, b)


def _inplace_set_operation(symbol: str, method: str, fallback: BinaryOperator) -> BinaryOperator:
    def operation(ctx: RunContext, a: Any, b: Any) -> Any:
        if type(a) is OrderedSet:
            if type(b) in _DICT_VIEWS:  # a set's in-place operators take only sets: a new set
                return fallback(ctx, a, b)
            charge_entries(ctx, len(a) + (len(b) if isinstance(b, Sized) else 0))
            _charge_stored_operands(ctx, a, b)
            result = getattr(a, method)(b)
            if result is NotImplemented:
                raise TypeError(f"unsupported operand type(s) for {symbol}: 'set' and {_type_name(b)!r}")
            return result
        if isinstance(a, PtcObject):
            return _native_inplace(symbol, a, b)
        return fallback(ctx, a, b)

    return operation


def _native_inplace(symbol: str, a: Any, b: Any) -> Any:
    if symbol == "&=":
        a &= b
    elif symbol == "-=":
        a -= b
    else:
        a ^= b
    return a


def _type_name(value: Any) -> str:
    return getattr(type(value), "ptc_name", type(value).__name__)


_SYMBOLS: Mapping[type[ast.operator], str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.BitOr: "|",
    ast.BitAnd: "&",
    ast.BitXor: "^",
    ast.MatMult: "@",
}


def _augmented(symbol: str, function: BinaryOperator) -> BinaryOperator:
    """`operator` failing as an augmented assignment does: "unsupported operand type(s) for +=",
    where the binary operator it falls back to names `+`."""
    binary = (
        "unsupported operand type(s) for ** or pow():"
        if symbol == "**"
        else f"unsupported operand type(s) for {symbol}:"
    )
    augmented = f"unsupported operand type(s) for {symbol}=:"

    def operation(ctx: RunContext, a: Any, b: Any) -> Any:
        try:
            return function(ctx, a, b)
        except TypeError as error:
            message = error.args[0] if len(error.args) == 1 else None
            if type(message) is str and message.startswith(binary):
                error.args = (augmented + message[len(binary) :],)
            raise

    return operation


_COUNTER_IN_PLACE: Mapping[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.iadd,
    ast.Sub: operator.isub,
    ast.BitOr: operator.ior,
    ast.BitAnd: operator.iand,
}


def _counter_in_place(in_place: Callable[[Any, Any], Any], fallback: BinaryOperator) -> BinaryOperator:
    """`c += d` on a Counter updates `c` itself, as CPython's `Counter.__iadd__` does (another name
    for the Counter sees the change; comparisons run in its order), charged per entry."""

    reads_items = in_place is not operator.iand  # `&=` looks keys up instead: `other[elem]`

    def operation(ctx: RunContext, a: Any, b: Any) -> Any:
        if type(a) is Counter:
            if isinstance(b, dict):
                ctx.check_container_length(len(a) + len(b))  # pyright: ignore[reportUnknownArgumentType]
                charge_counter_loop(ctx, a, b)
                return in_place(a, b)
            if not isinstance(b, PtcObject) and not hasattr(type(b), "items"):
                if reads_items:  # CPython's loop calls `other.items()`
                    raise AttributeError(f"{ptc_type_name(b)!r} object has no attribute 'items'")
                charge_counter_loop(ctx, a)  # subscripts a native `other` by each key: its own error
                return in_place(a, b)
        return fallback(ctx, a, b)

    return operation


INPLACE: Mapping[type[ast.operator], BinaryOperator] = {
    op: _augmented(
        _SYMBOLS[op],
        _counter_in_place(_COUNTER_IN_PLACE[op], function) if op in _COUNTER_IN_PLACE else function,
    )
    for op, function in {
        **BINARY,
        ast.Add: inplace_add,
        ast.Mult: inplace_mul,
        ast.BitOr: inplace_or,
        ast.BitAnd: _inplace_set_operation("&=", "__iand__", bitand),
        ast.Sub: _inplace_set_operation("-=", "__isub__", sub),
        ast.BitXor: _inplace_set_operation("^=", "__ixor__", bitxor),
    }.items()
}
"""Augmented assignment (`x += y`): mutates lists, dicts and sets in place like CPython."""


# -- unary ------------------------------------------------------------------------------------------


def negative(ctx: RunContext, a: Any) -> Any:
    _charge_unary(ctx, a)
    return -a


def positive(ctx: RunContext, a: Any) -> Any:
    _charge_unary(ctx, a)
    return +a


def _charge_unary(ctx: RunContext, a: Any) -> None:
    cls: type[Any] = type(a)
    if cls is int or cls is float or cls is bool:
        return
    if isinstance(a, Counter):
        charge_counter_loop(ctx, a)
    else:
        ctx.charge(OBJECT_OPERATOR_STEPS)


def invert(ctx: RunContext, a: Any) -> Any:
    if type(a) is not int:
        ctx.charge(OBJECT_OPERATOR_STEPS)
    return ~a


def logical_not(ctx: RunContext, a: Any) -> Any:
    return not a


UNARY: Mapping[type[ast.unaryop], UnaryOperator] = {
    ast.USub: negative,
    ast.UAdd: positive,
    ast.Invert: invert,
    ast.Not: logical_not,
}


# -- comparisons ------------------------------------------------------------------------------------

_SCALARS = frozenset({int, float, bool, type(None)})
_CHARGED_BY_LENGTH: frozenset[type[Any]] = frozenset({OrderedSet, FrozenOrderedSet, deque}) | SET_LIKE_VIEWS
"""Compared natively entry by entry (list, tuple and dict are `NESTED_TYPES`, charged by estimate)."""


_FREE_OPERANDS: frozenset[type[Any]] = _SCALARS | {str, bytes}


def _charge_comparison(ctx: RunContext, a: Any, b: Any) -> None:
    cls: type[Any] = type(a)
    if cls is str or cls is bytes:
        if len(a) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(a))
    elif cls in NESTED_TYPES:
        _charge_deep_comparison(ctx, a, b)
        if cls is not dict:
            charge_sequence_comparison(ctx, a, b)
    elif cls in _CHARGED_BY_LENGTH:
        charge_elements(ctx, len(a))
        if cls is ITEMS_VIEW or cls is ORDERED_ITEMS_VIEW:  # values compared with ==
            charge_elements(ctx, weigh(ctx, tuple(a.mapping.values())))
        elif is_nested(a):  # sets, deques: their elements compared (or hashed) deeply
            _charge_deep_comparison(ctx, a, b)
    elif isinstance(a, Counter):  # compared by a Python loop over both
        charge_counter_loop(ctx, a, b)
        _charge_deep_comparison(ctx, a, b)
    elif is_nested(a):  # OrderedDict, defaultdict, namedtuples
        _charge_deep_comparison(ctx, a, b)
        if isinstance(a, OrderedDict) and isinstance(b, OrderedDict):  # compared as dicts, then in order
            charge_elements(ctx, len(a))
    elif cls not in _SCALARS or type(b) not in _FREE_OPERANDS:
        ctx.charge(OBJECT_OPERATOR_STEPS)
    if ctx.hash_collisions.flooded:  # dicts and sets compare by probing for each key in the other
        _charge_stored_operands(ctx, a, b)


def _charge_deep_comparison(ctx: RunContext, a: Any, b: Any) -> None:
    """A native comparison of two containers walks both in step, and stops at the smaller. When
    `a` holds only plain values (its weight is its length), no element comparison goes deeper, so
    `b` is not weighed."""
    weight = weigh(ctx, a)
    nested = weight > len(a)
    if weight > 16 and nested and is_nested(b):
        weight = min(weight, weigh(ctx, b))
    charge_elements(ctx, weight)
    if nested or isinstance(a, dict):  # the texts inside (a list's own: `charge_sequence_comparison`)
        if (
            isinstance(a, dict)
            and NUMBER_LEAVES.issuperset(map(type, a))
            and NUMBER_LEAVES.issuperset(map(type, a.values()))
        ):
            return  # numbers only: no text to find, two C passes
        if weight > 16:  # the walk for texts visits each element once more (a small one: free)
            charge_elements(ctx, weight)
        volume = deep_text_volume(a)
        if volume:
            charge_scan(ctx, volume)


COMPARISON_RECURSION_STEPS = 400
"""What a native comparison that ran into CPython's recursion limit costs: two containers that each
contain themselves (`d = {}; d['self'] = d`) compare level by level until the host's limit, ~120 µs
(200 ordinary steps), and a program may catch the `RecursionError` and compare again."""


def _comparison_recursion(ctx: RunContext) -> BaseException:
    """The program's `RecursionError` for a native comparison that ran into the host's recursion
    limit: only data that contains itself gets there (everything deeper than `max_nesting_depth` was
    refused when weighed), and it gets there whatever the stack depth, as in CPython, where the
    program may catch it. The native walk has unwound by now; it is charged as the work it was."""
    ctx.charge(COMPARISON_RECURSION_STEPS)
    return recursion_error(
        "the compared data contains itself, so comparing it never ends: compare its parts yourself",
        "maximum recursion depth exceeded in comparison",
    )


def eq(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a == b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a == b


def ne(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a != b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a != b


def lt(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a < b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a < b


def le(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a <= b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a <= b


def gt(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a > b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a > b


def ge(ctx: RunContext, a: Any, b: Any) -> Any:
    if type(a) not in _SCALARS or type(b) not in _SCALARS:
        _charge_comparison(ctx, a, b)
        try:
            return a >= b
        except RecursionError:
            pass
        raise _comparison_recursion(ctx)
    return a >= b


def is_(ctx: RunContext, a: Any, b: Any) -> bool:
    return a is b


def is_not(ctx: RunContext, a: Any, b: Any) -> bool:
    return a is not b


def contains(ctx: RunContext, item: Any, container: Any) -> bool:
    """`item in container`; endless or lazy iterables are scanned with charging, never natively."""
    cls: type[Any] = type(container)
    if cls is dict or cls is KEYS_VIEW or cls is ITEMS_VIEW:
        poisoned = ctx.hash_collisions.poisoned
        if (
            item.__class__ is not int
            or not MINUS_HASH_MODULUS < item < HASH_MODULUS
            or (poisoned and item in poisoned)
        ) and (
            item.__class__ not in FREE_KEY_TYPES or (item.__class__ is str and len(item) > SMALL_COPY_CHARS)
        ):
            charge_key(ctx, item)
        return item in container
    if cls is OrderedSet or cls is FrozenOrderedSet:
        poisoned = ctx.hash_collisions.poisoned
        if (
            item.__class__ is not int
            or not MINUS_HASH_MODULUS < item < HASH_MODULUS
            or (poisoned and item in poisoned)
        ) and (
            item.__class__ not in FREE_KEY_TYPES or (item.__class__ is str and len(item) > SMALL_COPY_CHARS)
        ):
            charge_key(ctx, item)
        return item in container.entries
    if cls is str or cls is bytes:
        if len(container) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(container))
        return item in container
    if cls is list or cls is tuple or cls is VALUES_VIEW:
        charge_comparisons(ctx, len(container), item)
        charge_text_search(ctx, item, container)
        return item in container
    if cls is range:
        if type(item) is not int and type(item) is not bool:
            charge_elements(ctx, len(container))
        return item in container
    if cls is deque:
        charge_comparisons(ctx, len(container), item)
        charge_text_search(ctx, item, container)
        return item in container
    if isinstance(container, dict):
        charge_key(ctx, item)
    else:
        ctx.charge(OBJECT_OPERATOR_STEPS)
    if isinstance(container, (PtcObject, dict)) or hasattr(cls, "__contains__"):
        return item in container
    try:
        elements = native_iter(container)
    except TypeError:  # CPython's `in` words a failed `iter()` so
        raise TypeError(f"argument of type {ptc_type_name(container)!r} is not iterable") from None
    return any(element is item or element == item for element in charged_iter(ctx, elements))


def not_contains(ctx: RunContext, item: Any, container: Any) -> bool:
    return not contains(ctx, item, container)


COMPARE: Mapping[type[ast.cmpop], BinaryOperator] = {
    ast.Eq: eq,
    ast.NotEq: ne,
    ast.Lt: lt,
    ast.LtE: le,
    ast.Gt: gt,
    ast.GtE: ge,
    ast.Is: is_,
    ast.IsNot: is_not,
    ast.In: contains,
    ast.NotIn: not_contains,
}
