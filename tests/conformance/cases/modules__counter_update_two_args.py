from collections import Counter
try:
    Counter().update(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'Counter.update() takes from 1 to 2 positional arguments but 3 were given'
