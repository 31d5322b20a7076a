# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data), statistics.mode(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.stdev(data), statistics.quantiles(data, n=4), statistics.fmean(data))
print(statistics.mean([1.5, 2.5]), statistics.median([3, 1, 2]), statistics.mode(["a", "b", "a"]), statistics.multimode("aabbc"), statistics.harmonic_mean([1, 2, 4]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

import math
print(math.floor(2.7), type(math.floor(2.7)).__name__, math.isqrt(99), math.dist((0, 0), (3, 4)), math.copysign(3, -0.0), math.exp(1), math.pow(2, 10), math.fabs(-2))
print(math.sin(math.pi / 2), math.cos(0), math.tan(0), math.radians(180), math.log10(1000), math.log1p(0), math.modf(2.5), math.frexp(8.0), math.nan != math.nan)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.lcm(4, 6), math.isfinite(1.0), math.isinf(math.inf), math.ceil(-0.5), round(math.tau, 3), math.gcd(0, 5))
