try:
    1 + "a"
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for +: 'int' and 'str'"
