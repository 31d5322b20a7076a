t = (1,)
try:
    t[0] = 2
except TypeError as e:
    r = str(e)
r
# expect: "'tuple' object does not support item assignment"
