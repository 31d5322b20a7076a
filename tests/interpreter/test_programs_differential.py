"""Model-style programs must behave exactly as under CPython: same value, stdout, exception type,
tool calls (in issue order) and tool side effects.

Each file in `programs/` is one program of the kind a model writes for programmatic tool calling.
Files named `err_*.py` end in an uncaught exception on purpose; all others must complete. A program
marked `# trace: unordered` has its tool calls compared as a multiset, because CPython's own order
is address-dependent there.
"""

from __future__ import annotations

from pathlib import Path

import ptc_interpreter
import pytest
from ptc_fake_tools import FakeWorld
from ptc_reference import differences, run_cpython, run_interpreter

PROGRAMS_DIR = Path(__file__).parent / "programs"
PROGRAMS = sorted(PROGRAMS_DIR.glob("*.py"))


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 60


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
async def test_reference_run_behaves_as_the_file_name_says(path: Path) -> None:
    """Guards the corpus itself: a program that CPython cannot run would make the differential test moot."""
    outcome = await run_cpython(path.read_text(), FakeWorld().tools())
    if path.stem.startswith("err_"):
        assert outcome.exc_type is not None, "err_ program completed under CPython"
    else:
        assert outcome.exc_type is None, f"CPython raised {outcome.exc_type}: {outcome.message}"


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
async def test_program_matches_cpython(path: Path) -> None:
    source = path.read_text()
    reference_world, interpreter_world = FakeWorld(), FakeWorld()
    expected = await run_cpython(source, reference_world.tools())
    actual, raw = await run_interpreter(source, interpreter_world.tools())

    assert actual.exc_type == expected.exc_type, (
        f"expected exception {expected.exc_type} ({expected.message}), got {actual.exc_type}:\n{actual.message}"
    )
    if expected.exc_type is None:
        assert actual.stdout == expected.stdout
        assert list(differences(expected.value, actual.value)) == []
    else:
        assert isinstance(raw, ptc_interpreter.PtcRuntimeError)
        assert raw.span is not None, "an uncaught program exception must say where it happened"
    if "# trace: unordered" in source:
        assert sorted(map(repr, interpreter_world.calls)) == sorted(map(repr, reference_world.calls))
    else:
        assert interpreter_world.calls == reference_world.calls
    assert interpreter_world.files == reference_world.files
    assert interpreter_world.outbox == reference_world.outbox


async def test_uncaught_tool_error_names_the_tool() -> None:
    source = (PROGRAMS_DIR / "err_uncaught_tool.py").read_text()
    _, raw = await run_interpreter(source, FakeWorld().tools())
    assert isinstance(raw, ptc_interpreter.PtcToolError)
    assert raw.tool == "get_user"
    assert raw.line == 6
    assert "user 0 not found" in str(raw)


async def test_call_log_records_bound_arguments_in_issue_order() -> None:
    source = (PROGRAMS_DIR / "gather_users_by_team.py").read_text()
    result = await ptc_interpreter.run(source, tools=FakeWorld().tools())
    assert [(c.tool, dict(c.arguments), c.sequence) for c in result.calls] == [
        ("get_user", {"user_id": i}, i - 1) for i in range(1, 13)
    ]
    assert all(c.span.line == 3 for c in result.calls)


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_check_finds_no_problem_in_a_valid_program(path: Path) -> None:
    """`check` is the pre-flight the model gets; a false positive would reject working code."""
    assert ptc_interpreter.check(path.read_text(), tools=FakeWorld().tools()) == []
