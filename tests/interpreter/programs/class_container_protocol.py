# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Inventory:
    def __init__(self):
        self.items = {}
    def __setitem__(self, key, qty):
        if qty < 0:
            raise ValueError(f"negative quantity for {key!r}: {qty}")
        self.items[key] = qty
    def __getitem__(self, key):
        return self.items.get(key, 0)
    def __delitem__(self, key):
        del self.items[key]
    def __contains__(self, key):
        return self.items.get(key, 0) > 0
    def __len__(self):
        return sum(1 for v in self.items.values() if v)
    def __iter__(self):
        return iter(sorted(self.items))
    def __bool__(self):
        return len(self) > 0
    def __call__(self, key):
        return self[key] * 2
    def __repr__(self):
        return f"Inventory({self.items})"

inv = Inventory()
print(bool(inv), len(inv))
inv["apple"] = 3
inv["pear"] = 0
inv["fig"] = 12
try:
    inv["kiwi"] = -1
except ValueError as e:
    print("rejected:", e)
print(inv["apple"], inv["nothing"], "pear" in inv, "fig" in inv, len(inv), list(inv), inv("fig"), bool(inv))
del inv["pear"]
for name in inv:
    print(name, inv[name], sep="=", end=";")
print()
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)), max(Countdown(3)), sorted(Countdown(3)), [x for x in Countdown(2)])
repr(inv), dict(zip(inv, map(inv, inv)))
