try:
    print(sep=1)
except TypeError as e:
    r = str(e)
r
# expect: 'sep must be None or a string, not int'
