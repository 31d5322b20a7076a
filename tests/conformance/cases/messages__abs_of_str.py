try:
    abs("x")
except TypeError as e:
    r = str(e)
r
# expect: "bad operand type for abs(): 'str'"
