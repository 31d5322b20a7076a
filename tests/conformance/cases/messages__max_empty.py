try:
    max([])
except ValueError as e:
    r = str(e)
r
# expect: 'max() arg is an empty sequence'
