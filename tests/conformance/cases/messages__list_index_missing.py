try:
    [1, 2].index(5)
except ValueError as e:
    r = str(e)
r
# expect: '5 is not in list'
