# Attacks: slice objects and Ellipsis: equality, ordering, indices() with huge lengths, repr, use as dict keys (unhashable in 3.11).
# Held: CPython 3.11's results, identical everywhere.
out = []
out.append(slice(1, 2) == slice(1, 2))
out.append(slice(1, 2) < slice(1, 3))
out.append(slice(None, None, -1).indices(10 ** 30))
out.append(repr(slice(1, "a", ...)) if False else repr(slice(1, None, 2)))
out.append([0, 1, 2, 3][slice(-10 ** 30, 10 ** 30, 2)])
out.append(repr(...) + str(Ellipsis is ...))
try:
    {slice(1): 1}
except TypeError as e:
    out.append(str(e))
try:
    hash(...)
    out.append("hashed")
except TypeError as e:
    out.append("refused")
out
