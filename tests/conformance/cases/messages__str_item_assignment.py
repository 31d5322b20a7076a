s = "ab"
try:
    s[0] = "c"
except TypeError as e:
    r = str(e)
r
# expect: "'str' object does not support item assignment"
