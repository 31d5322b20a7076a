# Attacks: print with a huge sep repeated over many args.
# Held: a clean PtcError.
print(*range(1000), sep="s" * 100_000)
