# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import math, statistics
prices = []
for sym in ["AAPL", "MSFT", "GOOG", "AMZN"]:
    q = await get_stock_price(symbol=sym)
    prices.append(q["price"])
print(prices, statistics.mean(prices), statistics.median(prices), statistics.stdev(prices), statistics.variance(prices))
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.fmean([1, 2, 4]), statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.pvariance([1, 2, 3, 4]), statistics.mean([1, 2, 3, 4]), statistics.mean([0.5, 1]), statistics.median([3, 1, 2, 4]))
print(math.sqrt(2), math.isqrt(99), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(100, 10), math.log10(1000), math.log2(8), math.exp(1), math.pi, math.e, math.inf > 10**100, math.isnan(math.nan))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(2, -0.0), math.fsum([0.1] * 10), math.degrees(math.pi), round(math.radians(180), 10), math.modf(3.75), math.frexp(8.0))
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.pow(2, 10), math.fmod(-7, 3), math.remainder(7, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
[math.floor(x * 100) / 100 for x in prices]
