# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

class GaveUp(Exception):
    pass

async def with_retry(key, attempts=4, base_delay=0.01):
    errors = []
    for attempt in range(attempts):
        try:
            value = await flaky_lookup(key=key, attempt=attempt)
        except TimeoutError as exc:
            errors.append(str(exc))
            await asyncio.sleep(base_delay * 2 ** attempt)
            continue
        else:
            return value, attempt, errors
    raise GaveUp(f"{key}: {len(errors)} failures")

results = {}
for key in ["alpha", "xray", "beta"]:
    value, attempt, errs = await with_retry(key)
    results[key] = {"value": value, "attempts": attempt + 1, "errors": errs}
try:
    await with_retry("xenon", attempts=2)
except GaveUp as e:
    print("gave up:", e, e.args)
for k, r in results.items():
    print(f"{k:>6}: {r['value']!r:<8} after {r['attempts']} attempt{'s' if r['attempts'] != 1 else ''}")
results["xray"]["errors"]
