"""docs/testing.md's worked example runs as written, against a real dev server (in a subprocess, the
way a user's own test suite would run it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "testing.md"


def example_files() -> dict[str, str]:
    text = DOC.read_text()
    section = text.split("### Worked example", 1)[1].split("\n## ", 1)[0]
    files: dict[str, str] = {}
    for name, code in re.findall(r"`([\w.]+\.py)`[^\n]*:\n\n```python\n(.*?)```", section, re.S):
        files[name] = code
    return files


def test_worked_example_in_docs_passes(tmp_path: Path) -> None:
    files = example_files()
    assert set(files) == {"conftest.py", "test_user_tools.py"}
    for name, code in files.items():
        (tmp_path / name).write_text(code)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
            "-o",
            "asyncio_mode=auto",
            "-o",
            "asyncio_default_fixture_loop_scope=session",
            "-o",
            "asyncio_default_test_loop_scope=session",
            "--rootdir",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": ""},
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout, done.stdout[-2000:]
