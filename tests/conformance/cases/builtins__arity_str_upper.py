try:
    str.upper()
except TypeError as e:
    r = str(e)
r
# expect: 'unbound method str.upper() needs an argument'
