from itertools import product
list(product("ab", repeat=2))
# expect: [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]
