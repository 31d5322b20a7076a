"""Fixtures for the module-shim tests: a fresh run context and its modules per test."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from ptc_interpreter.runtime.context import RunContext
from ptc_shims import Shims, make_ctx


@pytest.fixture
def ctx() -> RunContext:
    return make_ctx()


@pytest.fixture
def shims(ctx: RunContext) -> Shims:
    return Shims(ctx)


@pytest.fixture
def make_shims() -> Callable[..., Shims]:
    return lambda **limits: Shims(make_ctx(**limits))
