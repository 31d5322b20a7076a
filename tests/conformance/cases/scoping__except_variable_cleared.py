try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    r = str(e)
r
# expect: "name 'err' is not defined"
