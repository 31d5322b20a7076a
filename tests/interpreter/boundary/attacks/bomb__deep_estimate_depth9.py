# Attacks: nested data deeper than MAX_ESTIMATE_DEPTH (8): a width-10 tree of depth 10 compared for equality.
# Held: a clean PtcError within the CPU cap.
x = 0
y = 0
for _ in range(10):
    x = [x] * 10
    y = [y] * 10
x == y
