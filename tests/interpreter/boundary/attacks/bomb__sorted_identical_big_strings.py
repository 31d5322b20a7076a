# Attacks: sorted() of one 1M-char string repeated 100k times behind a short first element (memcmp per compare, charged by the first element).
# Held: a clean PtcError within the CPU cap, or a result quickly.
a = "x" * 1_000_000
items = [""] + [a] * 99_999
len(sorted(items))
