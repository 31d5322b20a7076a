# hash() of a function would be its address: refused, with the name to hash instead.
def handler():
    return 1


isinstance(hash(handler), int)
# expect: True
