"""Helpers for calling module shims directly, as compiled code would, with a fresh run context."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits
from ptc_interpreter.modules import MODULE_FACTORIES, TYPE_TABLES
from ptc_interpreter.runtime.context import RunContext
from ptc_interpreter.runtime.registry import Method, Property

FIXED_NOW = datetime(2024, 3, 5, 14, 30, 15, 123456, tzinfo=UTC)


def make_ctx(**limits: Any) -> RunContext:
    return RunContext(LocalHost({}, seed=1234, clock=lambda: FIXED_NOW), Limits(**limits))


class Shims:
    """`shims.json.dumps(...)`-style access to one run's modules, plus allowlisted attribute access."""

    def __init__(self, ctx: RunContext) -> None:
        self.ctx = ctx
        self.modules: dict[str, Any] = {}

    def __getattr__(self, module: str) -> Any:
        if module not in self.modules:
            self.modules[module] = MODULE_FACTORIES[module](self.ctx)
        return _Members(self.modules[module].members)

    def attr(self, value: Any, name: str) -> Any:
        """`value.name` through the shims' allowlist tables (as `runtime.attr` would resolve it)."""
        for cls in type(value).__mro__:
            entry = TYPE_TABLES.get(cls, {}).get(name)
            if isinstance(entry, Property):
                return entry.function(value)
            if isinstance(entry, Method):
                function = entry.function
                if entry.cost.takes_ctx:
                    return lambda *a, **k: function(self.ctx, value, *a, **k)
                return lambda *a, **k: function(value, *a, **k)
        raise AttributeError(name)


class _Members:
    def __init__(self, members: dict[str, Any]) -> None:
        self._members = members

    def __getattr__(self, name: str) -> Any:
        return self._members[name]
