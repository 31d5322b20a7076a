try:
    issubclass(list, list[int])
except TypeError as e:
    r = str(e)
r
