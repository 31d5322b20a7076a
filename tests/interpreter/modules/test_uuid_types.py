"""`uuid` and `types.SimpleNamespace`: CPython's values, and `uuid4` drawn from the run's seeded
random source (the same ids on a re-run or replay with the same seed, different ones with another)."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_interpreter.host import LocalHost
from ptc_reference import assert_same_as_cpython

SAME_AS_CPYTHON = [
    "import uuid\nu = uuid.UUID('12345678-1234-5678-1234-567812345678')\n(str(u), repr(u), u.hex, u.int, u.version,"
    " u.urn, u.bytes, u.fields, u.variant)",
    "import uuid\n(str(uuid.UUID(int=5)), uuid.UUID(bytes=b'\\x00' * 16) == uuid.UUID(int=0),"
    " str(uuid.UUID('{12345678-1234-5678-1234-567812345678}')), uuid.UUID(int=7, version=4).version)",
    "import uuid\n(str(uuid.uuid5(uuid.NAMESPACE_DNS, 'example.com')), str(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x')))",
    "import uuid\nu = uuid.uuid4()\n(u.version, len(str(u)), isinstance(u, uuid.UUID), uuid.UUID(str(u)) == u)",
    "import uuid\n([str(u) for u in sorted([uuid.UUID(int=3), uuid.UUID(int=1)])], {uuid.UUID(int=1): 1}[uuid.UUID(int=1)])",
    "from types import SimpleNamespace\nn = SimpleNamespace(a=1, b='x')\nn.c = [1]\n(repr(n), n.a,"
    " n == SimpleNamespace(a=1, b='x', c=[1]), getattr(n, 'b'), hasattr(n, 'z'), type(n).__name__)",
    "import types\nn = types.SimpleNamespace(a=1)\nn.me = n\nfirst = repr(n)\ndel n.me\n(first, repr(n),"
    " isinstance(n, types.SimpleNamespace))",
]


@pytest.mark.parametrize("source", SAME_AS_CPYTHON)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


ERRORS = [
    "import uuid\nuuid.UUID('nope')",
    "import uuid\nuuid.UUID()",
    "import uuid\nuuid.UUID(int=-1)",
    "import uuid\nuuid.uuid5('dns', 'x')",
    "import uuid\nuuid.uuid5(uuid.NAMESPACE_DNS, b'x')",
    "import types\ntypes.SimpleNamespace({'a': 1})",
    "import types\ntypes.SimpleNamespace().missing",
    "import types\nhash(types.SimpleNamespace())",
]


@pytest.mark.parametrize("source", ERRORS)
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


async def _uuid4s(seed: int) -> list[str]:
    source = "import uuid\n[str(uuid.uuid4()) for _ in range(3)]"
    return (await ptc_interpreter.run(source, host=LocalHost({}, seed=seed))).value


async def test_uuid4_comes_from_the_runs_seed() -> None:
    first = await _uuid4s(7)
    assert first == await _uuid4s(7)
    assert first != await _uuid4s(8)
    assert len(set(first)) == 3


async def test_uuid1_is_not_available() -> None:
    with pytest.raises(ptc_interpreter.PtcSyntaxError, match="uuid1"):
        await ptc_interpreter.run("from uuid import uuid1")


async def test_namespace_attribute_names_follow_the_name_rule() -> None:
    for name in ("__dict__", "_ptc_attributes", "_value_"):
        with pytest.raises(ptc_interpreter.PtcRuntimeError, match=r"not allowed|reserved"):
            await ptc_interpreter.run(f"import types\ntypes.SimpleNamespace(**{{{name!r}: 1}})")
    namespace = await ptc_interpreter.run("import types\nrepr(types.SimpleNamespace(_private=1))")
    assert namespace.value == "namespace(_private=1)"
