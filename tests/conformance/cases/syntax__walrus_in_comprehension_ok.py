r = [y for x in range(4) if (y := x * 2) > 2]
(r, y)
# expect: ([4, 6], 6)
