try:
    next()
except TypeError as e:
    r = str(e)
r
# expect: 'next expected at least 1 argument, got 0'
