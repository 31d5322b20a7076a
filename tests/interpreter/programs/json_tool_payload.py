# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json

users = await list_users(team="search", limit=3)
payload = {"team": "search", "members": [{"id": u["id"], "tags": u["tags"], "manager": u["manager_id"]} for u in users], "ratio": 1 / 3, "ok": True}
body = json.dumps(payload)
receipt = await send_email("lead@example.com", subject="members", body=body)
text = json.dumps(payload, indent=2, sort_keys=True)
print(text)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("invalid:", e.msg)
except ValueError as e:
    print("invalid value")
{"receipt": receipt, "roundtrip": json.loads(body) == payload, "unicode": json.dumps("café"), "ascii": json.dumps("café", ensure_ascii=False)}
