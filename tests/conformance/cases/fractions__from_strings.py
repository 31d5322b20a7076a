from fractions import Fraction
[repr(Fraction(s)) for s in ['3/4', ' -1.25 ', '1e-3', '7', '2.5E2', '-3/6']]
# expect: ['Fraction(3, 4)', 'Fraction(-5, 4)', 'Fraction(1, 1000)', 'Fraction(7, 1)', 'Fraction(250, 1)', 'Fraction(-1, 2)']
