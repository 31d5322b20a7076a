from itertools import chain
outer = chain.from_iterable(chain.from_iterable([[[1], [2]], [[3]]]))
list(outer)
# expect: [1, 2, 3]
