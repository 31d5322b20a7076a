# Attacks: creating classes with dunders in a loop on a 198-deep base (0.5 ms of type() per class).
# Held: a clean PtcError (class creation charged by the MRO's length).
# expect: error
class K:
    pass
for i in range(197):
    class K(K):
        pass
while True:
    class J(K):
        def __eq__(self, o):
            return True
        def __lt__(self, o):
            return True
        def __hash__(self):
            return 1
