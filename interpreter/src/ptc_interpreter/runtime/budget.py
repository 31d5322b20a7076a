"""The cost model for work done natively, in one place.

Compiled code charges one step per statement, loop iteration and call. Work that CPython does in C on
the program's behalf (summing a list, sorting, joining strings, scanning a container) is far cheaper
per element, but unbounded unless charged: these helpers turn element and character counts into
steps, and consume iterators of unknown length in chunks so an endless iterator ends in
`PtcLimitError` instead of hanging.

The step budget is also what bounds memory: a loop that keeps building fresh big strings or lists
(`while True: keep.append("y" * 10_000)`) is stopped because every character or element allocated
costs steps. At the rates below the whole default budget can allocate about 128 MB, whatever the
program does; values up to `SMALL_COPY_CHARS` are free (their statement's step covers them).
"""

# Program values are `Any` by nature; the unknown-type checks have nothing to check here.
# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, compress, islice, repeat
from operator import countOf
from typing import TYPE_CHECKING, Any, cast

from ..errors import PtcError
from .allowlist import PtcObject
from .lazy import native_iter, native_iterable
from .structure import LEAF_TYPES, NESTED, is_nested, weigh
from .values import ORDERED_VALUES_VIEW, SET_LIKE_VIEWS, VALUES_VIEW, FrozenOrderedSet, OrderedSet

if TYPE_CHECKING:
    from .context import RunContext

ELEMENTS_PER_STEP = 16
"""Container elements (8 bytes each) a native scan or copy (sum, min, `in`, `[0] * n`) touches per step."""
SCAN_CHARS_PER_STEP = 128
"""Characters a native string pass (upper, find, split, replace) touches per step."""
COPY_CHARS_PER_STEP = 128
"""Characters a copy or new string (concatenation, repetition, join, padding, formatting) costs per step."""
SMALL_COPY_CHARS = 256
"""Strings and lists up to this size are not charged beyond their statement's step."""
LAZY_ELEMENTS_PER_STEP = 4
"""Elements pulled one at a time through a Python generator (`charged_iter`) per step: each pull is a
generator resume, far slower than a C loop."""
CHUNK = 1024
"""Elements pulled at once from an iterator of unknown length before charging again."""


