from operator import itemgetter
sorted([(1, "b"), (0, "a")], key=itemgetter(1))
# expect: [(0, 'a'), (1, 'b')]
