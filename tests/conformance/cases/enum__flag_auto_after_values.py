from enum import Flag, auto
class J(Flag):
    A = 4
    B = 1
    C = auto()
(list(J), repr(J.C), str(J.A | J.B))
# expect: ([<J.A: 4>, <J.B: 1>, <J.C: 8>], '<J.C: 8>', 'J.A|B')
