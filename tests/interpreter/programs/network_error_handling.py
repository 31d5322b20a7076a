# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
class FlakyNet:
    def __init__(self):
        self.calls = 0
    async def fetch(self, key):
        self.calls += 1
        if self.calls % 4 == 1:
            raise ConnectionResetError(f"reset while fetching {key}")
        if self.calls % 4 == 2:
            raise ConnectionRefusedError(111, "refused")
        return await flaky_lookup(key=key, attempt=5)
net = FlakyNet()
log = []
async def get(key):
    for attempt in range(4):
        try:
            return await net.fetch(key)
        except ConnectionRefusedError as e:
            log.append(("refused", e.errno, e.strerror))
        except ConnectionError as e:
            log.append((type(e).__name__, str(e)))
        except (TimeoutError, OSError) as e:
            log.append(("other", str(e)))
    raise IOError(f"{key}: giving up")
values = [await get(k) for k in ["a", "b"]]
try:
    raise FileExistsError(17, "File exists", "out.txt")
except OSError as e:
    log.append((e.errno, e.filename, str(e), isinstance(e, IOError)))
for entry in log:
    print(entry)
values, net.calls
