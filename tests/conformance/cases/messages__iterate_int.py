try:
    for x in 5:
        pass
except TypeError as e:
    r = str(e)
r
# expect: "'int' object is not iterable"
