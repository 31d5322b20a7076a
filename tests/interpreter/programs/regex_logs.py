# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
logs = """2024-03-01 12:00:01 ERROR [db] connection lost (code=57)
2024-03-01 12:00:05 WARN  [api] slow response 1532ms
2024-03-01 12:01:00 INFO  [api] request ok 88ms
2024-03-01 12:02:10 ERROR [api] timeout after 30000ms (code=504)"""
line_re = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+\[(?P<svc>\w+)\] (?P<msg>.*)$", re.M)
entries = [m.groupdict() for m in line_re.finditer(logs)]
print(len(entries), entries[0]["level"], entries[-1]["svc"])
codes = re.findall(r"code=(\d+)", logs)
durations = [int(x) for x in re.findall(r"(\d+)ms", logs)]
print(codes, durations, re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@host"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(-)", "1-2-3"), re.split(r"\s+", " x y ", maxsplit=1))
m = re.search(r"(\d+)-(\d+)?", "range 10- end")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.groups("?"), m.span(), m.start(1), m.end())
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.match(r"\d", "a1"), bool(re.search(r"(?i)error", "An Error")))
print(re.sub(r"\s+", " ", "  many   spaces here "), re.subn(r"a", "A", "banana"), re.escape("a.b*c"), re.sub(r"x", lambda m: m.group().upper() * 2, "axbx"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]+)")
cfg = {m["key"]: m["val"] for m in pat.finditer("host=db;port=5432;user=admin")}
print(cfg, pat.pattern, bool(pat.flags & re.IGNORECASE), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"[A-Z]{2,}", "NASA and ESA"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a12b3"), re.compile(r"\bcat\b", re.IGNORECASE).findall("Cat cat concat CAT"))
[e["msg"] for e in entries if e["level"] == "ERROR"]
