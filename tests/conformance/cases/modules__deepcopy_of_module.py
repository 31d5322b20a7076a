import copy, math
try:
    copy.deepcopy(math)
except TypeError as e:
    r = str(e)
r
# expect: "cannot pickle 'module' object"
