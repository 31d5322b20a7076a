from collections import Counter
out = []
for other in ([1, 2], 5, "ab", (1,), {1, 2}):
    for op in ("+=", "-=", "|="):
        c = Counter(a=1)
        try:
            if op == "+=":
                c += other
            elif op == "-=":
                c -= other
            else:
                c |= other
        except (AttributeError, TypeError) as e:
            out.append((op, type(e).__name__, str(e)))
c = Counter(a=1)
try:
    c &= [1]
except TypeError as e:
    out.append(str(e))
out
# expect: [('+=', 'AttributeError', "'list' object has no attribute 'items'"), ('-=', 'AttributeError', "'list' object has no attribute 'items'"), ('|=', 'AttributeError', "'list' object has no attribute 'items'"), ('+=', 'AttributeError', "'int' object has no attribute 'items'"), ('-=', 'AttributeError', "'int' object has no attribute 'items'"), ('|=', 'AttributeError', "'int' object has no attribute 'items'"), ('+=', 'AttributeError', "'str' object has no attribute 'items'"), ('-=', 'AttributeError', "'str' object has no attribute 'items'"), ('|=', 'AttributeError', "'str' object has no attribute 'items'"), ('+=', 'AttributeError', "'tuple' object has no attribute 'items'"), ('-=', 'AttributeError', "'tuple' object has no attribute 'items'"), ('|=', 'AttributeError', "'tuple' object has no attribute 'items'"), ('+=', 'AttributeError', "'set' object has no attribute 'items'"), ('-=', 'AttributeError', "'set' object has no attribute 'items'"), ('|=', 'AttributeError', "'set' object has no attribute 'items'"), 'list indices must be integers or slices, not str']
