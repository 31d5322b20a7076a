import copy
g = (i for i in range(3))
try:
    copy.copy(g)
except TypeError as e:
    r = str(e)
r
# expect: "cannot pickle 'generator' object"
