"""CPython's private name mangling: inside a class body, `__name` is `_Class__name`.

CPython's compiler rewrites every identifier that starts with two underscores and does not end
with two, written anywhere inside a class (its methods included, up to a nested class, which
mangles with its own name): `self.__balance` is the attribute `_Account__balance`, `def __check`
binds `_Account__check`. Doing the same to the tree before validation makes those names private
names (`registry.private_name`) of the program's own objects, so they follow the one attribute
rule, and the messages a program reads name them as CPython's do (`'A' object has no attribute
'_A__x'`). A function or class keeps its written name as `__name__`/`__qualname__` (CPython's
`C._C__m.__name__` is `'__m'`): the rewritten definition carries it as `written_name`.
"""

from __future__ import annotations

import ast

WRITTEN_NAME = "written_name"
"""The attribute a mangled `def`/`class` node keeps its source name under."""


def mangle_private_names(tree: ast.Module) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            prefix = written_name(node).lstrip("_")
            if prefix:
                for statement in node.body:
                    _mangle(statement, "_" + prefix)


def written_name(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> str:
    """The name a definition was written with (its `__name__`), before any mangling."""
    return getattr(node, WRITTEN_NAME, node.name)


def _mangled(name: str, prefix: str) -> str:
    if name[:2] != "__" or name[-2:] == "__" or "." in name:
        return name
    return prefix + name


def _mangle(root: ast.AST, prefix: str) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Name):
            node.id = _mangled(node.id, prefix)
        elif isinstance(node, ast.Attribute):
            node.attr = _mangled(node.attr, prefix)
        elif isinstance(node, ast.arg):  # parameters are; a call's keywords never are
            node.arg = _mangled(node.arg, prefix)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            renamed = _mangled(node.name, prefix)
            if renamed != node.name:
                setattr(node, WRITTEN_NAME, node.name)
                node.name = renamed
        elif isinstance(node, ast.Global | ast.Nonlocal):
            node.names = [_mangled(name, prefix) for name in node.names]
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name is not None:
            node.name = _mangled(node.name, prefix)
        elif isinstance(node, ast.MatchMapping) and node.rest is not None:
            node.rest = _mangled(node.rest, prefix)
        elif isinstance(node, ast.alias) and node.asname is not None:
            node.asname = _mangled(node.asname, prefix)
        if isinstance(node, ast.ClassDef):
            # a nested class's bases, keywords and decorators belong to this class's body; its own
            # body mangles with its own name (`mangle_private_names` visits it)
            stack.extend([*node.bases, *node.keywords, *node.decorator_list])
        else:
            stack.extend(ast.iter_child_nodes(node))
