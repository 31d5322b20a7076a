# Attacks: str.format with a replacement field of 100,000 chained attribute lookups.
# Held: a clean PtcError within the CPU cap.
# expect: error
f = "{0" + ".real" * 100000 + "}"
while True:
    f.format(1)
