# hash() of a function: CPython derives it from the address; here from the run's id(), an int all the same.
def handler():
    return 1


isinstance(hash(handler), int)
# expect: True
