try:
    isinstance((1,), tuple[int])
except TypeError as e:
    r = str(e)
r
# expect: 'isinstance() argument 2 cannot be a parameterized generic'
