"""Hand-written baselines: a workflow gathering N activities (bench_workflow.py), and one making N
sequential local activities (bench_sequential.py), nothing else.

Kept in its own module with only Temporal imports, so the sandbox loads it as cheaply as a real
hand-written workflow module would be loaded.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from temporalio import activity, workflow


@activity.defn
async def work(i: int) -> int:
    return i * 2


@workflow.defn
class HandWrittenGather:
    @workflow.run
    async def run(self, calls: int) -> int:
        results = await asyncio.gather(
            *[
                workflow.execute_activity(work, i, start_to_close_timeout=timedelta(seconds=60))
                for i in range(calls)
            ]
        )
        return len(results)


@workflow.defn
class HandWrittenSequentialLocal:
    """The local-activity limit for bench_sequential.py: N sequential local activities, nothing else."""

    @workflow.run
    async def run(self, calls: int) -> int:
        total = 0
        for i in range(calls):
            total += await workflow.execute_local_activity(
                work, i, start_to_close_timeout=timedelta(seconds=5)
            )
        return total
