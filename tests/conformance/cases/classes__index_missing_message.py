import operator
class N:
    pass
out = []
for call in (operator.index, lambda x: range(x), bin, lambda x: "ab"[x:]):
    try:
        call(N())
    except TypeError as e:
        out.append(str(e))
out
# expect: ["'N' object cannot be interpreted as an integer", "'N' object cannot be interpreted as an integer", "'N' object cannot be interpreted as an integer", 'slice indices must be integers or None or have an __index__ method']
