try:
    "{missing}".format(a=1)
except KeyError as e:
    r = repr(e)
r
# expect: "KeyError('missing')"
