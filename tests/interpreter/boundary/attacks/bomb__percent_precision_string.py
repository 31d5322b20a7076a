# Attacks: %-formatting %.*f with a huge precision.
# Held: a clean PtcError.
"%.*f" % (500_000_000, 1.0)
