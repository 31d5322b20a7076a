"""Positional class patterns on dataclasses and named tuples, through their match arguments
(`@dataclass(match_args=...)`, a named tuple's fields), with CPython's errors for too many
sub-patterns, a repeated attribute and a class without match arguments."""

from __future__ import annotations

from ptc_reference import assert_same_as_cpython

_PROGRAM = 'from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: int = 0\ndef f(v):\n    match v:\n        case P(0, y):\n            return ("y-axis", y)\n        case P(x, y=0):\n            return ("x-axis", x)\n        case P(x, y):\n            return (x, y)\n\nfrom collections import namedtuple\nPt = namedtuple("Pt", "a b")\ndef g(v):\n    match v:\n        case Pt(1, b):\n            return b\n        case Pt(a, b=2):\n            return -a\n    return None\n@dataclass(match_args=False)\nclass Q:\n    x: int\ndef h(v):\n    try:\n        match v:\n            case Q(x):\n                return x\n    except TypeError as e:\n        return str(e)\n@dataclass\nclass K:\n    a: int\n    b: int = 0\ndef k(v):\n    out = []\n    for pat in range(2):\n        try:\n            match v:\n                case K(1, 2, 3):\n                    pass\n        except TypeError as e:\n            out.append(str(e))\n        try:\n            match v:\n                case K(1, a=1):\n                    pass\n        except TypeError as e:\n            out.append(str(e))\n    return out\n[f(P(0, 2)), f(P(3)), f(P(1, 2)), g(Pt(1, 5)), g(Pt(4, 2)), g(Pt(4, 4)), h(Q(1)), k(K(1))]\n'


async def test_positional_class_patterns_match_cpython() -> None:
    await assert_same_as_cpython(_PROGRAM)


async def test_plain_class_without_match_args_matches_cpythons_error() -> None:
    await assert_same_as_cpython(
        "class C:\n    pass\ntry:\n    match C():\n        case C(1):\n            pass\n"
        "except TypeError as e:\n    print(e)"
    )
