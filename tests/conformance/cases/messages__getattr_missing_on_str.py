try:
    "s".nope
except AttributeError as e:
    r = str(e)
r
# expect: "'str' object has no attribute 'nope'"
