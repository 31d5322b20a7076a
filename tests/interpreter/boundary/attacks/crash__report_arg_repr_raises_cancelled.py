# Attacks: an uncaught KeyError whose key's __repr__ raises CancelledError while the report renders it.
# Held: a clean PtcError, no raw CancelledError.
# expect: error
import asyncio
class K:
    def __repr__(self):
        raise asyncio.CancelledError()
raise KeyError(K())
