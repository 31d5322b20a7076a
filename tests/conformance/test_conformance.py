"""Every conformance case behaves as under CPython 3.11, or is a listed, clean refusal.

See `conformance_runner.py` for what a case is and how outcomes compare; `differences/<area>.md`
lists the deliberate differences per area with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conformance_runner import (
    DIFFERENCES_DIR,
    area_of,
    case_paths,
    expectation,
    listed_differences,
    mismatch,
    run_cpython,
    run_interpreter,
    stated_expectation,
)

CASES = case_paths()
DIFFERENCES = listed_differences()
_unknown = sorted(set(DIFFERENCES) - {p.stem for p in CASES})
assert not _unknown, f"differences/ lists cases that do not exist: {_unknown}"
_undocumented = sorted({area_of(p) for p in CASES} - {p.stem for p in DIFFERENCES_DIR.glob("*.md")})
assert not _undocumented, f"areas without a differences/<area>.md file: {_undocumented}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
async def test_case_conforms_to_cpython(path: Path) -> None:
    assert "__" in path.stem and area_of(path), "case files are named <area>__<case>.py"
    source = path.read_text()
    expected = await run_cpython(source)
    assert stated_expectation(source) == expectation(expected), (
        "the file's '# expect:' line is not CPython's outcome (conformance_runner.py --write)"
    )
    actual = await run_interpreter(source)
    documented = DIFFERENCES.get(path.stem)
    if documented is None:
        problem = mismatch(expected, actual)
        assert problem is None, problem
    else:
        assert mismatch(expected, actual) is not None, "listed as a difference but conforms: unlist it"
        assert actual.kind != "value", "a difference must be a refusal, never a different value"
        assert documented in actual.report, f"the refusal does not say {documented!r}:\n{actual.report}"
