"""Parse and validate: source text to a checked `ast` tree, every problem reported at once."""

from __future__ import annotations

import ast
import re
import threading

from ..errors import Problem, PtcSyntaxError, SourceSpan
from .mangle import mangle_private_names

_DOUBLE_UNDERSCORE_WORD = re.compile(r"(?<!\w)__\w+")
"""Words that may be private names to mangle (`__balance`; dunders end in `__`): a program without
one skips the tree walk."""

_AST_BUILD_LOCK = threading.Lock()
"""CPython 3.11 counts recursion while building the AST objects in one per-interpreter field, so two
threads parsing at once (a worker runs workflow activations on a thread pool; a garbage collection
running a finalizer mid-parse lets the other thread in) can fail with `SystemError: AST constructor
recursion depth mismatch`. Parses are short; one at a time costs nothing measurable."""


def parse_program(source: str, filename: str = "<program>") -> ast.Module:
    """`ast.parse` (never compiled to bytecode); a syntax error becomes a `PtcSyntaxError`."""
    try:
        with _AST_BUILD_LOCK:
            tree = ast.parse(source, filename=filename, mode="exec", type_comments=False)
    except SyntaxError as error:
        line = error.lineno or 1
        col = max((error.offset or 1) - 1, 0)
        end_line = error.end_lineno or line
        end_col = max((error.end_offset or (col + 2)) - 1, col + 1)
        if end_line != line:
            end_line, end_col = line, col + 1
        span = SourceSpan(line, col, end_line, end_col)
        message = error.msg
        raise PtcSyntaxError((Problem(message, span, None, "SyntaxError"),), source) from None
    except (ValueError, RecursionError, MemoryError) as error:
        raise PtcSyntaxError((Problem(f"cannot parse the program: {error}", None),), source) from None
    if "class" in source:  # the walk costs a fifth of a short program's start-up
        _bind_class_docstrings(tree)
        if any(not name.endswith("__") for name in _DOUBLE_UNDERSCORE_WORD.findall(source)):
            mangle_private_names(tree)
    return tree


def _bind_class_docstrings(tree: ast.Module) -> None:
    """A class body's docstring is its first assignment, `__doc__ = "..."`, as CPython compiles it:
    the body can read it (`y = __doc__`) and a later `__doc__ = ...` replaces it."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                target = ast.copy_location(ast.Name(id="__doc__", ctx=ast.Store()), first)
                node.body[0] = ast.copy_location(ast.Assign(targets=[target], value=first.value), first)
