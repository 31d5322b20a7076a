from collections import Counter
c = Counter(a=1)
c.update({"a": 2}, b=5)
c.subtract(a=1)
sorted(c.items())
# expect: [('a', 2), ('b', 5)]
