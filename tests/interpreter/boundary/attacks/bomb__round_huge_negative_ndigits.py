# Attacks: round(int, -10**9): CPython computes 10**(10**9) first.
# Held: a clean PtcError quickly.
round(12345, -10**9)
