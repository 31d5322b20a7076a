# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from functools import reduce, partial
import functools

def convert(amount, rate, fee=0.0):
    return round(amount * rate - fee, 2)

rate = await get_exchange_rate("USD", "EUR")
to_eur = partial(convert, rate=rate)
to_eur_with_fee = functools.partial(convert, rate=rate, fee=1.5)
amounts = [10, 250, 99.99]
product = reduce(lambda a, b: a * b, [1, 2, 3, 4, 5])
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, ["kiwi", "banana", "fig", "cherry"])
merged = reduce(lambda acc, d: {**acc, **d}, [{"a": 1}, {"b": 2}, {"a": 3}], {})
{"eur": [to_eur(a) for a in amounts], "fee": [to_eur_with_fee(a) for a in amounts], "product": product, "longest": longest, "merged": merged}
