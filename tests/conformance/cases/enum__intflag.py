from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
repr((Perm.R | Perm.W, str(Perm.R | Perm.W), Perm.R | 8, Perm(9), ~Perm.R, Perm.R | 1, Perm.R + 1, format(Perm.W), Perm(0)))
# expect: "(<Perm.R|W: 6>, '6', <Perm.R|8: 12>, <Perm.X|8: 9>, <Perm.W|X: 3>, <Perm.R|X: 5>, 5, '2', <Perm: 0>)"
