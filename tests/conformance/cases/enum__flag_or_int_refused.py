from enum import Flag
class Perm(Flag):
    R = 1
try:
    Perm.R | 1
except TypeError as e:
    r = str(e)
r
# expect: "unsupported operand type(s) for |: 'Perm' and 'int'"
