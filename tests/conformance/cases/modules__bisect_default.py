import bisect
bisect.bisect([1, 2, 2, 3], 2)
# expect: 3
