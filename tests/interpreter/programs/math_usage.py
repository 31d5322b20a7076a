# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import math

points = [(0, 0), (3, 4), (6, 8), (-1, 2.5)]
dists = [round(math.hypot(x, y), 3) for x, y in points]
angles = [round(math.degrees(math.atan2(y, x)), 2) for x, y in points[1:]]
print(math.pi, math.e)
values = {
    "sqrt": math.sqrt(144),
    "floor": math.floor(-2.5),
    "ceil": math.ceil(2.1),
    "gcd": math.gcd(84, 36),
    "isclose": math.isclose(0.1 + 0.2, 0.3),
    "log": round(math.log(1000, 10), 6),
    "log2": math.log2(1024),
    "comb": math.comb(10, 3),
    "fact": math.factorial(12),
    "inf": math.inf > 10**300,
    "fsum": math.fsum([0.1] * 10),
    "trunc": math.trunc(-7.9),
    "prod": math.prod([1, 2, 3, 4]),
}
{"dists": dists, "angles": angles, **values}
