# Attacks: repr/str/print of 200k-deep nested lists.
# Held: a clean PtcError.
x = []
for i in range(200_000):
    x = [x]
s = str(x)
len(s)
