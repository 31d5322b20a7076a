# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re

log = """2024-03-01 12:00:01 ERROR [db] connection refused (code=111)
2024-03-01 12:00:05 INFO  [api] request ok in 35ms
2024-03-01 12:01:10 WARN  [api] slow request 1200ms
2024-03-01 12:02:00 ERROR [cache] timeout after 3000ms (code=110)"""

pattern = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+\[(?P<component>\w+)\] (?P<message>.*)$", re.MULTILINE)
entries = [m.groupdict() for m in pattern.finditer(log)]
errors = [e["component"] for e in entries if e["level"] == "ERROR"]
durations = [int(x) for x in re.findall(r"(\d+)ms", log)]
codes = re.findall(r"code=(\d+)", log)
redacted = re.sub(r"\d{2}:\d{2}:\d{2}", "<time>", log.splitlines()[0])
parts = re.split(r"\s*[,;]\s*", "a, b;c ,d")
m = re.search(r"slow request (\d+)", log)
print(redacted)
{"errors": errors, "durations": durations, "codes": codes, "parts": parts, "slow": int(m.group(1)), "n": len(entries)}
