from fractions import Fraction
try:
    f'{Fraction(1, 3):.2f}'
except TypeError as e:
    r = str(e)
(r, f'{Fraction(1, 3)}', format(Fraction(2, 4), ''))
# expect: ('unsupported format string passed to Fraction.__format__', '1/3', '1/2')
