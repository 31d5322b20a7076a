try:
    round()
except TypeError as e:
    r = str(e)
r
# expect: "round() missing required argument 'number' (pos 1)"
