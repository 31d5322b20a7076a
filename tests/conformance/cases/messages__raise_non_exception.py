try:
    raise 5
except TypeError as e:
    r = str(e)
r
# expect: 'exceptions must derive from BaseException'
