# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
results = {}
async def safe(name, coro):
    try:
        results[name] = await coro
    except Exception as e:
        results[name] = f"error: {e}"
await asyncio.gather(safe("a", get_user(1)), safe("b", get_user(0)), safe("c", get_order(17)))
print(sorted((k, v if isinstance(v, str) else v["id"]) for k, v in results.items()))
