try:
    issubclass(list, list[int])
except TypeError as e:
    r = str(e)
r
# expect: 'issubclass() argument 2 cannot be a parameterized generic'
