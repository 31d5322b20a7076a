# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
async def fetch_all(team, page_size):
    seen_ids = []
    limit = page_size
    while True:
        page = await list_users(team=team, limit=limit)
        new = [u["id"] for u in page if u["id"] not in seen_ids]
        if not new:
            break
        seen_ids.extend(new)
        if len(page) < limit:
            break
        limit += page_size
    return seen_ids

ids = await fetch_all("growth", 3)
print(len(ids), ids[:4])
{"ids": ids, "pages": len(ids) // 3 + (1 if len(ids) % 3 else 0)}
