class S:
    def __index__(self):
        return "x"
try:
    [1, 2][S()]
except TypeError as e:
    r = str(e)
r
# expect: '__index__ returned non-int (type str)'
