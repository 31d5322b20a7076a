# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(team="platform", limit=6)
header = "id,name,score"
lines = [header] + [f"{u['id']},{u['name']},{u['score']}" for u in users]
csv_text = "\n".join(lines) + "\n"
info = await write_file("reports/platform.csv", csv_text)
back = await read_file("reports/platform.csv")
parsed = [row.split(",") for row in back.strip().split("\n")[1:]]
total = sum(int(score) for _, _, score in parsed)
try:
    await read_file("reports/missing.csv")
except FileNotFoundError as e:
    print("expected:", e)
except Exception as e:
    print("other:", type(e).__name__, e)
{"bytes": info["bytes"], "rows": len(parsed), "total": total, "same": back == csv_text}
