s = {1, 2, 3}
it = iter(s)
out = [type(it).__name__, repr(type(it)), next(it), list(it), type(iter(frozenset())).__name__]
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    out.append(str(e))
out
# expect: ['set_iterator', "<class 'set_iterator'>", 1, [2, 3], 'set_iterator', 'Set changed size during iteration']
