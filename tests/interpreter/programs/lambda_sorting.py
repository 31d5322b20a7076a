# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
users = await list_users(limit=16)
by_score = sorted(users, key=lambda u: u["score"], reverse=True)[:5]
by_team_then_name = sorted(users, key=lambda u: (u["team"], u["name"]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
ci = sorted(words, key=str.lower)
by_len = sorted(words, key=lambda w: (-len(w), w))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs))
print(max(words, key=len), min(nums), max(nums, default=0), min([], default="empty"))
ranked = {u["name"]: rank for rank, u in enumerate(by_score, start=1)}
{"top": [u["id"] for u in by_score], "order": [u["id"] for u in by_team_then_name], "ci": ci, "by_len": by_len, "ranked": ranked, "rev": list(reversed(nums))}
