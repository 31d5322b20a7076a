import itertools
[type(x).__name__ for x in (itertools.count(), itertools.islice([1], 1), itertools.product([1]), itertools.groupby([1]), itertools.zip_longest([1]), itertools.accumulate([1]))]
# expect: ['count', 'islice', 'product', 'groupby', 'zip_longest', 'accumulate']
