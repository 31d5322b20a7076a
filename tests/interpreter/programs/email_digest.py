# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio

users = await list_users(limit=10)
recipients = [u for u in users if u["active"] and u["score"] >= 30]

async def notify(user):
    body = f"Hi {user['name'].split()[0]},\nyour score is {user['score']}."
    receipt = await send_email(user["email"], subject="Weekly digest", body=body)
    return receipt["id"]

ids = await asyncio.gather(*map(notify, recipients))
bad = []
for address in ["nobody", "ops@example.com"]:
    try:
        await send_email(address, "test")
    except Exception as e:
        bad.append(str(e))
print(f"sent {len(ids)} digests")
{"ids": ids, "bad": bad}
