from itertools import product
list(product("ab", repeat=2))
