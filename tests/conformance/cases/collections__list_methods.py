xs = [3, 1, 2]
xs.insert(0, 9)
xs.extend([7])
xs.remove(1)
p = xs.pop()
xs.sort(reverse=True)
(xs, p, xs.index(3), xs.count(9), xs.copy() is xs)
# expect: ([9, 3, 2], 7, 1, 1, False)
