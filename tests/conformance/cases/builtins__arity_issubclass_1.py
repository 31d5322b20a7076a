try:
    issubclass(1)
except TypeError as e:
    r = str(e)
r
# expect: 'issubclass expected 2 arguments, got 1'
