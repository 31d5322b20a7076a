# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import math
class Vec:
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.xs, o.xs, strict=True)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.xs, o.xs, strict=True)))
    def __mul__(self, k): return Vec(*(a * k for a in self.xs))
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.xs, o.xs))
    def __neg__(self): return self * -1
    def __abs__(self): return math.sqrt(self @ self)
    def __iadd__(self, o):
        self.xs = (self + o).xs
        return self
    def __round__(self, n=0): return Vec(*(round(a, n) for a in self.xs))
    def __reversed__(self): return iter(self.xs[::-1])
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(self.xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __repr__(self): return f"Vec{self.xs}"

stations = []
for city in ["Paris", "Berlin", "Lima"]:
    w = await fetch_weather(city=city, days=3)
    stations.append(Vec(*w["temps"]))
total = Vec(0, 0, 0)
for s in stations:
    total += s
mean = total * (1 / len(stations))
print(total, round(mean, 2), abs(Vec(3, 4)), Vec(1, 2, 3) @ Vec(4, 5, 6), -Vec(1, -1), 2 * Vec(1, 2))
print(list(reversed(total)), len(total), total[0], total[-1], Vec(1, 2) == Vec(1, 2), len({Vec(1), Vec(1), Vec(2)}))
spread = [round(abs(s - mean), 3) for s in stations]
spread, repr(max(stations, key=abs))
