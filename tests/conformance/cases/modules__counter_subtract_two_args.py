from collections import Counter
try:
    Counter().subtract(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'Counter.subtract() takes from 1 to 2 positional arguments but 3 were given'
