# Attacks: asyncio.wait returns (done, pending) sets of tasks; a native set of tasks iterates in address
# (identity-hash) order, which differs between processes.
# Held: the same order in every process (insertion/completion order) or sets the program cannot iterate nondeterministically.
import asyncio
async def job(i):
    await asyncio.sleep(0)
    return i
tasks = [asyncio.create_task(job(i)) for i in range(40)]
done, pending = await asyncio.wait(tasks)
[t.result() for t in done]
