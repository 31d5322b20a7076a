try:
    isinstance(1)
except TypeError as e:
    r = str(e)
r
# expect: 'isinstance expected 2 arguments, got 1'
