import heapq, random
out = []
for xs in [[5, 3, "a", 1, 2, 0], [9, 8, 7, None, 1, 2, 3, 4], [3, 1, 2, "x"]]:
    try:
        heapq.heapify(xs)
    except TypeError as e:
        out.append((str(e), xs))
for operation in [lambda h: heapq.heappush(h, "x"), lambda h: heapq.heappop(h), lambda h: heapq.heapreplace(h, 2), lambda h: heapq.heappushpop(h, 4)]:
    for start in [[1, 3, 5, 7], [1, 3, 5, "z", 7], [1, "q", 5, 2, 7, 0]]:
        h = list(start)
        try:
            out.append(operation(h))
        except TypeError:
            pass
        out.append(h)
class Growing:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v
    def __repr__(self):
        return f"G{self.v}"
h = []
h.extend([Growing(h, 3), Growing(h, 1), Growing(h, 2)])
try:
    heapq.heapify(h)
except RuntimeError as e:
    out.append((str(e), len(h)))
random.seed(5)
data = [random.randint(0, 50) for _ in range(60)]
heap = []
for value in data:
    heapq.heappush(heap, value)
popped = [heapq.heappop(heap) for _ in range(20)]
heapq.heapify(data)
out += [heap, popped, data, heapq.heapreplace(data, 25), data, heapq.heappushpop(data, 3), data]
out
# expect: [("'<' not supported between instances of 'str' and 'int'", [5, 3, 0, 1, 2, 'a']), ("'<' not supported between instances of 'NoneType' and 'int'", [9, 8, 7, 4, 1, 2, 3, None]), ("'<' not supported between instances of 'int' and 'str'", [3, 'x', 2, 1]), [1, 3, 5, 7, 'x'], [1, 3, 5, 'z', 7, 'x'], [1, 'q', 5, 2, 7, 0, 'x'], 1, [3, 7, 5], [3, 'z', 5, 7], [0, 'q', 5, 2, 7], 1, [2, 3, 5, 7], [3, 2, 5, 'z', 7], [2, 'q', 5, 2, 7, 0], 1, [3, 4, 5, 7], [3, 4, 5, 'z', 7], [4, 'q', 5, 2, 7, 0], ('list changed size during iteration', 4), [13, 13, 15, 16, 13, 15, 17, 20, 23, 22, 15, 18, 34, 26, 24, 24, 33, 39, 30, 28, 24, 34, 29, 36, 46, 44, 40, 49, 44, 43, 41, 49, 41, 49, 48, 47, 47, 39, 39, 50], [0, 0, 0, 1, 3, 4, 6, 7, 8, 8, 8, 10, 10, 10, 10, 11, 11, 12, 12, 13], [0, 1, 3, 4, 3, 10, 11, 7, 8, 8, 6, 10, 12, 11, 17, 10, 10, 22, 30, 8, 16, 13, 13, 36, 15, 15, 40, 13, 12, 24, 47, 49, 24, 41, 48, 23, 33, 39, 39, 28, 15, 25, 24, 34, 29, 49, 50, 49, 47, 18, 20, 44, 34, 43, 46, 13, 41, 44, 26, 39], 0, [0, 1, 3, 4, 3, 10, 11, 7, 8, 8, 6, 10, 12, 11, 17, 10, 10, 22, 30, 8, 16, 13, 13, 36, 15, 15, 40, 13, 12, 24, 47, 49, 24, 41, 48, 23, 33, 39, 39, 28, 15, 25, 24, 34, 29, 49, 50, 49, 47, 18, 20, 44, 34, 43, 46, 13, 41, 44, 26, 39], 0, [0, 1, 3, 4, 3, 10, 11, 7, 8, 8, 6, 10, 12, 11, 17, 10, 10, 22, 30, 8, 16, 13, 13, 36, 15, 15, 40, 13, 12, 24, 47, 49, 24, 41, 48, 23, 33, 39, 39, 28, 15, 25, 24, 34, 29, 49, 50, 49, 47, 18, 20, 44, 34, 43, 46, 13, 41, 44, 26, 39]]
