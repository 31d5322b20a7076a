class A:
    pass
try:
    A() + 1
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for +: 'A' and 'int'"
