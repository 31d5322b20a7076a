g = lambda x, y=2: x
try:
    g(1, 2, 3)
except TypeError as e:
    r = str(e)
r
