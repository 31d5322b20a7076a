"""Which fields of each `ast` node class can hold child nodes: the table the one-pass tree walk of
scope analysis and validation (`compile.scope`, `parse.validate`) runs on.

That walk visits every node of the program once per run, so it is start-up cost. Going through
`ast.NodeVisitor.generic_visit` / `ast.iter_fields` would look at every field of every node and
test each value; instead the node classes' own ASDL signatures (their `__doc__`, e.g.
`"Call(expr func, expr* args, keyword* keywords)"`) say, once at import, which fields hold a node,
which a list of nodes, and which never hold one (identifiers, strings, constants, and the
operator/context singletons, which carry nothing to check).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from types import MappingProxyType

ChildFields = tuple[tuple[str, bool], ...]
"""(field name, holds a list) for each field of a node class that can hold child nodes."""

_LEAF_TYPES = frozenset(
    {"identifier", "string", "int", "constant", "expr_context", "boolop", "operator", "unaryop", "cmpop"}
)
"""ASDL field types whose values are never worth walking into."""

_SIGNATURE = re.compile(r"(\w+)\((.*)\)")


def _child_fields(node_class: type[ast.AST]) -> ChildFields | None:
    """The child fields of `node_class` from its ASDL signature; None if the signature is not the
    expected one (then the walk falls back to testing every field's value)."""
    fields: tuple[str, ...] = node_class._fields
    if not fields:
        return ()
    match = _SIGNATURE.fullmatch(node_class.__doc__ or "")
    if match is None or match.group(1) != node_class.__name__:
        return None
    declared = [part.split() for part in match.group(2).split(", ")]
    if [name for _, name in declared] != list(fields):
        return None
    children: list[tuple[str, bool]] = []
    for type_name, field_name in declared:
        if type_name.rstrip("*?") not in _LEAF_TYPES:
            children.append((field_name, type_name.endswith("*")))
    return tuple(children)


def _node_classes() -> list[type[ast.AST]]:
    classes: list[type[ast.AST]] = []
    for name in dir(ast):
        value = getattr(ast, name)
        if isinstance(value, type) and issubclass(value, ast.AST) and value.__name__ == name:
            classes.append(value)
    return classes


CHILD_FIELDS: Mapping[type[ast.AST], ChildFields] = MappingProxyType(
    {
        node_class: fields
        for node_class in _node_classes()
        if (fields := _child_fields(node_class)) is not None
    }
)
"""Node class -> its child fields, in field order (the order the walk visits them)."""


def generic_children(node: ast.AST) -> list[ast.AST]:
    """The child nodes of a node whose class `CHILD_FIELDS` lacks, found by testing every field."""
    children: list[ast.AST] = []
    for field_name in node._fields:
        value = getattr(node, field_name, None)
        if isinstance(value, ast.AST):
            children.append(value)
        elif isinstance(value, list):
            children.extend(item for item in value if isinstance(item, ast.AST))  # pyright: ignore[reportUnknownVariableType]
    return children


def child_nodes(node: ast.AST) -> list[ast.AST]:
    """The child nodes of `node` in field order, without the operator/context singletons: a cheaper
    `ast.iter_child_nodes` for walks that look for statements and expressions."""
    fields = CHILD_FIELDS.get(type(node))
    if fields is None:
        return generic_children(node)
    children: list[ast.AST] = []
    for field_name, is_list in fields:
        if is_list:
            items: list[ast.AST | None] = getattr(node, field_name)
            for item in items:
                if item is not None:
                    children.append(item)
        else:
            child: ast.AST | None = getattr(node, field_name)
            if child is not None:
                children.append(child)
    return children
