"""Fixtures for unit tests of the interpreter's data runtime (values, operators, allowlist, formatting)."""

from __future__ import annotations

import pytest
from ptc_data_support import make_ctx
from ptc_interpreter.builtins import make_builtins
from ptc_interpreter.runtime.context import RunContext


@pytest.fixture
def ctx() -> RunContext:
    return make_ctx()


@pytest.fixture
def builtins(ctx: RunContext) -> dict[str, object]:
    return make_builtins(ctx)
