# Attacks: str.format with 100,000 fields each indexing into a list.
# Held: a clean PtcError.
# expect: error
f = "{0[0]}" * 100000
x = [1]
while True:
    f.format(x)
