# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class ToolError(Exception):
    def __init__(self, tool, reason):
        super().__init__(tool, reason)
        self.tool = tool
        self.reason = reason
    def __str__(self):
        return f"{self.tool} failed: {self.reason}"

class RetryExhausted(ToolError):
    pass

log = []
async def fetch(city):
    try:
        return await fetch_weather(city=city)
    except Exception as e:
        raise ToolError("fetch_weather", str(e)) from e

for city in ["paris", "atlantis"]:
    try:
        w = await fetch(city)
        log.append(w["condition"])
    except ToolError as err:
        log.append((str(err), repr(err), err.args, err.reason[:20]))
    finally:
        log.append(f"done {city}")
try:
    raise RetryExhausted("x", "3 attempts")
except ToolError as e:
    log.append((type(e).__name__, e.args, isinstance(e, (KeyError, ToolError))))
try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise ValueError("bad key") from None
except ValueError as ve:
    log.append((repr(ve), ve.args))
try:
    [1][5]
except IndexError as ie:
    log.append(str(ie))
for item in log:
    print(item)
e = KeyError("k")
[str(e), repr(e), str(ValueError()), repr(ValueError(1, 2)), str(Exception("a", "b")), e.args]
