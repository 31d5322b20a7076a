from enum import IntFlag, Flag
out = []
def t(f):
    try:
        out.append(repr(f()))
    except ValueError as e:
        out.append(str(e))
class F(IntFlag):
    A = -1
    B = 2
class G(Flag):
    A = 1
    B = 2
class H(IntFlag):
    A = 1
    B = 2
for f in (lambda: list(F), lambda: F(5), lambda: F.A | F.B, lambda: ~F.B, lambda: list(F.A), lambda: len(F.A),
          lambda: G(-1), lambda: G(-4), lambda: ~G(0), lambda: list(~G.A), lambda: H(-1), lambda: H(-8),
          lambda: list(H(-1))):
    t(f)
out
# expect: ['[<F.B: 2>]', '<F: 5>', '<F.A: -1>', '<F: 1>', '-1 is not a positive integer', '1', '<G.A|B: 3>', '<G: 0>', '<G.A|B: 3>', '[<G.B: 2>]', '<H.A|B: 3>', '<H: 8>', '[<H.A: 1>, <H.B: 2>]']
