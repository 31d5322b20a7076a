import itertools
(isinstance(itertools.chain([1]), itertools.chain), isinstance(itertools.islice([1], 1), itertools.chain))
# expect: (True, False)
