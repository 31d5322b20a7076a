# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import functools, copy
class PriceBook:
    def __init__(self, currency):
        self.currency = currency
        self.overrides = {"mouse": 15.0}
        self.history = []
    def price(self, item, base):
        self.history.append(item)
        return self.overrides.get(item, base)

@functools.lru_cache(maxsize=3)
def rate(base, quote):
    return {"EUR": 0.92, "GBP": 0.79, "USD": 1.0}[quote] / {"EUR": 0.92, "GBP": 0.79, "USD": 1.0}[base]

book = PriceBook("USD")
snapshot = copy.deepcopy(book)
book.overrides["cable"] = 5.0
orders = await list_orders(user_id=12)
lines = []
for o in orders:
    unit = book.price(o["item"], o["unit_price"])
    for cur in ("EUR", "GBP", "EUR", "USD"):
        lines.append((o["id"], cur, round(unit * o["quantity"] * rate("USD", cur), 2)))
info = rate.cache_info()
print(info.hits, info.misses, info.currsize, info.maxsize)
print(snapshot.overrides, book.overrides, snapshot.history, len(book.history))
shallow = copy.copy(book)
shallow.history.append("shared")
print(book.history[-1], shallow.currency, type(shallow).__name__)
rate.cache_clear()
lines[:5], rate.cache_info().currsize
