try:
    "%s %s" % ("a",)
except TypeError as e:
    r = str(e)
r
# expect: 'not enough arguments for format string'
