# Attacks: exceptions with 1M-char messages raised and caught in a loop, reading str(e).
# Held: a clean PtcError or result within budget.
m = "m" * 999_999
n = 0
for i in range(20_000):
    try:
        raise ValueError(m, m, m)
    except ValueError as e:
        n += len(str(e))
n
