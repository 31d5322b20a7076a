# Attacks: float.fromhex is declared CONSTANT, but parses its whole argument: a 1,000,000-character hex literal, parsed in a loop.
# Held: a clean PtcError within the CPU cap.
# expect: error
s = "0x" + "0" * 999990 + "1p0"
while True:
    float.fromhex(s)
