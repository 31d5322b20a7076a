"""The program's `types` module: `SimpleNamespace`, a program object with free attributes.

Its attributes are the program's own (set through the constructor's keywords or assignment), its
repr is CPython's `namespace(a=1, b=2)`, and two namespaces are equal when their attributes are. That
comparison walks into the attribute values natively, so it is weighed and charged first as `==` on
two dicts is (`structure.weigh`): DAG-shaped values would otherwise compare for hours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..runtime.allowlist import PtcObject, ShimModule
from ..runtime.budget import charge_elements, charge_entries
from ..runtime.registry import check_attribute_name, missing_attribute
from ..runtime.structure import weigh
from .support import NativeClass

if TYPE_CHECKING:
    from ..runtime.context import RunContext


class SimpleNamespace(PtcObject):
    __slots__ = ("attributes", "ctx", "in_repr")
    ptc_name = "types.SimpleNamespace"
    """CPython's type name: `<class 'types.SimpleNamespace'>`, `'types.SimpleNamespace' object ...`."""
    ptc_private_names = True
    ptc_plain_dict = True

    def __init__(self, ctx: RunContext, attributes: dict[str, Any]) -> None:
        self.ctx = ctx
        self.attributes = attributes
        self.in_repr = False
        """Set while its repr is being written: a namespace inside itself shows as `namespace(...)`."""

    def ptc_getattr(self, ctx: RunContext, name: str) -> Any:
        if name == "__dict__":
            return self.attributes
        try:
            return self.attributes[name]
        except KeyError:
            message = f"'types.SimpleNamespace' object has no attribute {name!r}"
            raise missing_attribute(message, name, self.attributes) from None

    def ptc_setattr(self, ctx: RunContext, name: str, value: Any) -> None:
        if name not in self.attributes:
            ctx.check_container_length(len(self.attributes) + 1)
        self.attributes[name] = value

    def ptc_delattr(self, ctx: RunContext, name: str) -> None:
        if name not in self.attributes:
            raise AttributeError(name)
        del self.attributes[name]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        if len(self.attributes) != len(other.attributes):
            return False
        charge_elements(self.ctx, weigh(self.ctx, self.attributes) + weigh(self.ctx, other.attributes))
        return self.attributes == other.attributes

    __hash__ = None  # pyright: ignore[reportAssignmentType] - unhashable, as in CPython

    def __repr__(self) -> str:
        from ..runtime.reprs import program_repr

        if self.in_repr:
            return "namespace(...)"
        self.in_repr = True
        try:
            pairs = ", ".join(  # CPython's shows only names that are non-empty str (`vars(ns)[1] = ...`)
                f"{name}={program_repr(value, self.ctx)}"
                for name, value in self.attributes.items()
                if type(name) is str and name
            )
        finally:
            self.in_repr = False
        return f"namespace({pairs})"


def make_module(ctx: RunContext) -> ShimModule:
    def new_namespace(mapping_or_iterable: Any = None, /, **kwargs: Any) -> SimpleNamespace:
        if mapping_or_iterable is not None:
            raise TypeError("no positional arguments expected")
        for name in kwargs:
            check_attribute_name(name, writing=True)
        charge_entries(ctx, len(kwargs))
        return SimpleNamespace(ctx, dict(kwargs))

    return ShimModule(
        "types", {"SimpleNamespace": NativeClass("types.SimpleNamespace", SimpleNamespace, new_namespace)}
    )
