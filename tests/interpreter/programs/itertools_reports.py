# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import itertools
from operator import itemgetter, attrgetter
orders = []
for uid in (1, 2, 3):
    orders.extend(await list_orders(user_id=uid))
orders.sort(key=itemgetter("status", "id"))
for status, group in itertools.groupby(orders, key=itemgetter("status")):
    ids = [o["id"] for o in group]
    print(f"{status:<10} {ids}")
print(list(itertools.accumulate([3, 1, 4, 1, 5])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.repeat("x", 3)))
print(list(itertools.combinations("abcd", 2))[:4], len(list(itertools.permutations(range(4), 2))), list(itertools.product([0, 1], repeat=2)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1])), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.combinations_with_replacement("ab", 2)), list(itertools.islice("abcdefg", 1, None, 2)))
cyc = itertools.cycle("AB")
print([next(cyc) for _ in range(5)], [list(g) for k, g in itertools.groupby("aaabccd")], list(itertools.tee([1, 2], 2)[1]))
get = itemgetter(0, 2)
by_qty = sorted(orders, key=lambda o: (-o["quantity"], o["item"]))
[get("xyz"), [(o["id"], o["quantity"]) for o in by_qty[:4]]]
