# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps(1e16), json.dumps(float("nan")), json.dumps(10**20))
print(json.dumps({"a": [], "b": {}, "c": [1, [2, {}]]}, indent=2))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1), json.dumps("é\n\t\"", ensure_ascii=True))
print(json.loads('{"a": 1.0, "b": 12345678901234567890, "c": [true, false, null], "d": "\\u00e9"}'))
print(json.dumps([1.0, 0.1, -0.0, 1.5e-7]), json.dumps({"k": "v"}, separators=(",", ":")), json.dumps("x", indent=4))
try:
    json.dumps({"a": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"when": "x"}, default=str), json.loads("[1, 2]", ), json.loads(' "s" '))
