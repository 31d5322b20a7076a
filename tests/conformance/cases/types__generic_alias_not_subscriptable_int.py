try:
    int[str]
except TypeError as e:
    r = str(e)
r
# expect: "type 'int' is not subscriptable"
