# Attacks: %-formatting with a * width of 10**9.
# Held: a clean PtcError.
"%*d" % (10**9, 1)
