try:
    print(end=2)
except TypeError as e:
    r = str(e)
r
# expect: 'end must be None or a string, not int'
