from fractions import Fraction
try:
    Fraction('one half')
except ValueError as e:
    r = str(e)
r
# expect: "Invalid literal for Fraction: 'one half'"
