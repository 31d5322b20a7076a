try:
    divmod(1)
except TypeError as e:
    r = str(e)
r
# expect: 'divmod expected 2 arguments, got 1'
