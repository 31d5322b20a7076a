# Attacks: heapq.heapify of 100k identical 1M-char strings.
# Held: a clean PtcError.
import heapq
a = "x" * 1_000_000
h = [""] + [a] * 99_999
heapq.heapify(h)
len(h)
