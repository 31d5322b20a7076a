from itertools import zip_longest
list(zip_longest([1, 2, 3], "ab", fillvalue="-"))
# expect: [(1, 'a'), (2, 'b'), (3, '-')]
