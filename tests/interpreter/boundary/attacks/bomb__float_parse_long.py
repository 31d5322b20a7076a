# Attacks: float() of a 999k-digit string.
# Held: a clean PtcError or a quick result.
n = 0
for i in range(20):
    n += float("1" * 999_000 + str(i)) > 0
n
