try:
    [1].remove(2)
except ValueError as e:
    r = str(e)
r
# expect: 'list.remove(x): x not in list'
