"""The program's `uuid` module: CPython's `UUID` values, with `uuid4` drawn from the run's seeded random
source (never `os.urandom`), so a replay or a re-run with the same seed sees the same ids.

`uuid1` is not a member: it reads the host's clock and network address. `UUID` objects are CPython's
own (a fixed repr, compared and hashed by their 128-bit int); the constructor takes only str, bytes
and int arguments.
"""

from __future__ import annotations

import operator
import uuid
from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import ShimModule, ptc_type_name
from ..runtime.registry import CONSTANT, Property, TypeTable
from .support import NativeClass, native

if TYPE_CHECKING:
    from ..runtime.context import RunContext

TYPE_TABLES: dict[type, TypeTable] = {
    uuid.UUID: {
        name: Property(operator.attrgetter(name), CONSTANT)
        for name in ("hex", "int", "bytes", "bytes_le", "version", "variant", "urn", "fields", "node", "time")
    }
}


def _checked_arguments(kwargs: dict[str, Any]) -> None:
    expected = {"hex": str, "bytes": bytes, "bytes_le": bytes, "int": int, "version": int, "fields": tuple}
    for name, value in kwargs.items():
        kind = expected.get(name)
        if kind is None:
            raise TypeError(f"UUID.__init__() got an unexpected keyword argument {name!r}")
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"UUID() argument {name!r} must be {kind.__name__}, not {ptc_type_name(value)!r}")
    fields = kwargs.get("fields")
    if fields is not None and not all(type(part) is int for part in fields):
        raise TypeError("UUID() fields must be ints")


def make_module(ctx: RunContext) -> ShimModule:
    def new_uuid(
        hex: object = None,
        bytes: object = None,
        bytes_le: object = None,
        fields: object = None,
        int: object = None,
        version: object = None,
    ) -> uuid.UUID:
        arguments = {
            "hex": hex,
            "bytes": bytes,
            "bytes_le": bytes_le,
            "fields": fields,
            "int": int,
            "version": version,
        }
        _checked_arguments(arguments)
        if isinstance(hex, str) and len(hex) > 100:
            raise ValueError("badly formed hexadecimal UUID string")
        return uuid.UUID(**arguments)  # pyright: ignore[reportArgumentType]

    def uuid4() -> uuid.UUID:
        return uuid.UUID(int=ctx.rng.getrandbits(128), version=4)

    def name_based(callee: str, version: int) -> Any:
        def make(namespace: object, name: object) -> uuid.UUID:
            if not isinstance(namespace, uuid.UUID):
                raise AttributeError(f"{ptc_type_name(namespace)!r} object has no attribute 'bytes'")
            if not isinstance(name, str):
                raise TypeError("encoding without a string argument")
            ctx.charge(len(name) // 128 + 1)
            return uuid.uuid3(namespace, name) if version == 3 else uuid.uuid5(namespace, name)

        return make

    return ShimModule(
        "uuid",
        {
            "UUID": NativeClass("uuid.UUID", uuid.UUID, new_uuid),
            "uuid4": native("uuid4", uuid4),
            "uuid3": native("uuid3", name_based("uuid3", 3)),
            "uuid5": native("uuid5", name_based("uuid5", 5)),
            "NAMESPACE_DNS": uuid.NAMESPACE_DNS,
            "NAMESPACE_URL": uuid.NAMESPACE_URL,
            "NAMESPACE_OID": uuid.NAMESPACE_OID,
            "NAMESPACE_X500": uuid.NAMESPACE_X500,
        },
    )
