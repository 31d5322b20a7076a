# Attacks: an instance attribute ptc_await (not a class method) handed to await/gather.
# Held: a clean PtcError.
# expect: error
import asyncio
class W:
    pass
def spin():
    while True:
        yield None
w = W()
w.ptc_await = spin
async def main():
    await asyncio.gather(w)
await main()
