import statistics
out = []
for f in [lambda: statistics.covariance((x for x in [1, 2]), [1, 2]), lambda: statistics.correlation([1, 2], map(int, [1, 2])), lambda: statistics.linear_regression(None, [1]), lambda: statistics.covariance([1, 2, 3], [1, 2, 4])]:
    try:
        out.append(f())
    except Exception as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', "object of type 'generator' has no len()"), ('TypeError', "object of type 'map' has no len()"), ('TypeError', "object of type 'NoneType' has no len()"), 1.5]
