# Attacks: hash() of an identity-hashed object records it in the run's id() table, which keeps the
# object alive for the rest of the run. Each iteration builds a fresh near-limit string (its cost
# is what the step budget allows per byte) and hashes an iterator over it, so nothing built is ever
# freed: the memory held grows with the budget instead of staying at one string.
# Held: the run ends cleanly (a limit) within the 1 GiB address-space cap, no dead process.
# expect: error
kept = 0
while True:
    big = "x" * 999_990 + str(kept)
    hash(iter(big))
    kept += 1
