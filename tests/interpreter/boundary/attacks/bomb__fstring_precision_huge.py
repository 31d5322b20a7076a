# Attacks: an f-string float precision of 10**8.
# Held: a clean PtcError.
x = 1.5
p = 10**8
f"{x:.{p}f}"
