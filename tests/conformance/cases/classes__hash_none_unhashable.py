class K:
    __hash__ = None
try:
    {K(): 1}
except TypeError as e:
    r = str(e)
r
# expect: "unhashable type: 'K'"
