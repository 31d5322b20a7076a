[len(x) for x in ("abc", [1], (1, 2), {1: 2}, {1, 2, 3}, range(5), b"ab")]
# expect: [3, 1, 2, 1, 3, 5, 2]
