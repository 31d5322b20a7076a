try:
    next([1])
except TypeError as e:
    r = str(e)
r
# expect: "'list' object is not an iterator"
