import bisect
(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
# expect: (True, True)
