try:
    min([])
except TypeError as e:
    r = str(e)
r
# expect: raises ValueError: min() arg is an empty sequence
