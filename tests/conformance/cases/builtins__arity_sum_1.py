try:
    sum(1)
except TypeError as e:
    r = str(e)
r
# expect: "'int' object is not iterable"
