from itertools import chain
a = chain.from_iterable([[1, 2], [3]])
b = chain.from_iterable([[4], [5, 6]])
(list(a), list(b), list(chain.from_iterable(["ab", "c"])))
# expect: ([1, 2, 3], [4, 5, 6], ['a', 'b', 'c'])
