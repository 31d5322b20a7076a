# Attacks: str.startswith with a huge tuple of long prefixes.
# Held: a clean PtcError.
s = "x" * 999_999
prefixes = tuple([s] * 99_999)
n = 0
for i in range(100):
    n += s.startswith(prefixes[:-1] + ("y",)) 
n
