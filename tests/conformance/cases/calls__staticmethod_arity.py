try:
    staticmethod()
except TypeError as e:
    r = str(e)
r
# expect: 'staticmethod expected 1 argument, got 0'
