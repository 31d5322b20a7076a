"""Imports CPython runs although the module is missing: inside `try: ... except ImportError:` the
import fails at run time (the program takes its fallback), under `if TYPE_CHECKING:` it never runs,
and `from __future__ import annotations` postpones every annotation."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    import yaml\nexcept ImportError:\n    yaml = None\nyaml",
        "try:\n    import yaml.loader\nexcept ModuleNotFoundError as e:\n    print(e, type(e).__name__)",
        "try:\n    import json.nothing\nexcept ImportError as e:\n    print(e)",
        "try:\n    from json import nothing\nexcept (ValueError, ImportError) as e:\n    print(type(e).__name__)",
        "try:\n    import orjson as fast\nexcept Exception:\n    import json as fast\nfast.dumps([1])",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from numpy import ndarray\n1",
        "import typing\nif typing.TYPE_CHECKING:\n    import pandas\nelse:\n    print('runs')",
        "from __future__ import annotations\nx: Undefined = 1\nclass C:\n    y: Later = 2\n"
        "def f(a: Nowhere) -> Missing:\n    return a\n(x, C.y, f(3))",
    ],
)
async def test_guarded_imports_run_as_in_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


@pytest.mark.parametrize(
    "source",
    [
        "import yaml",
        "try:\n    import yaml\nexcept ValueError:\n    pass",
        "try:\n    pass\nexcept ImportError:\n    import yaml",
        "from __future__ import braces",
        "x: Undefined = 1",
    ],
)
async def test_unguarded_unknown_imports_are_refused_before_running(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcSyntaxError):
        await ptc_interpreter.run(source)
