from itertools import accumulate
import operator
(list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
# expect: ([1, 2, 6], [10, 11, 13])
