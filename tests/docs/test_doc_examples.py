"""The code examples in README.md and docs/ run, so the docs stay true.

A fenced block is executed when its info string says how:

- ```` ```python run_ptc ````: a program, run through `ptc_interpreter` with the demo's tools (files
  in a temp sandbox) and a stand-in `spawn`. A `# result: <literal>` line is the value it must give.
- ```` ```python run_ptc-fails ````: a program that must be refused or fail; each `# error: <text>`
  line is text its model-visible report must contain.
- ```` ```python exec ````: Python (API usage), executed as a script.

Other blocks (bash, plain `python`) are illustrations and are not run.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import ptc_interpreter
import pytest

from durable_ptc.demo import tools as demo_tools

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(
    r"^```python (run_ptc-fails|run_ptc|exec)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL
)


def examples(kind: str) -> list[Any]:
    found: list[Any] = []
    for document in DOCUMENTS:
        text = document.read_text()
        for match in FENCE.finditer(text):
            if match.group(1) == kind:
                line = text.count("\n", 0, match.start()) + 1
                found.append(pytest.param(match.group(2), id=f"{document.relative_to(ROOT)}:{line}"))
    return found


def directives(code: str, name: str) -> list[str]:
    prefix = f"# {name}:"
    return [line.removeprefix(prefix).strip() for line in code.splitlines() if line.startswith(prefix)]


async def spawn(agent_name: str, task: str) -> str:
    """Stand-in for the sub-agent tool: answers at once."""
    return f"{agent_name} says: {task}"


TOOLS = {
    tool.__name__: tool
    for tool in (
        demo_tools.write_file,
        demo_tools.read_file,
        demo_tools.list_files,
        demo_tools.search_docs,
        demo_tools.get_weather,
        demo_tools.fetch_report,
        demo_tools.slow_task,
        spawn,
    )
}


@pytest.fixture(autouse=True)
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(demo_tools.SANDBOX_ENV, str(tmp_path))
    return tmp_path


def test_the_docs_have_runnable_examples() -> None:
    assert len(examples("run_ptc")) >= 5 and examples("run_ptc-fails") and examples("exec")


@pytest.mark.parametrize("code", examples("run_ptc"))
async def test_program_example_runs(code: str) -> None:
    problems = ptc_interpreter.check(code, tools=TOOLS)
    assert not problems, problems
    result = await ptc_interpreter.run(code, tools=TOOLS)
    for expected in directives(code, "result"):
        assert result.value == ast.literal_eval(expected)


@pytest.mark.parametrize("code", examples("run_ptc-fails"))
async def test_failing_program_example_reports_what_the_doc_says(code: str) -> None:
    expected = directives(code, "error")
    assert expected, "a run_ptc-fails example needs at least one `# error:` line"
    try:
        await ptc_interpreter.run(code, tools=TOOLS)
    except ptc_interpreter.PtcError as error:
        report = str(error)
    else:
        pytest.fail("the example ran without an error")
    for fragment in expected:
        assert fragment in report, report


@pytest.mark.parametrize("code", examples("exec"))
def test_api_example_runs(code: str) -> None:
    exec(compile(code, "<doc example>", "exec"), {"__name__": "__doc_example__"})


def test_language_reference_names_every_importable_module() -> None:
    from ptc_interpreter.parse.validate import module_names

    reference = (ROOT / "docs" / "language.md").read_text()
    missing = sorted(name for name in module_names() if f"`{name}`" not in reference)
    assert not missing, f"docs/language.md does not mention the importable modules {missing}"
