# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import random
users = await list_users(limit=40)
rng = random.Random(2024)
sample = rng.sample(users, 5)
print([u["id"] for u in sample])
shuffled = [u["id"] for u in users[:10]]
rng.shuffle(shuffled)
print(shuffled)
weights = [u["score"] + 1 for u in users]
picks = random.Random("teams").choices([u["team"] for u in users], weights=weights, k=8)
print(picks)
ab = {u["id"]: ("A" if random.Random(u["id"]).random() < 0.5 else "B") for u in users[:12]}
print(ab, sum(1 for g in ab.values() if g == "A"))
r2 = random.Random(7)
rolls = [r2.randint(1, 6) for _ in range(10)]
jitter = [round(r2.uniform(0.5, 1.5), 4) for _ in range(3)]
rolls, jitter, round(r2.gauss(0, 1), 6), r2.choice("abcdef"), r2.randrange(0, 100, 5)
