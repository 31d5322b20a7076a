# Attacks: dict lookups with distinct-but-equal 1M-char string keys (hash cached, equality memcmp).
# Held: a clean PtcError or a quick result.
a = "x" * 999_999 + "y"
d = {a: 1}
n = 0
keys = [("x" * 999_999 + "y") for _ in range(100)]
for _ in range(1000):
    for k in keys:
        n += d[k]
n
