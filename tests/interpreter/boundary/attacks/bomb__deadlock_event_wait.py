# Attacks: awaiting an Event nobody sets (no runnable task).
# Held: a clean PtcError (deadlock), not a hang.
# expect: error
import asyncio
await asyncio.Event().wait()
