class K:
    def __hash__(self):
        return "x"
try:
    hash(K())
except TypeError as e:
    r = str(e)
r
# expect: '__hash__ method should return an integer'
