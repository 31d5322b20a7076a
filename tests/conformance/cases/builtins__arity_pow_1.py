try:
    pow(1)
except TypeError as e:
    r = str(e)
r
# expect: "pow() missing required argument 'exp' (pos 2)"
