"""The red-team attack corpus (`attacks/`): every attack listed in `attacks/HELD.txt` must still hold.

Each attack is a program a model could submit; `attack_runner.py` runs it in a capped process and
classifies it (see there for what "held" means: a clean `PtcError` or a correct result within 10 s of
CPU and 1 GiB, nothing leaked, nothing run after `run()` returned, host state and a reference program
unchanged, identical outcomes across hash seeds and time zones). Attacks that still break are kept in
the corpus as data for the next round of fixes and are not run here; when a fix makes one hold, add it
to `HELD.txt` so it stays fixed. Attacks run two at a time (the machine has two cores), each once in
the first environment, and nondeterminism probes (`nondet__*`) in all three.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from attack_runner import ATTACKS, ENVIRONMENTS, classify, run_one

HELD_LIST = ATTACKS / "HELD.txt"


def held_attacks() -> list[Path]:
    names = [line.strip() for line in HELD_LIST.read_text().splitlines() if line.strip()]
    return [ATTACKS / f"{name}.py" for name in names]


def environments_for(path: Path) -> tuple[dict[str, str], ...]:
    return ENVIRONMENTS if path.name.startswith("nondet__") else (ENVIRONMENTS[0],)


@pytest.fixture(scope="module")
def verdicts() -> dict[str, tuple[str, list[str]]]:
    paths = held_attacks()
    jobs = [(path, env) for path in paths for env in environments_for(path)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda job: run_one(*job), jobs))
    by_attack: dict[str, list[dict[str, Any]]] = {}
    for (path, _), data in zip(jobs, results, strict=True):
        by_attack.setdefault(path.stem, []).append(data)
    out: dict[str, tuple[str, list[str]]] = {}
    for path in paths:
        runs = by_attack[path.stem]
        runs = runs * (len(ENVIRONMENTS) // len(runs))  # one environment stands for all three
        out[path.stem] = classify(path, runs)
    return out


def test_held_list_names_existing_attacks() -> None:
    missing = [path.name for path in held_attacks() if not path.exists()]
    assert missing == []


@pytest.mark.parametrize("name", [path.stem for path in held_attacks()])
def test_attack_holds(name: str, verdicts: dict[str, tuple[str, list[str]]]) -> None:
    verdict, reasons = verdicts[name]
    assert verdict == "HELD", "\n".join(reasons)
