# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio
pairs = [("USD", "EUR"), ("EUR", "GBP"), ("GBP", "JPY"), ("USD", "XXX"), ("CHF", "USD")]

async def safe_rate(base, quote):
    try:
        return (base, quote, await get_exchange_rate(base=base, quote=quote), None)
    except Exception as e:
        return (base, quote, None, f"error: {e}")

rates = await asyncio.gather(*[safe_rate(b, q) for b, q in pairs])
ok = {f"{b}/{q}": r for b, q, r, err in rates if err is None}
failed = [err for *_, err in rates if err]
print(ok, failed, sep="\n")
amounts = [100, 250.5, 1_000_000, 0.01]
for amt in amounts:
    eur = amt * ok["USD/EUR"]
    print(f"{amt:>12,.2f} USD = {eur:>14,.2f} EUR | {eur:.3e} | {round(eur, 1)} | {int(eur)} | {eur // 1:.0f}")
inverse = {k: round(1 / v, 4) for k, v in ok.items()}
best = max(ok, key=ok.get)
print(best, min(ok.values()), sorted(inverse.items(), key=lambda kv: kv[1], reverse=True)[:2])
{"count": len(ok), "inverse": inverse, "product": round(ok["USD/EUR"] * ok["EUR/GBP"], 6)}
