"""Determinism across processes: run cases under several `PYTHONHASHSEED` values and compare traces.

`python -m fuzz.hashseed [--mutant NAME]` reads a JSON list of cases on stdin and prints, one per
line, the fingerprint of each case's interpreter trace. `check_hash_seeds` runs that worker under
different hash seeds (a subprocess each: the seed is fixed at interpreter start-up) and reports
every case whose traces differ. Batching amortises the start-up over many programs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from .properties import Case, run_interpreter

ROOT = Path(__file__).resolve().parent.parent


def fingerprints(cases: Sequence[Case], seed: int, mutant: str | None = None) -> list[str]:
    env = {
        **os.environ,
        "PYTHONHASHSEED": str(seed),
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, "-m", "fuzz.hashseed", *(["--mutant", mutant] if mutant else [])]
    payload = json.dumps([case.to_json() for case in cases])
    done = subprocess.run(
        command, input=payload, capture_output=True, text=True, env=env, cwd=ROOT, timeout=600, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"hash-seed worker failed (seed {seed}):\n{done.stderr[-3000:]}")
    return done.stdout.split()


def check_hash_seeds(
    cases: Sequence[Case], seeds: Sequence[int] = (0, 1, 2), mutant: str | None = None
) -> list[tuple[Case, str]]:
    """(case, description) for every case whose trace depends on the hash seed."""
    runs = {seed: fingerprints(cases, seed, mutant) for seed in seeds}
    failures: list[tuple[Case, str]] = []
    for index, case in enumerate(cases):
        prints = {seed: runs[seed][index] for seed in seeds}
        if len(set(prints.values())) > 1:
            failures.append((case, f"trace depends on PYTHONHASHSEED: fingerprints {prints}"))
    return failures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m fuzz.hashseed")
    parser.add_argument("--mutant")
    args = parser.parse_args(argv)
    cases = [Case.from_json(data) for data in json.load(sys.stdin)]
    patch = contextlib.nullcontext()
    if args.mutant:
        from .mutants import MUTANTS

        patch = MUTANTS[args.mutant]()
    with patch:
        for case in cases:
            print(hashlib.sha256(run_interpreter(case).fingerprint().encode()).hexdigest()[:16])


if __name__ == "__main__":
    main()
