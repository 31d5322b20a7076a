results = [sum([1, 2], start=10)]
try:
    sum(iterable=[1, 2])
except TypeError as e:
    results.append(str(e))
results
# expect: [13, 'sum() takes at least 1 positional argument (0 given)']
