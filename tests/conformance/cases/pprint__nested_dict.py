import pprint
data = {"name": "widget", "tags": ["alpha", "beta", "gamma", "delta"] * 3, "size": {"w": 10, "h": 20}, "id": 7}
pprint.pprint(data)
# expect: None
