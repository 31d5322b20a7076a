# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
found, missing = [], []
for user_id in [1, 0, 2, 1000, 3]:
    try:
        user = await get_user(user_id)
    except Exception as e:
        missing.append(str(e))
        continue
    else:
        found.append(user["name"])
    finally:
        print("checked", user_id)
{"found": found, "missing": missing}
