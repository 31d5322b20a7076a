g = lambda x, y=2: x
try:
    g(1, 2, 3)
except TypeError as e:
    r = str(e)
r
# expect: '<lambda>() takes from 1 to 2 positional arguments but 3 were given'
