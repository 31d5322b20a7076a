# Attacks: set membership hashing/equality of a 200k-deep tuple chain inside frozensets.
# Held: a clean PtcError; the process survives.
x = ()
for i in range(200_000):
    x = (x, i)
s = {1, 2}
x in s
