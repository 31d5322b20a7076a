# CPython folds a signed number into a constant, so a tuple of them is a constant too: every
# `(-1, 2.5)` of one compilation is one object, and id() of one is the id of the others.
low = (-1, -2.5, +3)


class Bounds:
    low = (-1, -2.5, +3)


def make_low():
    return (-1, -2.5, +3)


(
    make_low() is low,
    Bounds.low is low,
    id((-1, -2.5, +3)) == id(low),
    (-0.0,) is (0.0,),
    (-0.0, -1j) is (-0.0, -1j),
    low,
)
# expect: (True, True, True, False, True, (-1, -2.5, 3))
