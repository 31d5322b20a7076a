from enum import Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
(rw, str(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), Perm(0), ~Perm.R, rw & Perm.W, Perm(7))
# expect: (<Perm.R|W: 3>, 'Perm.R|W', True, False, [<Perm.R: 1>, <Perm.W: 2>], 2, False, <Perm: 0>, <Perm.W|X: 6>, <Perm.W: 2>, <Perm.R|W|X: 7>)
