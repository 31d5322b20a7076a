(list(enumerate("ab", start=1)), list(reversed([1, 2, 3])), list(reversed(range(3))))
# expect: ([(1, 'a'), (2, 'b')], [3, 2, 1], [2, 1, 0])
