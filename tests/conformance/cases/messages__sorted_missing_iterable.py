try:
    sorted(key=len)
except TypeError as e:
    r = str(e)
r
# expect: 'sorted expected 1 argument, got 0'
