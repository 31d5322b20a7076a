# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import itertools

users = await list_users(limit=12)
users_sorted = sorted(users, key=lambda u: u["team"])
groups = {team: [u["id"] for u in grp] for team, grp in itertools.groupby(users_sorted, key=lambda u: u["team"])}
pairs = list(itertools.combinations(["a", "b", "c", "d"], 2))
running = list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6]))
chained = list(itertools.chain([1, 2], (3, 4), range(5, 7)))
first_five = list(itertools.islice(itertools.count(10, 5), 5))
grid = list(itertools.product("xy", [1, 2]))
batches = [list(itertools.islice(chained, i, i + 2)) for i in range(0, len(chained), 2)]
zipped = list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-"))
perms = ["".join(p) for p in itertools.permutations("abc")]
cycled = [c for c, _ in zip(itertools.cycle("RGB"), range(7))]
{"groups": groups, "pairs": len(pairs), "running": running, "first": first_five, "grid": grid, "batches": batches, "zipped": zipped, "perms": perms, "cycled": cycled}
