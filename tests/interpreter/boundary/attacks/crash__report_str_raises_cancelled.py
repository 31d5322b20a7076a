# Attacks: an uncaught exception whose __str__ raises CancelledError while run() builds the report.
# Held: a clean PtcError; no raw CancelledError leaves run() (the host would take it for its own cancellation).
# expect: error
import asyncio
class E(Exception):
    def __str__(self):
        raise asyncio.CancelledError()
raise E()
