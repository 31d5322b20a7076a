"""Permanent regression examples: every failure the fuzzer found, replayed by the default test run.

Each example is one JSON file in `fuzz/regressions/`: the property it broke, the case (source,
call-site scripts, cancellation instant), and what was observed against what was expected, so the
owner of the code can read the bug without running anything. An example fails its test until the
bug is fixed; it is never deleted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .properties import PROPERTIES, Case

REGRESSIONS = Path(__file__).parent / "regressions"


@dataclass(frozen=True)
class Example:
    name: str
    prop: str
    case: Case
    observed: str
    expected: str

    def check(self) -> str | None:
        return PROPERTIES[self.prop](self.case)

    def to_json(self) -> dict[str, Any]:
        return {
            "property": self.prop,
            "observed": self.observed,
            "expected": self.expected,
            "case": self.case.to_json(),
        }


def load() -> list[Example]:
    examples: list[Example] = []
    for path in sorted(REGRESSIONS.glob("*.json")):
        data = json.loads(path.read_text())
        examples.append(
            Example(
                path.stem, data["property"], Case.from_json(data["case"]), data["observed"], data["expected"]
            )
        )
    return examples


def save(example: Example) -> Path:
    name = re.sub(r"[^a-z0-9-]+", "-", example.name.lower()).strip("-")
    path = REGRESSIONS / f"{name}.json"
    path.write_text(json.dumps(example.to_json(), indent=2) + "\n")
    return path
