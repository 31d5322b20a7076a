try:
    list.append()
except TypeError as e:
    r = str(e)
r
# expect: 'unbound method list.append() needs an argument'
