# Attacks: awaiting get() on an empty queue with no producer.
# Held: a clean PtcError, not a hang.
# expect: error
import asyncio
q = asyncio.Queue()
await q.get()
