# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=5)
total = sum(u["score"] for u in users)
print("total", total)
assert total > 10_000, f"total too small: {total}"
total
