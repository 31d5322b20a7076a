try:
    {}.get()
except TypeError as e:
    r = str(e)
r
# expect: 'get expected at least 1 argument, got 0'
