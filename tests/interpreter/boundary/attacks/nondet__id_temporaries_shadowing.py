# Attacks: id() of a display, comprehension, lambda or non-constant tuple compiles to its type's
# one temporary id. Shadow `id` (a parameter, a class-body name, a global rebound later), hold the
# temporary in a walrus inside it, compare temporary ids with held objects' ids across types, and
# look for ids that differ across processes. Held: only the builtin `id` gives temporary ids, which
# no held object has; a shadowing `id` is called; the numbers are the run's own.
def f(id):
    return id([])


class C:
    id = lambda v: "class body"
    got = id([])


kept = [[], {}, set(), (lambda: 0)]
temps = [id([]), id({}), id(set()), id(lambda: 0), id((x for x in kept)), id([y for y in kept]), id((kept,))]
held = [id(k) for k in kept]
walrus = id([(w := [1])])
late = []


def g():
    return id([])


before = g()
id = lambda v: "rebound"
(f(lambda v: "param"), C.got, g(), before, temps, held, set(temps) & set(held), walrus, late)
