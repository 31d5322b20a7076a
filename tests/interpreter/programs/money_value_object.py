# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = round(amount, 2)
        self.currency = currency
    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Money(self.amount + other, self.currency)
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)
    def __radd__(self, other):
        return self + other
    def __mul__(self, k):
        return Money(self.amount * k, self.currency)
    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)
    def __lt__(self, other):
        return self.amount < other.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"
    def __bool__(self):
        return self.amount != 0

orders = await list_orders(user_id=3)
costs = [Money(o["unit_price"]) * o["quantity"] for o in orders]
total = sum(costs)
print(total, repr(total), max(costs), sorted(costs)[0], bool(Money(0)))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("error:", e)
unique = {Money(1.0), Money(1), Money(2)}
[str(c) for c in costs], len(unique), Money(5) == Money(5.0), Money(5) != Money(6), f"{total!s:>20}|"
