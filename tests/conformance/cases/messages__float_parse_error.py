try:
    float("abc")
except ValueError as e:
    r = str(e)
r
# expect: "could not convert string to float: 'abc'"
