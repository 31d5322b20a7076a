pairs = [(1, "a"), (2, "b")]
list(zip(*pairs))
# expect: [(1, 2), ('a', 'b')]
