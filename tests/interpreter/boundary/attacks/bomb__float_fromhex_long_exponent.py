# Attacks: float.fromhex with a huge exponent and leading whitespace padding.
# Held: a clean PtcError or result within the CPU cap.
# expect: error
s = " " * 500000 + "0x1p" + "9" * 400000
n = 0
while True:
    try:
        float.fromhex(s)
    except OverflowError:
        n += 1
