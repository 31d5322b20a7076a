# Attacks: %-formatting with 100,000 conversions in a loop (each conversion is matched and formatted in Python).
# Held: a clean PtcError within the CPU cap.
# expect: error
f = "%s" * 100000
t = (1,) * 100000
while True:
    f % t
