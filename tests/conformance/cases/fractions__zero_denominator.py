from fractions import Fraction
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    r = str(e)
r
# expect: 'Fraction(1, 0)'
