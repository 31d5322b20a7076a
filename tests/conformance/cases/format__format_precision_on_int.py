try:
    format(3, ".2d")
except ValueError as e:
    r = str(e)
r
# expect: 'Precision not allowed in integer format specifier'
