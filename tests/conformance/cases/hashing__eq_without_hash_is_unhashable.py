class K:
    def __eq__(self, other):
        return True
try:
    {K()}
except TypeError as e:
    r = str(e)
r
# expect: "unhashable type: 'K'"
