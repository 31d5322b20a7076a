# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
users = await list_users(limit=12)
segments = {"vip": [], "active": [], "dormant": []}
for u in users:
    key = "vip" if u["score"] >= 70 else "active" if u["active"] else "dormant"
    segments[key].append(u)
templates = {
    "vip": "Dear {first}, thanks for being a top member (score {score}).",
    "active": "Hi {first}! You have {n_tags} tag{plural}.",
    "dormant": "Hello {first}, we miss you since {joined}.",
}
async def send(segment, user):
    first = user["name"].split()[0]
    n = len(user["tags"])
    body = templates[segment].format(first=first, score=user["score"], n_tags=n, plural="" if n == 1 else "s", joined=user["joined"])
    try:
        receipt = await send_email(to=user["email"], subject=f"[{segment.upper()}] update", body=body)
        return receipt["id"]
    except Exception as exc:
        return f"failed: {exc}"
jobs = [send(seg, u) for seg, members in segments.items() for u in members]
ids = await asyncio.gather(*jobs)
bad = await asyncio.gather(send("vip", {"name": "X Y", "email": "nope", "score": 1, "tags": [], "joined": ""}))
print({k: len(v) for k, v in segments.items()}, ids[:3], bad)
ids[-1], len(ids)
