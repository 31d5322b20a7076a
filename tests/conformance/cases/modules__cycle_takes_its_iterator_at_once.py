import itertools
try:
    itertools.cycle(5)
    r = "lazy"
except TypeError as e:
    r = str(e)
r
# expect: "'int' object is not iterable"
