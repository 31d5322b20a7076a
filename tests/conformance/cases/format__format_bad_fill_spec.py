try:
    format(3, "abc")
except ValueError as e:
    r = str(e)
r
# expect: "Invalid format specifier 'abc' for object of type 'int'"
