from itertools import islice, count
list(islice(count(5), 1, 10, 3))
# expect: [6, 9, 12]
