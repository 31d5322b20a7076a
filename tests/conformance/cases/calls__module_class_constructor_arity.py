import collections, datetime, itertools, fractions
results = []
for call in (
    lambda: itertools.chain([1], fill=0),
    lambda: collections.deque([], 3, 4),
    lambda: itertools.count(0, 1, 2),
    lambda: fractions.Fraction(1, 2, 3),
    lambda: datetime.timedelta(1, 2, 3, 4, 5, 6, 7, 8),
):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ['chain() takes no keyword arguments', 'deque() takes at most 2 arguments (3 given)', 'count() takes at most 2 arguments (3 given)', 'Fraction.__new__() takes from 1 to 3 positional arguments but 4 were given', '__new__() takes at most 7 arguments (8 given)']
