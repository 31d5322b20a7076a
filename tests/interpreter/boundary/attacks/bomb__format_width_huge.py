# Attacks: str.format with a 10**9 field width.
# Held: a clean PtcError.
"{:>{w}}".format("a", w=10**9)
