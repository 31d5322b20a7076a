"""Helpers shared by the data-runtime unit tests."""

from __future__ import annotations

from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits
from ptc_interpreter.runtime.context import RunContext


def make_ctx(**limits: int) -> RunContext:
    """A fresh run context with default limits, except those given."""
    return RunContext(LocalHost({}), Limits(**limits))
