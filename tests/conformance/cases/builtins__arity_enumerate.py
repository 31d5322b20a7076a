try:
    enumerate()
except TypeError as e:
    r = str(e)
r
# expect: "enumerate() missing required argument 'iterable'"
