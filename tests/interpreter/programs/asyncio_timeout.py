# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

log = []
try:
    async with asyncio.timeout(0.01):
        log.append(await slow_echo("first"))
        log.append(await slow_echo("never", delay=5))
except TimeoutError:
    log.append("timeout")
finally:
    log.append("cleanup")
async with asyncio.timeout(5):
    log.append(await slow_echo("within"))
log
