from collections import Counter
try:
    Counter.fromkeys("abc", 1)
except NotImplementedError as e:
    r = str(e)
r
# expect: 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'
