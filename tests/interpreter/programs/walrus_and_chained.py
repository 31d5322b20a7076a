# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=20)
strong = [(u["name"], s) for u in users if (s := u["score"]) > 60]
mid = [u["id"] for u in users if 20 <= u["score"] < 60 != 0]
count = 0
data = [5, 3, 9, 1, 7]
while (n := len(data)) > 2:
    data.pop(0)
    count += 1
if (best := max(users, key=lambda u: u["score"]))["score"] > 90:
    print("top scorer:", best["name"])
{"strong": strong, "mid": mid, "count": count, "left": data, "n": n, "cmp": 1 < 2 < 3 > 2 == 2}
