# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
import json

async def enrich(order_id):
    try:
        order = await get_order(order_id)
    except ValueError as e:
        return {"id": order_id, "error": str(e)}
    user = await get_user(order["user_id"]) if order["user_id"] > 0 else None
    return {
        "id": order_id,
        "customer": user["name"] if user else "guest",
        "total": round(order["unit_price"] * order["quantity"], 2),
        "status": order["status"],
    }

enriched = await asyncio.gather(*(enrich(i) for i in range(14, 22)))
ok = [e for e in enriched if "error" not in e]
failed = [e["id"] for e in enriched if "error" in e]
by_status = {}
for e in ok:
    by_status.setdefault(e["status"], []).append(e["id"])
summary = {"ok": len(ok), "failed": failed, "by_status": by_status, "revenue": round(sum(e["total"] for e in ok), 2)}
print(json.dumps(summary, sort_keys=True))
summary
