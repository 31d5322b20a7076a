"""The one AST child walk shared by the validator and the scope analyser.

Both walk every node of the program once per run, so this loop is start-up cost: it skips fields
that can hold nothing worth visiting (operator/context singletons, and whatever else the caller
names) instead of going through `ast.NodeVisitor.generic_visit` and `ast.iter_fields`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Set


def visit_children(node: ast.AST, visit: Callable[[ast.AST], None], skip_fields: Set[str]) -> None:
    """Call `visit` on each child node of `node`, in field order, skipping `skip_fields`."""
    for field_name in node._fields:
        if field_name in skip_fields:
            continue
        value = getattr(node, field_name, None)
        if isinstance(value, ast.AST):
            visit(value)
        elif isinstance(value, list):
            for item in value:  # pyright: ignore[reportUnknownVariableType]
                if isinstance(item, ast.AST):
                    visit(item)
