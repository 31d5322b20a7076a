try:
    id("a", "b")
except TypeError as e:
    r = str(e)
r
# expect: 'id() takes exactly one argument (2 given)'
