# Attacks: hash() of identity-hashed objects and BoundMethod's new __eq__/__hash__, on the methods of
# builtin values. CPython's `l.append == l.append` is True (same __self__, same function) and its
# hash is stable, so `{l.append, l.append}` has one element. A method object made fresh on each
# attribute read and hashed by identity makes each read a different, unequal key (and keeps every
# one alive in the run's id table). Program methods, for comparison, already behave.
# Held: builtin bound methods compare and hash as CPython's.
# expect: value (True, True, 1, True, True, 2, 1)
class C:
    def m(self):
        pass
c = C()
l = []
s = "abc"
(l.append == l.append, hash(l.append) == hash(l.append), len({l.append, l.append}),
 s.upper == s.upper, c.m == c.m, len({c.m, C().m}), len({c.m, c.m}))
