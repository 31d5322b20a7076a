import json
json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True)
# expect: '{"a": [1, 2], "b": 1}'
