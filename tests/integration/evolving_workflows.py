"""Two versions of one workflow type, for proving that replay really checks the history.

`EvolvingWorkflowV1` is run on the server; `EvolvingWorkflowV2` is the "same" workflow after a code
change that calls a different activity, so replaying V1's history with V2 must fail.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import activity, workflow

EVOLVING_WORKFLOW_NAME = "EvolvingWorkflow"


@activity.defn
async def fetch_price(item: str) -> int:
    return len(item) * 100


@activity.defn
async def fetch_discounted_price(item: str) -> int:
    return len(item) * 90


@workflow.defn(name=EVOLVING_WORKFLOW_NAME)
class EvolvingWorkflowV1:
    @workflow.run
    async def run(self, item: str) -> int:
        return await workflow.execute_activity(
            fetch_price, item, start_to_close_timeout=timedelta(seconds=30)
        )


@workflow.defn(name=EVOLVING_WORKFLOW_NAME)
class EvolvingWorkflowV2:
    @workflow.run
    async def run(self, item: str) -> int:
        return await workflow.execute_activity(
            fetch_discounted_price, item, start_to_close_timeout=timedelta(seconds=30)
        )
