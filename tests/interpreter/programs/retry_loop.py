# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
async def with_retries(key, max_attempts=4):
    errors = []
    for attempt in range(max_attempts):
        try:
            return await flaky_lookup(key, attempt=attempt), errors
        except TimeoutError as e:
            errors.append(str(e))
    raise RuntimeError(f"gave up on {key} after {max_attempts} attempts")

results = {}
for key in ["alpha", "xray", "beta"]:
    value, errs = await with_retries(key)
    results[key] = {"value": value, "retries": len(errs)}
try:
    await with_retries("xeno", max_attempts=2)
except RuntimeError as e:
    results["xeno"] = str(e)
results
