# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = round(amount, 2)
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        return self.__add__(other)

    def __eq__(self, other):
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        return self.amount < other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

class Basket:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __contains__(self, name):
        return any(n == name for n, _ in self.items)

    def __bool__(self):
        return bool(self.items)

orders = [await get_order(i) for i in (40, 41, 42, 43)]
basket = Basket((o["item"], Money(o["unit_price"] * o["quantity"])) for o in orders)
total = sum(m for _, m in basket)
print(total, repr(total), len(basket), "mouse" in basket, "tablet" in basket)
prices = sorted(m for _, m in basket)
{"total": str(total), "cheapest": str(prices[0]), "first": basket[0][0], "empty": bool(Basket([])), "same": Money(1) == Money(1.0), "unique": len({Money(1), Money(1), Money(2)})}
