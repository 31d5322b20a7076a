try:
    None[0]
except TypeError as e:
    r = str(e)
r
# expect: "'NoneType' object is not subscriptable"
