# Attacks: sorted key function recursing into sorted.
# Held: a clean PtcError.
def k(x):
    return sorted([x, x], key=k)[0]
sorted([1, 2], key=k)
