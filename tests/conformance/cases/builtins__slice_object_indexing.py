s = slice(1, 8, 3)
(list(range(10))[s], s.indices(5), repr(s))
# expect: ([1, 4, 7], (1, 5, 3), 'slice(1, 8, 3)')
# expect: ([1, 4, 7], (1, 5, 3), 'slice(1, 8, 3)')
