try:
    len(5)
except TypeError as e:
    r = str(e)
r
# expect: "object of type 'int' has no len()"
