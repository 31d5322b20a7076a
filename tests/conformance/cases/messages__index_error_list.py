try:
    [][0]
except IndexError as e:
    r = str(e)
r
# expect: 'list index out of range'
