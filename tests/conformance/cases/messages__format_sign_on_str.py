try:
    format("s", "+")
except ValueError as e:
    r = str(e)
r
# expect: 'Sign not allowed in string format specifier'
