d = {"a": 1}
[d.setdefault("b", []), d.pop("a"), d.pop("x", None), d.get("b"), list(d.items()), d.popitem(), d]
# expect: [[], 1, None, [], [('b', [])], ('b', []), {}]
