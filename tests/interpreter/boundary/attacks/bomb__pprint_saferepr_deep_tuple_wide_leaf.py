# Attacks: isreadable/saferepr of a 190-deep tuple chain over a 900k-character leaf, 200 times.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = ("v" * 900000,)
for _ in range(190):
    x = (x,)
s = [pprint.isreadable(x) for _ in range(200)]
s = [pprint.saferepr(x) for _ in range(200)]
len(s)
