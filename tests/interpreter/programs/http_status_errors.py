# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
def raise_for_status(resp):
    if resp["status"] >= 400:
        error = RuntimeError(f"{resp['status']} for {resp['path']}")
        error.status = resp["status"]
        error.retryable = resp["status"] in (429, 502, 503)
        raise error
    return resp

def counted(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    wrapper.label = fn.__name__.upper()
    return wrapper

@counted
def fake_response(path):
    code = {"/ok": 200, "/missing": 404, "/busy": 503, "/limit": 429}.get(path, 500)
    return {"path": path, "status": code}

async def fetch(path):
    await slow_echo(value=path)
    for attempt in range(3):
        try:
            return raise_for_status(fake_response(path))["status"], attempt
        except RuntimeError as e:
            if not e.retryable:
                return f"fatal {e.status}: {e}", attempt
    return "gave up", attempt

results = await asyncio.gather(*(fetch(p) for p in ["/ok", "/missing", "/busy", "/limit", "/boom"]))
for r in results:
    print(r)
print(fake_response.calls, fake_response.label, hasattr(fake_response, "nope"))
results
