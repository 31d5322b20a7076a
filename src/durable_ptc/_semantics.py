"""Replay safety across releases of the interpreter.

A workflow replays a program by running it again; the commands it issues (activities, child
workflows, timers, in order) must match the recorded history. The interpreter reports
`SEMANTICS_VERSION`, bumped whenever a change alters the commands some program issues. Every
execution that runs programs under version N > 1 records the marker `workflow.patched(
semantics_patch_id(N))`, so a history says which semantics produced it. A worker replaying a history
recorded under another version than its own cannot reproduce it; it says so with a
`NondeterminismError` naming both versions (the workflow task then waits for a worker of the right
release) instead of diverging silently. A change that must keep old histories replayable on a new
release keeps its old behaviour reachable and selects it on the marker that history carries.

Version 1 is the baseline and records no marker, so until the first bump programs pay nothing in
history for the policy.
"""

from __future__ import annotations

import ptc_interpreter
from temporalio import workflow

BASELINE_VERSION = 1


def semantics_patch_id(version: int) -> str:
    return f"durable_ptc/semantics/{version}"


def check_semantics_version() -> int:
    """The semantics version programs run with in this workflow (call from workflow code)."""
    current: int = ptc_interpreter.SEMANTICS_VERSION
    for version in range(current, BASELINE_VERSION, -1):
        if workflow.patched(semantics_patch_id(version)):
            recorded = version
            break
    else:
        recorded = BASELINE_VERSION
    if recorded != current:
        raise workflow.NondeterminismError(
            f"this history ran programs under interpreter semantics v{recorded}, but this worker's "
            f"ptc_interpreter is v{current}; replay it on a worker of the release it was recorded with"
        )
    return current
