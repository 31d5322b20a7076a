import itertools
[list(itertools.accumulate([1,2,3], initial=0)), list(itertools.accumulate([], initial=5)), list(itertools.accumulate([])), list(itertools.accumulate("abc")), list(itertools.accumulate([3,1,2], max))]
# expect: [[0, 1, 3, 6], [5], [], ['a', 'ab', 'abc'], [3, 3, 3]]
