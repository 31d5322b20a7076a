"""The named tuple API spelled with `_` (`_asdict`, `_replace`, `_fields`, `_field_defaults`,
`_make`) works on named tuples and their classes as in CPython, and exists on nothing else."""

from __future__ import annotations

from ptc_reference import assert_same_as_cpython

_PROGRAM = 'from collections import namedtuple\nP = namedtuple("P", "x y", defaults=[0])\np = P(1)\nq = p._replace(y=5)\nprint(p._asdict(), q, p._fields, P._fields, P._make([3, 4]), P._field_defaults, p._field_defaults, p._make((7, 8)))\ntry:\n    p._replace(z=1)\nexcept ValueError as e:\n    print(e)\ntry:\n    P._make([1])\nexcept TypeError as e:\n    print(e)\nd = {"a": 1}\nprint(hasattr(d, "_asdict"), hasattr(p, "_asdict"))\ntry:\n    d._asdict\nexcept AttributeError as e:\n    print(e)\n'


async def test_named_tuple_api_matches_cpython() -> None:
    await assert_same_as_cpython(_PROGRAM)
