# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Product:
    tax_rate = 0.2
    count = 0
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty
        Product.count += 1
    @property
    def value(self):
        return self.price * self.qty
    @property
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)
    @classmethod
    def from_dict(cls, d):
        return cls(d["item"], d["unit_price"], d["quantity"])
    @staticmethod
    def label(x):
        return f"<{x}>"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.price}, qty={self.qty})"

class Food(Product):
    tax_rate = 0.05
    def __init__(self, name, price, qty=0, expires="2025-01-01"):
        super().__init__(name, price, qty)
        self.expires = expires
    def __repr__(self):
        return super().__repr__()[:-1] + f", expires={self.expires})"

orders = await list_orders(user_id=7)
products = [Product.from_dict(o) for o in orders]
products.append(Food("apple", 0.5, 10))
for p in products:
    print(repr(p), p.value, p.gross, Product.label(p.name), isinstance(p, Food), type(p).__name__)
print(Product.count, Food.tax_rate, Product.tax_rate, issubclass(Food, Product), hasattr(products[0], "expires"), getattr(products[0], "expires", "n/a"))
products[0].qty += 5
setattr(products[1], "price", 1.0) if len(products) > 2 else None
sorted((p.name for p in products), key=len), sum(p.value for p in products)
