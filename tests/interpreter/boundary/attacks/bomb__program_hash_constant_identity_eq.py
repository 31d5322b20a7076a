# Attacks: program objects with a constant __hash__ and identity equality: quadratic probing with no program code to charge.
# Held: a clean PtcError within the CPU cap.
class K:
    def __hash__(self):
        return 7
ks = [K() for _ in range(60_000)]
s = set(ks)
len(s)
