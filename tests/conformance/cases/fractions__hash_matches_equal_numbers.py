from fractions import Fraction as F
(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): 'half'}[0.5], len({F(1, 2), 0.5, F(2, 4)}))
# expect: (True, True, 'half', 1)
