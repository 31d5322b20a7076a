# Attacks: standalone runs sleep for real (LocalHost): 2000 sleeps of 0.05 s cost 100 s of wall time and no CPU.
# Held: a clean PtcError quickly (a wall-clock timeout for standalone runs), not a 100 s stall.
import time
for i in range(2000):
    time.sleep(0.05)
"slept"
