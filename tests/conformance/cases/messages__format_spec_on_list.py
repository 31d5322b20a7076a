try:
    format([1], "5")
except TypeError as e:
    r = str(e)
r
# expect: 'unsupported format string passed to list.__format__'
