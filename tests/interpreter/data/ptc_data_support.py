"""Helpers shared by the data-runtime unit tests."""

from __future__ import annotations

import os
import subprocess
import sys

from ptc_interpreter.host import LocalHost
from ptc_interpreter.limits import Limits
from ptc_interpreter.runtime.context import RunContext


def make_ctx(**limits: int) -> RunContext:
    """A fresh run context with default limits, except those given."""
    return RunContext(LocalHost({}), Limits(**limits))


def outputs_under_hash_seeds(code: str, seeds: tuple[str, ...]) -> set[str]:
    """The distinct stdouts of `python -c code` run once under each PYTHONHASHSEED in `seeds`."""
    return {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in seeds
    }
