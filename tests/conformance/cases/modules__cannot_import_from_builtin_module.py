try:
    from sys import nonexistent
except ImportError as e:
    m = str(e)
m
# expect: "cannot import name 'nonexistent' from 'sys' (unknown location)"
