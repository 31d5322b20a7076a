# Attacks: hash() of Decimal NaN (CPython hashes it by address) and of Decimals/Fractions as dict keys.
# Held: the same value under every hash seed.
import decimal, fractions
D, F = decimal.Decimal, fractions.Fraction
[hash(D("nan")), hash(D("-nan")), hash(D("1.5")), hash(F(1, 3)), hash(D("1e-999999999")), list({D("nan"): 1, F(1, 2): 2, D("0.5"): 3})]
