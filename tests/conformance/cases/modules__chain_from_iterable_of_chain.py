from itertools import chain
list(chain.from_iterable(chain.from_iterable([[[1, 2]], [[3]]])))
# expect: [1, 2, 3]
