# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json

orders = [await get_order(i) for i in (10, 11, 12)]
payload = json.dumps({"orders": orders, "count": len(orders)}, sort_keys=True)
print(payload[:80])
decoded = json.loads(payload)
pretty = json.dumps(decoded["orders"][0], indent=2)
print(pretty)
compact = json.dumps([1, 2.5, None, True, "x"], separators=(",", ":"))
print(compact)
raw = '{"a": [1, 2, {"b": null}], "c": "d\\u00e9"}'
data = json.loads(raw)
{"same": decoded["orders"] == orders, "a": data["a"], "c": data["c"], "lines": pretty.count("\n")}
