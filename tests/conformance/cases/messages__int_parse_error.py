try:
    int("x1")
except ValueError as e:
    r = str(e)
r
# expect: "invalid literal for int() with base 10: 'x1'"
