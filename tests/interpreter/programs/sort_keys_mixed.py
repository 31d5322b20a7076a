# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=15)
by_multi = sorted(users, key=lambda u: (u["team"], -u["score"], u["name"]))
print([(u["team"][:3], u["score"]) for u in by_multi][:8])
print(sorted(users, key=lambda u: u["score"], reverse=True)[0]["name"], max(users, key=lambda u: (u["score"], u["id"]))["id"])
print(min(users, key=lambda u: len(u["tags"]))["id"], min((), default=None), max([3, 1, 2], default=0), max("abc", "abd"), min([[2], [1, 5]]))
names = [u["name"] for u in users]
print(sorted(names, key=str.lower)[:3], sorted(names, key=lambda n: n.split("#")[1].zfill(3), reverse=True)[:3])
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs, sorted(pairs, key=lambda p: p[1]), list(reversed(pairs)), sorted("BaNaNa"), sorted([3, 1.5, True, 0]))
stable = sorted(users, key=lambda u: u["active"])
print([u["id"] for u in stable][:8])
grades = {"ann": 91, "bob": 78, "cid": 91, "dee": 85}
rank = sorted(grades, key=lambda k: (-grades[k], k))
print(rank, [f"{i}. {n} ({grades[n]})" for i, n in enumerate(rank, start=1)])
print(sorted([-3, 2, -1, 0], key=abs), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted({3: "c", 1: "a"}.items()))
[u["id"] for u in sorted(users, key=lambda u: u["joined"])][:5]
