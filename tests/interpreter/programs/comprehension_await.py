# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
ids = [5, 8, 13, 21]
users = [await get_user(i) for i in ids]
emails = {u["id"]: u["email"] for u in users if u["score"] > 20}
scores = [(u["name"], u["score"]) for u in users]
print("emails:", emails)
{"emails": emails, "best": max(scores, key=lambda s: s[1])}
