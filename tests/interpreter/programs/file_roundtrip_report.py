# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json
users = await list_users(team="search", limit=10)
rows = ["id,name,score"] + [f"{u['id']},{u['name']},{u['score']}" for u in users]
meta = await write_file(path="reports/search.csv", content="\n".join(rows) + "\n")
print(meta)
raw = await read_file(path="reports/search.csv")
parsed = [dict(zip(raw.splitlines()[0].split(","), line.split(","))) for line in raw.splitlines()[1:]]
for p in parsed:
    p["score"] = int(p["score"])
print(parsed[:2])
try:
    await read_file(path="reports/missing.csv")
except FileNotFoundError as e:
    print("missing:", e)
except Exception as e:
    print("other:", type(e).__name__, e)
await write_file(path="reports/search.json", content=json.dumps(parsed, indent=2))
back = json.loads(await read_file(path="reports/search.json"))
avg = sum(p["score"] for p in back) / len(back)
f"{avg:.2f}", back == parsed, max(back, key=lambda p: p["score"])["name"]
