# Attacks: asyncio.sleep with nan / -inf / inf.
# Held: a clean PtcError quickly (not a hang).
import asyncio
out = []
for s in [float("nan"), float("-inf")]:
    try:
        await asyncio.sleep(s)
        out.append("ok")
    except Exception as e:
        out.append(type(e).__name__)
out
