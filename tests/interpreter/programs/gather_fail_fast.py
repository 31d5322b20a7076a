# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

async def checked(uid):
    user = await get_user(uid)
    if not user["active"]:
        raise ValueError(f"user {uid} is inactive")
    return user["id"]

outcome = {}
try:
    await asyncio.gather(checked(1), checked(3), checked(4))
except ValueError as e:
    outcome["error"] = str(e)
mixed = await asyncio.gather(checked(1), checked(6), get_user(5000), return_exceptions=True)
outcome["mixed"] = [r if isinstance(r, int) else "error" for r in mixed]
outcome["messages"] = [str(r) for r in mixed if isinstance(r, Exception)]
outcome
