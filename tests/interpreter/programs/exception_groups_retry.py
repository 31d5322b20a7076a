# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
class RateLimited(Exception):
    def __init__(self, retry_after):
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after

attempts = {"n": 0}
async def call_api(path):
    attempts["n"] += 1
    if attempts["n"] % 3 != 0:
        raise RateLimited(retry_after=attempts["n"] * 0.001)
    return {"path": path, "attempt": attempts["n"]}

async def robust(path, tries=5):
    last = None
    for i in range(tries):
        try:
            return await call_api(path)
        except RateLimited as e:
            last = e
            await asyncio.sleep(e.retry_after)
    raise RuntimeError(f"giving up on {path}") from last

results = []
for p in ["/a", "/b", "/c"]:
    results.append(await robust(p))
print(results, attempts)
try:
    await robust("/d", tries=1)
except RuntimeError as e:
    print(repr(e), str(e), e.args[0])
errors = []
for fn in (int, float, lambda s: s.encode().decode("ascii")):
    try:
        fn("é")
    except (ValueError, UnicodeError) as e:
        errors.append(type(e).__name__)
    except Exception:
        errors.append("other")
    else:
        errors.append("fine")
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            errors.append("inner-finally")
    except LookupError as e:
        errors.append(f"outer caught {e!r}")
        raise
try:
    nested()
except KeyError as e:
    errors.append(str(e))
errors
