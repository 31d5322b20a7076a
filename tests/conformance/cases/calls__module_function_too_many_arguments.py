import math, statistics
results = []
for call in (lambda: math.sqrt(4, 2), lambda: statistics.mean([1, 2], [3]), lambda: math.gcd(x=4)):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ['math.sqrt() takes exactly one argument (2 given)', 'mean() takes 1 positional argument but 2 were given', 'math.gcd() takes no keyword arguments']
