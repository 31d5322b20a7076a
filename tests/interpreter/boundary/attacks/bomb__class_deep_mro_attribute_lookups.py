# Attacks: attribute, method and missing-attribute lookups on an instance of a class 197 deep: each
# walks 200 program namespaces in Python, for one step (13x an ordinary step's CPU).
# Held: a clean PtcError (the step budget, charged per 8 classes walked), within the CPU cap.
# expect: error
class K:
    x = 1
    def m(self):
        pass
for i in range(197):
    class K(K):
        pass
o = K()
while True:
    o.x
    o.m()
    hasattr(o, "y")
    o.z = 1
