# Attacks: as bomb__type_huge_name_error_messages, without the (charged) reprs: only messages that
# name the ~1 MB class name natively — a missing attribute, an unhashable instance, a wrong call to
# the generated __init__, a failed comparison, isinstance of a non-class, a private name deleted —
# each a few steps, each copying the name.
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
    try:
        z < z
    except TypeError:
        n += 1
    try:
        Z.missing
    except AttributeError:
        n += 1
    try:
        del z._gone
    except AttributeError:
        n += 1
    try:
        len(z)
    except TypeError:
        n += 1
