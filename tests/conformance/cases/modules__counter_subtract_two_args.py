from collections import Counter
try:
    Counter().subtract(1, 2)
except TypeError as e:
    r = str(e)
r
