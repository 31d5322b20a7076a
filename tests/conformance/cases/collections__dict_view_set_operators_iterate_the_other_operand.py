d = {"a": [1], "b": 2}
e = {"b": 2, "c": [3]}
out = []
for operation in [
    lambda: d.items() & [], lambda: d.items() & [("a", [1])], lambda: d.items() & [("b", 2), "x", (1, 2, 3)],
    lambda: d.keys() | [[1]], lambda: d.items() | [], lambda: d.items() - [], lambda: d.items() ^ [],
    lambda: d.items() ^ e.items(), lambda: e.items() ^ d.items(), lambda: d.items() & e.items(),
    lambda: d.items() & {("b", 2)}, lambda: d.items() & {("b", 2), 1, 3}, lambda: {("b", 2)} & d.items(),
    lambda: [("b", 2)] & d.items(), lambda: [1, "a"] | d.keys(), lambda: [1, "a"] - d.keys(), lambda: "ab" ^ d.keys(),
    lambda: d.keys() & 5, lambda: d.keys() | 5, lambda: 5 - d.keys(), lambda: d.keys() - [[1]], lambda: d.keys() & [[1]],
    lambda: d.keys() ^ [[1]], lambda: d.items() - [("a", [1])], lambda: d.items().isdisjoint([("a", [1])]),
]:
    try:
        result = operation()
        out.append(sorted(map(repr, result)))
    except TypeError as error:
        out.append(str(error))
out
# expect: [[], "unhashable type: 'list'", ["('b', 2)"], "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", ["('b', 2)"], ["('b', 2)"], "unhashable type: 'list'", ["('b', 2)"], ["('b', 2)"], ["'a'", "'b'", '1'], ['1'], [], "'int' object is not iterable", "'int' object is not iterable", "'int' object is not iterable", "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", "unhashable type: 'list'", "'bool' object is not iterable"]
