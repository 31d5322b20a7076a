# Attacks: type(name, bases, namespace) with a tuple of thousands of distinct program classes as
# bases: the host computes the C3 linearization of every base's MRO (each ends in the interpreter's
# hidden host bases), checks layouts and builds the class natively; a class statement could not
# list that many bases without writing them out. Then each class made from the same bases again.
# Held: charged or refused within the CPU cap, no dead process.
# expect: error
classes = []
for i in range(8_000):
    classes.append(type("C" + str(i), (), {}))
bases = tuple(classes)
while True:
    type("Z", bases, {})
