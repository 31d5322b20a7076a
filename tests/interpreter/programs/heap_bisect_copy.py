# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import heapq, bisect, copy
users = await list_users(limit=25)
top3 = heapq.nlargest(3, users, key=lambda u: u["score"])
low3 = heapq.nsmallest(3, (u["score"] for u in users))
print([u["id"] for u in top3], low3)
heap = []
for u in users[:8]:
    heapq.heappush(heap, (-u["score"], u["id"]))
order = [heapq.heappop(heap)[1] for _ in range(4)]
print(order, len(heap), heap[0], heapq.heappushpop(heap, (0, 0)), heapq.heapreplace(heap, (-1000, 99)), heap[0])
data = [5, 1, 8, 3, 9, 2]
heapq.heapify(data)
print(data, list(heapq.merge([1, 4, 9], [2, 3, 10])))
cutoffs = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(cutoffs, u["score"])] for u in users[:10]])
sorted_scores = sorted(u["score"] for u in users)
print(bisect.bisect_left(sorted_scores, 50), bisect.bisect_right(sorted_scores, 50), sorted_scores[:5])
bisect.insort(sorted_scores, 50)
bisect.insort_left(sorted_scores, -1)
print(sorted_scores[:6], len(sorted_scores))
nested = {"a": [1, {"b": [2, 3]}], "t": (4, [5])}
shallow, deep = copy.copy(nested), copy.deepcopy(nested)
nested["a"][1]["b"].append(99)
nested["t"][1].append(6)
print(shallow["a"][1]["b"], deep["a"][1]["b"], deep["t"], shallow is nested, shallow["a"] is nested["a"])
lst = [[0] * 2] * 2
lst[0][0] = 1
lst2 = [[0] * 2 for _ in range(2)]
lst2[0][0] = 1
lst, lst2, copy.deepcopy(lst) == lst
