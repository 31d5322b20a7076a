# Attacks: sorting by hash() of strings and bytes.
# Held: identical across hash seeds.
words = ["a", "b", "c", "d", "e", "f"]
[sorted(words, key=hash), hash(b"abc") % 97, hash(("x", 1)) % 97]
