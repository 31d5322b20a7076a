"""Replay safety across releases of the interpreter.

A workflow replays a program by running it again; the commands it issues (activities, child
workflows, timers, in order) must match the recorded history. The interpreter reports
`SEMANTICS_VERSION`, bumped whenever a change alters the commands some program issues. Such a change
must keep the old behaviour reachable and select it with `workflow.patched(semantics_patch_id(n))`:
new executions record the marker and take the new path, histories recorded before it replay on the
old one. The versions that have such a marker are listed in `PATCHED_VERSIONS`; a worker refuses to
replay a history whose version it no longer knows instead of silently diverging.

Version 1 is the baseline and records no marker, so a program's history carries no per-run overhead.
"""

from __future__ import annotations

import ptc_interpreter
from temporalio import workflow

BASELINE_VERSION = 1
PATCHED_VERSIONS: tuple[int, ...] = ()
"""Semantics versions introduced behind `workflow.patched`, oldest first."""


def semantics_patch_id(version: int) -> str:
    return f"durable_ptc/semantics/{version}"


def check_semantics_version() -> int:
    """The semantics version this execution runs programs with (call from workflow code)."""
    current: int = ptc_interpreter.SEMANTICS_VERSION
    if current != (PATCHED_VERSIONS[-1] if PATCHED_VERSIONS else BASELINE_VERSION):
        raise workflow.NondeterminismError(
            f"ptc_interpreter SEMANTICS_VERSION is {current} but durable_ptc knows versions "
            f"{(BASELINE_VERSION, *PATCHED_VERSIONS)}; add it to PATCHED_VERSIONS with a workflow.patched branch"
        )
    for version in reversed(PATCHED_VERSIONS):
        if workflow.patched(semantics_patch_id(version)):
            return version
    return BASELINE_VERSION
