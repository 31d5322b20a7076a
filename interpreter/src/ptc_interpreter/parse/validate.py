"""Static validation (placeholder while the full validator lands)."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from ..errors import Problem
from ..host import ToolSpec


def validate(tree: ast.Module, source: str, tool_specs: Sequence[ToolSpec]) -> list[Problem]:
    return []
