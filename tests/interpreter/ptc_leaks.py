"""What counts as host detail in a text a program can read or a report shows: a memory address, a host
module path, `<locals>`, or the name of one of the interpreter's own classes (taken from its source,
so a new class is covered without editing any test). Shared by the leak probes and the hostile-
argument workers."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import ptc_interpreter


def _interpreter_class_names() -> set[str]:
    """Names of the interpreter's classes that a program never knows a value by: every class in its
    source, except one whose program name (`ptc_name`) is its own name."""
    source = Path(ptc_interpreter.__file__).parent
    names: set[str] = set()
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.ClassDef):
                continue
            program_names = [
                statement.value.value
                for statement in node.body
                if isinstance(statement, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "ptc_name" for t in statement.targets)
                and isinstance(statement.value, ast.Constant)
            ]
            if not any(str(name).rpartition(".")[2] == node.name for name in program_names):
                names.add(node.name)
    return names


LEAK = re.compile(
    r"0x[0-9a-fA-F]{5,}|object at |ptc_interpreter|<locals>|make_module"
    rf"|\b(?:{'|'.join(sorted(_interpreter_class_names()))})\b"
)


def leaks(text: str) -> list[str]:
    """Each host detail in `text`, with some context."""
    return [text[max(0, m.start() - 80) : m.end() + 40] for m in LEAK.finditer(text)]
