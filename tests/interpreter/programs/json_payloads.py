# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json
user = await get_user(user_id=5)
text = json.dumps(user, sort_keys=True)
print(text[:80])
print(json.dumps({"b": [1, 2.5, None, True], "a": "é\n"}, indent=2))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps([1e20, 1.0, -0.0, 3.14]))
data = json.loads('{"x": [1, 2, {"y": null}], "n": 1.50, "big": 12345678901234567890, "s": "\\u00e9\\t"}')
print(data, type(data["n"]).__name__, data["big"] + 1)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("decode error:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[1, 2,]")
except ValueError as e:
    print(type(e).__name__, str(e))
print(json.dumps((1, 2)), json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps([]), json.dumps({}, indent=4))
print(json.dumps({"k": "v"}, indent="\t"), json.loads("3"), json.loads(' "s" '), json.loads("[]"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
roundtrip = json.loads(json.dumps(user))
roundtrip == user, json.dumps(float("nan")), json.dumps("\u2603\x01")
