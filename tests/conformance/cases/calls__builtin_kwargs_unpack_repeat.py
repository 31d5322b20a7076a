try:
    print(**{"sep": "-"}, sep="+")
except TypeError as e:
    r = str(e)
r
# expect: "print() got multiple values for keyword argument 'sep'"
