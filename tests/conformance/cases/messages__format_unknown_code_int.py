try:
    format(5, "z")
except ValueError as e:
    r = str(e)
r
# expect: 'Negative zero coercion (z) not allowed in integer format specifier'
