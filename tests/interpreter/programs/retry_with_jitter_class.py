# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
class RetryPolicy:
    def __init__(self, attempts=3, base=0.001, factor=2.0):
        self.attempts = attempts
        self.base = base
        self.factor = factor
        self.history = []
    def delays(self):
        d = self.base
        for _ in range(self.attempts - 1):
            yield d
            d *= self.factor
    async def run(self, make_call, label):
        delays = self.delays()
        attempt = 0
        while True:
            try:
                result = await make_call(attempt)
                self.history.append((label, attempt, "ok"))
                return result
            except (TimeoutError, ConnectionError) as exc:
                self.history.append((label, attempt, type(exc).__name__))
                delay = next(delays, None)
                if delay is None:
                    raise RuntimeError(f"{label}: out of attempts") from exc
                await asyncio.sleep(delay)
                attempt += 1
policy = RetryPolicy(attempts=3)
values = []
for key in ["alpha", "xyz", "beta"]:
    values.append(await policy.run(lambda n, k=key: flaky_lookup(key=k, attempt=n), key))
strict = RetryPolicy(attempts=2)
try:
    await strict.run(lambda n: flaky_lookup(key="xenon", attempt=n), "xenon")
except RuntimeError as e:
    print("error:", e)
for entry in policy.history + strict.history:
    print(*entry, sep=" | ")
values, list(RetryPolicy(4, 0.5, 3).delays())
