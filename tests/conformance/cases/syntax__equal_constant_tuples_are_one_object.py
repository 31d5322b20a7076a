# CPython merges the equal constants of one compilation: every `(1, 2)` is one tuple object.
pair = (1, 2)


def make_pair():
    return (1, 2)


nested = (1, ("a", None))
(
    make_pair() is pair,
    id((1, 2)) == id(pair),
    (1, ("a", None)) is nested,
    (1.0, 2) is pair,
    (0.0,) is (-0.0,),
)
# expect: (True, True, True, False, False)
