def down(n):
    return down(n + 1)
caught = 0
for _ in range(20):
    try:
        down(0)
    except RuntimeError:
        caught += 1
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
(caught, depth(50))
# expect: (20, 50)
