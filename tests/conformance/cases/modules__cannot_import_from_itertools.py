try:
    from itertools import nonexistent
except ImportError as e:
    m = str(e)
m
# expect: "cannot import name 'nonexistent' from 'itertools' (unknown location)"
