# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
user = await get_user(9)
label = "score: " + user["score"]
label
