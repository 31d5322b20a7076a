"""The exception classes a program can name: real Python classes, so `raise`/`except` are CPython's.

The list itself is owned by `runtime.exceptions` (which also converts tool errors into these), so
the names a program can catch and the classes tool errors become are the same set.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..runtime.exceptions import PROGRAM_EXCEPTIONS

EXCEPTION_CLASSES: Mapping[str, type[BaseException]] = dict(PROGRAM_EXCEPTIONS)
