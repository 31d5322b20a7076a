# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

outcomes = []
try:
    await asyncio.wait_for(slow_echo("late", delay=5), timeout=0.01)
    outcomes.append("finished")
except asyncio.TimeoutError:
    outcomes.append("timed out")
quick = await asyncio.wait_for(slow_echo("fast"), timeout=5)
outcomes.append(quick)
try:
    await asyncio.wait_for(slow_echo("late", delay=5), timeout=0.01)
except TimeoutError:
    outcomes.append("builtin TimeoutError too")
outcomes
