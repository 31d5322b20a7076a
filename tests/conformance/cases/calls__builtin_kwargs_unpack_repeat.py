try:
    print(**{"sep": "-"}, sep="+")
except TypeError as e:
    r = str(e)
r
