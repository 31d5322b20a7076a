from collections import deque
try:
    deque([1]).rotate("x")
except TypeError as e:
    r = str(e)
r
# expect: "'str' object cannot be interpreted as an integer"
