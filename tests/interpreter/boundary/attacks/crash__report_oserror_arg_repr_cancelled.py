# Attacks: a native-__str__ exception (OSError) whose args' repr raises CancelledError.
# Held: a clean PtcError, no raw CancelledError.
# expect: error
import asyncio
class K:
    def __repr__(self):
        raise asyncio.CancelledError()
raise OSError(K(), K())
