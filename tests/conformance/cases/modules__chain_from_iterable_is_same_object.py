from itertools import chain
f = chain.from_iterable
(list(f(["ab", "cd"])), type(chain.from_iterable([])).__name__, repr(chain))
# expect: (['a', 'b', 'c', 'd'], 'chain', "<class 'itertools.chain'>")
