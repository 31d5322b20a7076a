from functools import reduce
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    r = str(e)
r
# expect: 'reduce() of empty iterable with no initial value'
