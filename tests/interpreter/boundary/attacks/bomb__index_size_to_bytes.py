# Attacks: a program __index__ returning a huge size, passed where native code takes a size: (1).to_bytes(Big(), "big").
# __index__ is never installed on the host class; the call is made again with the converted int,
# so the size checks see it.
# Held: a clean PtcError (LimitExceeded) before anything is allocated.
import math, random
class Big:
    def __index__(self):
        return 10**8
(1).to_bytes(Big(), "big")
