import heapq
heapq.nsmallest(2, [5, 1, 4, 2])
# expect: [1, 2]
