# Attacks: type(name, bases, namespace) accepts any str as the class name, up to the string limit,
# where a class statement's name is a short identifier. Every message that names the class
# ("'<name>' object has no attribute ...", "unhashable type", "__init__() takes ..."), every repr of
# an instance and every `type(x).__name__`-style formatting then copies the huge name natively; a
# loop of cheap failing attribute reads and reprs costs a few steps each while copying ~1 MB each.
# Held: the loop ends within the CPU cap (charged or refused), no dead process.
# expect: error
name = "N" * 999_000
Z = type(name, (), {"__eq__": lambda self, other: False})
z = Z()
n = 0
while True:
    try:
        z.missing
    except AttributeError:
        n += 1
    try:
        hash(z)
    except TypeError:
        n += 1
    try:
        Z(1, 2)
    except TypeError:
        n += 1
    repr(z)
    str(z)
    f"{z}"
