from enum import Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
try:
    Perm(8)
except ValueError as e:
    r = str(e)
r
# expect: "<flag 'Perm'> invalid value 8\\n    given 0b0 1000\\n  allowed 0b0 0111"
