try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    r = str(e)
r
# expect: 'zip() argument 2 is shorter than argument 1'
