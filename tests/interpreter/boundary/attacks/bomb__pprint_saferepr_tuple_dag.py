# Attacks: pprint.saferepr of a 2**40-path DAG of tuples.
# Held: a clean PtcError within the CPU cap.
# expect: error
import pprint
x = (1,)
for _ in range(40):
    x = (x, x)
s = pprint.saferepr(x)
len(s)
