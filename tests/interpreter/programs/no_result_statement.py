# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=3)
for u in users:
    print(f"{u['id']:03d} {u['name']}")
result = len(users)
