import math
from fractions import Fraction
[repr(Fraction(math.pi).limit_denominator(10)), repr(Fraction(math.pi).limit_denominator(1000)), repr(Fraction('3.14159').limit_denominator(100)), repr(Fraction(1, 3).limit_denominator())]
# expect: ['Fraction(22, 7)', 'Fraction(355, 113)', 'Fraction(311, 99)', 'Fraction(1, 3)']
