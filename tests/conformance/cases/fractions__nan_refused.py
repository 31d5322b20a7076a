from fractions import Fraction
out = []
for x in (float('nan'), float('inf')):
    try:
        Fraction(x)
    except (ValueError, OverflowError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('ValueError', 'cannot convert NaN to integer ratio'), ('OverflowError', 'cannot convert Infinity to integer ratio')]
