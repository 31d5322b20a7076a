try:
    int(None)
except TypeError as e:
    r = str(e)
r
# expect: "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"