def charge_elements(ctx: RunContext, count: int) -> None:
    ctx.charge(count // ELEMENTS_PER_STEP + 1)


def charge_entries(ctx: RunContext, count: int) -> None:
    """A dict or set built natively costs a step per entry: an entry takes about 100 bytes (hash
    table slot, index, growth headroom), so at this rate the budget also bounds their memory."""
    ctx.charge(count + 1)


BIG_INT = 1 << 512
"""Ints at least this large cost extra to turn into decimal text (or to parse from it)."""


def charge_int_text(ctx: RunContext, bits: int) -> None:
    """Decimal conversion of an int is quadratic in its size in CPython 3.11 (4000 bits: tens of
    microseconds), so `str(2 ** 4000)` in a loop must cost more than its statement's step."""
    ctx.charge((bits >> 6) ** 2 // 16 + 1)


BIG_OPERAND = 1 << 1024
"""Ints at least this large make multiplication, division and modular powers cost microseconds."""


def charge_big_arithmetic(ctx: RunContext, left_bits: int, right_bits: int) -> None:
    """Multiplying or dividing big ints costs about the product of their sizes (in machine words)."""
    ctx.charge(((left_bits >> 6) + 1) * ((right_bits >> 6) + 1) // 16 + 1)


def charge_scan(ctx: RunContext, chars: int) -> None:
    ctx.charge(chars // SCAN_CHARS_PER_STEP + 1)


def charge_copy(ctx: RunContext, chars: int) -> None:
    ctx.charge(chars // COPY_CHARS_PER_STEP + 1)


def charge_sort(ctx: RunContext, count: int, items: Any = None) -> None:
    """Sorting costs about n·log2(n) comparisons; a step covers a handful of them. When the items
    themselves are containers (`items` is the sequence, and some of them are), each comparison
    walks into two of them: the charge scales with their average weight (`structure.weigh`)."""
    weight = 1
    if items is not None and count and not LEAF_TYPES.issuperset(map(type, items)):
        weight = weigh(ctx, items, of_elements=True) // count + 1
    ctx.charge(count * max(count.bit_length(), 1) * weight // 8 + 1)


def charge_elements_deeply(ctx: RunContext, items: Any) -> None:
    """Charge a native pass that compares the elements of `items` with each other (`max`, `min`,
    `heapify`): when any of them is a container, by the weight of the whole (`structure.weigh`)."""
    if not LEAF_TYPES.issuperset(map(type, items)):
        charge_elements(ctx, weigh(ctx, items, of_elements=True))


def charge_comparisons(ctx: RunContext, count: int, item: Any) -> None:
    """Charge comparing `item` with `count` elements (`list.index`, `in`, `heappush`): each
    comparison walks into `item` when it is a container, so it costs `item`'s weight."""
    if type(item) in LEAF_TYPES or not is_nested(item):
        if count > 16:
            charge_elements(ctx, count)
        return
    charge_elements(ctx, count * weigh(ctx, item))


def charged_key(ctx: RunContext, key: Callable[[Any], Any], comparisons: int) -> Callable[[Any], Any]:
    """`key` for a native sort, `max` or heap: each computed key is compared about `comparisons`
    times, so a key that is a container is charged its weight that often. CPython computes every key
    before the first comparison, so the charge comes before the work."""

    def charged(item: Any) -> Any:
        result = key(item)
        if type(result) not in LEAF_TYPES and is_nested(result):
            charge_elements(ctx, comparisons * weigh(ctx, result))
        return result

    return charged


def searching(native: Callable[..., Any]) -> Callable[..., Any]:
    """`list.index`, `count`, `remove`: compare one value with each element, charged accordingly."""

    def search(ctx: RunContext, target: Any, *args: Any) -> Any:
        if args:
            charge_comparisons(ctx, len(target), args[0])
        return native(target, *args)  # no argument: CPython's own message

    return search


NESTED_TYPES: frozenset[type[Any]] = frozenset({list, tuple, dict})
"""Containers a native comparison walks into element by element (exact types: the fast check)."""


SIZED_TYPES: frozenset[type[Any]] = (
    frozenset(
        {list, tuple, dict, str, bytes, range, VALUES_VIEW, ORDERED_VALUES_VIEW, OrderedSet, FrozenOrderedSet}
    )
    | SET_LIKE_VIEWS
)
"""Builtin iterables whose length is known up front and whose iteration has no side effects."""


def materialize(ctx: RunContext, iterable: Iterable[Any]) -> list[Any] | tuple[Any, ...] | Any:
    """The elements of `iterable` as a sized, re-iterable collection, charged and size-checked.

    Sized builtin collections are returned as they are (after charging their length); anything else
    is consumed `CHUNK` elements at a time, charging and checking the container limit as it goes.
    """
    if type(iterable) in SIZED_TYPES:
        size = len(iterable)  # type: ignore[arg-type]
        ctx.check_container_length(size)
        # a range creates its int objects (28 bytes each) as it is consumed
        charge_elements(ctx, size * 4 if type(iterable) is range else size)
        return iterable
    return consume(ctx, native_iter(iterable))


def materialize_into(ctx: RunContext, iterable: Iterable[Any], apply: Callable[[Any], Any]) -> None:
    """`apply(materialize(ctx, iterable))` for a bulk operation that takes each element as it comes
    (`list.extend`, `set.update`, `dict.update`, `deque.extend`): when the iteration raises midway,
    the elements pulled before it are applied before the error goes on, as CPython keeps them."""
    if type(iterable) in SIZED_TYPES:
        apply(materialize(ctx, iterable))
        return
    pulled: list[Any] = []
    try:
        consume(ctx, native_iter(iterable), pulled)
    except Exception as error:
        if pulled and not isinstance(error, PtcError):
            apply(pulled)
        raise
    apply(pulled)


def consume(ctx: RunContext, iterator: Iterator[Any], items: list[Any] | None = None) -> list[Any]:
    """Drain an iterator of unknown length into a list (`items` when given: it holds what was pulled
    if the iterator raises), chunk by chunk, within the budget."""
    if items is None:
        items = []
    limit = ctx.limits.max_container_length
    while True:
        before = len(items)
        items.extend(islice(iterator, CHUNK))
        got = len(items) - before
        charge_elements(ctx, got)
        if len(items) > limit:
            ctx.check_container_length(len(items))
        if got < CHUNK:
            return items


def charged_iter(ctx: RunContext, iterable: Iterable[Any]) -> Iterator[Any]:
    """Iterate lazily (for short-circuiting consumers like `any`), charging a step every few elements."""
    if type(iterable) in SIZED_TYPES:
        charge_elements(ctx, len(iterable))  # type: ignore[arg-type]
        yield from iterable
        return
    count = 0
    for item in native_iterable(iterable):
        count += 1
        if count == LAZY_ELEMENTS_PER_STEP:
            ctx.charge(1)
            count = 0
        yield item


BIG_KEY_ELEMENTS = 16
"""Tuples longer than this cost extra to hash (CPython does not cache a tuple's hash)."""

HASH_MODULUS = (1 << 61) - 1
"""Ints strictly between `-HASH_MODULUS` and `HASH_MODULUS` hash to themselves, so they never share a
hash with each other (save -1 and -2): as keys they cannot flood a dict, and cost nothing extra."""
MINUS_HASH_MODULUS = -HASH_MODULUS
"""Its negation, named so that hot tests compare with a constant instead of negating a big int."""

FREE_KEY_TYPES: frozenset[type[Any]] = frozenset({str, bytes, type(None)})
"""Key types whose hashing never costs more than their statement's step (save long texts): salted
(str, bytes, None). Ints below `HASH_MODULUS` are free too (checked by value), unless a flooded
cluster shares their hash (`CollisionTable.poisoned`)."""

_INT_TYPES: frozenset[type[Any]] = frozenset({int, bool})

WRAPPED_VALUE_COMPARISON = 64
"""Comparing two of the program's `Decimal` or `Fraction` values goes through a Python method (about a
microsecond): as 64 int comparisons."""

FROZENSET_COMPARISON = 64
"""Comparing two of the program's frozensets (`OrderedSetBase.__eq__`, a Python method building a
native set of each) costs about a microsecond plus their size: as 64 int comparisons, plus 8 per element."""


def costly_key(ctx: RunContext, key: Any) -> bool:
    """Whether hashing `key` may cost more than its statement's step: a tuple, frozenset, float,
    complex, int past `HASH_MODULUS` (or poisoned by a flooded cluster), or a long text. Hot paths
    inline this test, so that an int or str key is checked without a call."""
    cls = type(key)
    if cls is int:
        return not MINUS_HASH_MODULUS < key < HASH_MODULUS or key in ctx.hash_collisions.poisoned
    if cls is str:
        return len(key) > SMALL_COPY_CHARS
    return cls not in FREE_KEY_TYPES


def charge_key(ctx: RunContext, key: Any, comparison: int = 0) -> None:
    """Charge hashing `key` into a native dict or set, or looking it up in one. `comparison`: what
    comparing two keys of its kind costs beyond their elements (in int comparisons), for keys that
    compare through a Python method (a dataclass hashing through its field tuple `key`).

    Hashing a tuple key walks every element (and nested tuples too) on each lookup, so a lookup
    with `tuple(range(99_999))` (or `(1, tuple(range(99_999)))`) as the key costs a scan of it.

    A text's hash is cached, but a lookup that finds an equal text that is another object compares
    them with a memcmp over their length: a long text key costs a scan of it.

    Keys whose native hash a program can predict (ints past `HASH_MODULUS`, floats, complex numbers,
    tuples, frozensets) can be made to collide: their collisions are charged through the run's
    `CollisionTable` (`runtime.collisions`).

    CPython's tuple hash recurses in C without a recursion check, so a key nested past
    `Limits.max_nesting_depth` is refused before it is hashed (`structure.weigh`)."""
    cls = type(key)
    if cls is tuple and not comparison and len(key) <= BIG_KEY_ELEMENTS:
        numbers = NUMBER_LEAVES.issuperset(map(type, key))
    else:
        numbers = None
    if numbers or (numbers is not None and LEAF_TYPES.issuperset(map(type, key))):
        # the common key (a record's fields, grid coordinates): the table's lookup inlined
        if not numbers:  # texts: an equal key that is another object compares them (`_charge_texts_in`)
            volume = 0
            for item in key:
                if (item.__class__ is str or item.__class__ is bytes) and len(item) > SMALL_COPY_CHARS:
                    volume += len(item)
            if volume:
                charge_scan(ctx, volume)
        table = ctx.hash_collisions
        native_hash = hash(key)
        seen = table.keys_by_hash.get(native_hash)
        if seen is None:
            table.keys_by_hash[native_hash] = key
        elif seen is not key and (seen.__class__ is list or seen != key):  # an equal key: no collision
            table.collide(ctx, native_hash, seen, key, len(key) or 1)
        return
    if cls is str or cls is bytes:
        if len(key) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(key))
        return
    if cls is int or cls is bool:
        if not MINUS_HASH_MODULUS < key < HASH_MODULUS or key in ctx.hash_collisions.poisoned:
            ctx.hash_collisions.charge(ctx, key, 1)
        return
    if cls is float or cls is complex:
        ctx.hash_collisions.charge(ctx, key, 1)
        return
    if not isinstance(key, tuple | FrozenOrderedSet):
        if getattr(cls, "ptc_stable_hash", False):  # Decimal, Fraction: a number's hash, a Python `__eq__`
            ctx.hash_collisions.charge(ctx, key, WRAPPED_VALUE_COMPARISON + comparison)
        return
    if LEAF_TYPES.issuperset(map(type, key)):
        size = len(key) or 1
        if size > BIG_KEY_ELEMENTS:
            charge_elements(ctx, size)
        plain = cls is not FrozenOrderedSet
    else:
        size = weigh(ctx, key)
        charge_elements(ctx, size)
        plain = False
    _charge_texts_in(ctx, key)
    if cls is FrozenOrderedSet:  # compared by a Python method that builds a native set of each
        size = FROZENSET_COMPARISON + 8 * size
    elif not plain:  # a Decimal or Fraction inside compares through a Python method
        size += WRAPPED_VALUE_COMPARISON * _wrapped_values_in(key)
    ctx.hash_collisions.charge(ctx, key if plain else _without_program_objects(key), size + comparison)


NUMBER_LEAVES: frozenset[type[Any]] = frozenset({int, float, bool, type(None)})
"""The leaf types that are no text, exactly (no subclass): a key, a sort key or a container of them
holds nothing long to compare, and they compare in about constant time (an int has at most
`Limits.max_int_bits`), so comparing them charges nothing beyond the operation's own steps."""


def _charge_texts_in(ctx: RunContext, key: Any) -> None:
    """A lookup that finds an equal tuple key that is another object compares them element by
    element, and two equal texts that are other objects with a memcmp over their length: the long
    texts inside the tuple (nested tuples too) cost a scan of them, as a long text key does. (A
    lookup of `(s,) * 16`, `s` a million characters equal to the stored key's, compared 16 MB per
    step.) The depth was checked by `weigh` when any tuple is nested."""
    volume = text_volume(key)
    walked = len(key)
    nested = (
        list(compress(key, map(isinstance, key, repeat(tuple))))
        if not LEAF_TYPES.issuperset(map(type, key))
        else []
    )
    while nested:
        item = nested.pop()
        volume += text_volume(item)
        walked += len(item)
        nested.extend(compress(item, map(isinstance, item, repeat(tuple))))
    if walked > 16:  # the walk itself: C passes over every tuple inside (a small key's: free)
        charge_elements(ctx, walked)
    if volume:
        charge_scan(ctx, volume)


def _wrapped_values_in(key: Iterable[Any]) -> int:
    """How many `Decimal`/`Fraction` values (compared by a Python method) the tuple `key` holds."""
    if LEAF_TYPES.issuperset(map(type, key)):
        return 0
    return sum(
        _wrapped_values_in(item) if isinstance(item, tuple) else getattr(type(item), "ptc_stable_hash", False)
        for item in key
    )


def _without_program_objects(key: Any) -> Any:
    """`key` with the interpreter objects inside its tuples replaced by None, for the collision
    table: hashing or comparing them there would run a program's `__hash__`/`__eq__` once more
    than CPython does. Their colliding neighbours still collide (`(o, i * (2**61 - 1))` all share a
    hash, and compare `o is o` natively); two keys differing only in such objects are compared by
    those objects' own `__eq__`, which is charged (program code, or the charged identity `__eq__`)."""
    if not _holds_program_objects(key):
        return key
    return tuple(
        _without_program_objects(item)
        if isinstance(item, tuple)
        else None
        if _is_program_object(item)
        else item
        for item in key
    )


def _holds_program_objects(item: Any) -> bool:
    if isinstance(item, tuple):
        # a tuple of plain values (`tuple(range(99_999))`) is cleared at C speed, not walked
        return not LEAF_TYPES.issuperset(map(type, item)) and any(map(_holds_program_objects, item))
    return _is_program_object(item)


def _is_program_object(item: Any) -> bool:
    """An interpreter object whose hash or equality may run program code (a `Decimal` or `Fraction`
    hashes and compares by host code alone: `ptc_stable_hash`)."""
    return isinstance(item, PtcObject) and not getattr(type(item), "ptc_stable_hash", False)


def charge_keys(ctx: RunContext, keys: Iterable[Any]) -> None:
    """Charge hashing `keys` into a set or dict (or probing for them): CPython does not cache a
    tuple's hash, so every reference to a big tuple (`set([t] * 99_999)`) walks all of it again, and
    keys with a predictable hash may collide (`charge_key`). A few C passes find out whether there
    is any such key at all, so str keys and small ints cost nothing extra."""
    cls = type(keys)
    if cls is str or cls is bytes:
        return
    if cls is range:
        if not keys or (
            min(keys) > -HASH_MODULUS  # type: ignore[type-var]
            and max(keys) < HASH_MODULUS  # type: ignore[type-var]
            and not ctx.hash_collisions.poisoned
        ):
            return
        keys = list(keys)  # a range of multiples of 2**61 - 1 all share one hash
    if cls is list or cls is tuple:
        volume = text_volume(
            cast("list[Any]", keys)
        )  # equal long texts that are distinct objects are memcmp'd
        if volume:
            charge_scan(ctx, volume)
    types = set(map(type, keys))
    if types <= FREE_KEY_TYPES:
        return
    poisoned = ctx.hash_collisions.poisoned
    if (
        types <= _INT_TYPES
        and min(keys) > -HASH_MODULUS
        and max(keys) < HASH_MODULUS
        and (not poisoned or poisoned.isdisjoint(keys))
    ):
        return
    for key in keys:
        cls = type(key)
        if cls is not str and (
            cls is not int or not MINUS_HASH_MODULUS < key < HASH_MODULUS or (poisoned and key in poisoned)
        ):
            charge_key(ctx, key)


# -- comparing long text ----------------------------------------------------------------------------
# CPython compares two distinct equal-length str (or bytes) objects with a memcmp over their length,
# without charging anything. Comparing a long text with many others (`max`, `sorted`, `in`, `count`,
# `==` of lists, `startswith` with a tuple) therefore costs its length per comparison: a list made of
# two 1M-character texts sharing a prefix, repeated 50,000 times, costs 10^11 character comparisons in
# one `max()`. Texts up to `SMALL_COPY_CHARS` are covered by the per-element charge.

TEXT_TYPES = (str, bytes)


def text_volume(values: list[Any] | tuple[Any, ...]) -> int:
    """Characters in the long str and bytes among `values` (one C pass, no Python loop)."""
    lengths = map(len, compress(values, map(isinstance, values, repeat(TEXT_TYPES))))
    return sum(filter(SMALL_COPY_CHARS.__lt__, lengths))


def charge_ordering(ctx: RunContext, keys: list[Any] | tuple[Any, ...], passes: int) -> None:
    """Before `min`/`max` (one pass) or a sort (about log2(n) passes) over `keys`: each comparison of
    two texts costs up to the shorter one's length, and every key takes part in about one comparison
    per pass, so the long texts among the keys, and those directly inside tuple keys, cost their
    length once per pass."""
    if NUMBER_LEAVES.issuperset(map(type, keys)):  # the common keys: one C pass, nothing to charge
        return
    volume = text_volume(keys)
    tuples = list(compress(keys, map(isinstance, keys, repeat(tuple))))
    if tuples:
        elements = sum(map(len, tuples))
        charge_elements(ctx, elements)  # before flattening them: tuples shared many times are big
        volume += text_volume(list(chain.from_iterable(tuples)))
    if volume:
        charge_scan(ctx, volume * passes)


def charge_ordering_key(ctx: RunContext, key: Any, passes: int) -> None:
    """`charge_ordering` for one key, as a key function returns it."""
    cls = type(key)
    if cls is str or cls is bytes:
        if len(key) > SMALL_COPY_CHARS:
            charge_scan(ctx, len(key) * passes)
    elif cls is tuple:
        charge_ordering(ctx, (key,), passes)


def keys_of(ctx: RunContext, items: list[Any], key: Any, passes: int) -> list[Any]:
    """`key(item)` for each item, in order (as a sort computes them before comparing), charged for
    the comparisons to come: by `charge_ordering`, and a key that is a nested container by its
    weight once per pass (as `charged_key`, after computing them all, in C passes when none is)."""
    keys = list(map(key, items))
    if len(keys) != len(items):
        raise ValueError("list modified during sort")
    if NUMBER_LEAVES.issuperset(map(type, keys)):
        return keys  # neither nested nor text: the comparisons are the sort's own
    if not LEAF_TYPES.issuperset(map(type, keys)):
        for value in keys:
            if type(value) not in LEAF_TYPES and is_nested(value):
                charge_elements(ctx, passes * weigh(ctx, value))
    charge_ordering(ctx, keys, passes)
    return keys


def measured_key(ctx: RunContext, key: Any, passes: int = 1) -> Any:
    """`key` for `min`/`max` and merges, which compare each key as it comes: each is charged as it is
    returned, for the `passes` comparisons it takes part in."""

    def measured(item: Any) -> Any:
        value = key(item)
        charge_ordering_key(ctx, value, passes)
        return value

    return measured


def sort_passes(count: int) -> int:
    return max(count.bit_length(), 1)


def charge_text_search(ctx: RunContext, item: Any, values: Any) -> None:
    """Before `item in values`, `values.count(item)`, `.index(item)`, `.remove(item)`: a long text is
    compared (memcmp) with every element of its type and length; a tuple holding long texts, with
    every element."""
    cls = type(item)
    if cls is str or cls is bytes:
        if len(item) > SMALL_COPY_CHARS:
            lengths = map(len, compress(values, map(isinstance, values, repeat(cls))))
            charge_scan(ctx, countOf(lengths, len(item)) * len(item))
    elif cls is tuple:
        volume = text_volume(item)
        if volume:
            charge_scan(ctx, volume * len(values))


def deep_text_volume(value: Any) -> int:
    """Characters in the long texts inside the container `value` at every level (a dict's keys and
    values): comparing it natively with an equal container whose texts are other objects memcmps
    each of them. A container reached through several references counts once per reference, as
    the comparison meets it; one reached again on its own path (a cycle) not at all. The walk
    visits each container once: callers have charged its weight (`weigh`), which also refused a
    nesting past the limit."""
    memo: dict[int, int] = {}
    on_path: set[int] = set()

    def walk(container: Any) -> int:
        key = id(container)
        known = memo.get(key)
        if known is not None:
            return known
        if key in on_path:
            return 0
        on_path.add(key)
        items = [*container.keys(), *container.values()] if isinstance(container, dict) else list(container)
        volume = text_volume(items) + sum(map(walk, compress(items, map(isinstance, items, repeat(NESTED)))))
        on_path.discard(key)
        memo[key] = volume
        return volume

    return walk(value)


def charge_sequence_comparison(ctx: RunContext, a: list[Any] | tuple[Any, ...], b: Any) -> None:
    """Before `a == b`, `a < b` … of two lists or tuples: elements are compared pairwise, each pair of
    long texts up to its length."""
    if type(b) is type(a) and a:
        volume = text_volume(a)
        if volume:
            charge_scan(ctx, volume)


def sort_charged(ctx: RunContext, items: list[Any], key: Any, reverse: Any) -> None:
    """`items.sort(key=key, reverse=reverse)`, charged for its comparisons first: the keys are
    computed before sorting (as CPython does), so that long texts among them are charged.

    As in CPython the list is empty while it sorts (a key function or `__lt__` that reads it sees
    `[]`), and one that was filled meanwhile gets its sorted elements back and a ValueError."""
    passes = sort_passes(len(items))
    detached = items.copy()
    items.clear()
    try:
        if key is None:
            charge_sort(ctx, len(detached), detached)
            charge_ordering(ctx, detached, passes)
            detached.sort(reverse=reverse)
        else:
            charge_sort(ctx, len(detached))
            keys = keys_of(ctx, detached, key, passes)
            detached.sort(key=partial(next, iter(keys)), reverse=reverse)  # key(item) -> its precomputed key
    finally:
        modified = bool(items)
        items[:] = detached
    if modified:
        raise ValueError("list modified during sort")


def charge_stored_keys(ctx: RunContext, container: Iterable[Any]) -> None:
    """Before a native operation that probes for the keys of a dict or set (or a view of one) again
    (`d.update(e)`, `{**e}`, `s | t`, `s == t`, `set(d)`): their hashes are stored, and each key was
    charged when it was stored (`charge_key`), so this costs nothing unless the run has a big
    cluster of colliding keys (`CollisionTable.flooded`); then every key is charged again."""
    if ctx.hash_collisions.flooded:
        charge_keys(ctx, container)


def charge_pair_keys(ctx: RunContext, pairs: Iterable[Any]) -> None:
    """`charge_keys` for the keys of `(key, value)` pairs (`dict(pairs)`, `OrderedDict(pairs)`)."""
    for pair in pairs:
        cls = type(pair)
        if cls is tuple or cls is list:
            if pair and costly_key(ctx, pair[0]):
                charge_key(ctx, pair[0])
        elif cls is OrderedSet or cls is FrozenOrderedSet:
            charge_key(ctx, next(iter(pair.entries), None))


def charge_counter_loop(ctx: RunContext, *operands: Any) -> None:
    """Counter arithmetic and comparison are Python loops over both operands' entries, each looked up
    in the other (charged again when keys collide)."""
    ctx.charge(sum(len(operand) for operand in operands if isinstance(operand, dict)) + 1)
    for operand in operands:
        if isinstance(operand, dict):
            charge_stored_keys(ctx, operand)
