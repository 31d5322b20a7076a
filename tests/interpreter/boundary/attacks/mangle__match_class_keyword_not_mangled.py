# Attacks: name mangling in match statements. CPython 3.11 mangles capture names inside a class
# (`case [__first, *__others]`, `**__rest`) but not the keyword attribute names of a class pattern:
# `case P(__v=1)` looks up the attribute `__v` itself, which an instance that stored `self.__v`
# (really `_P__v`) does not have, so the case fails. Mangling `MatchClass.kwd_attrs` makes it match.
# Held: the class pattern does not match, as CPython 3.11; captures behave as CPython's.
# expect: value ('not mangled', (1, {'z': 2}), '1', (1, [2, 3]), ['_P__v', '_P__w'])
class P:
    def __init__(self):
        self.__v = 1
        self.__w = 2
    def chk(self, other):
        match other:
            case P(__v=1):
                return "mangled"
        return "not mangled"
    def star(self, d):
        match d:
            case {"k": __val, **__rest}:
                return (__val, __rest)
    def imp(self):
        import json as __j
        return __j.dumps(1)
    def cap(self, d):
        match d:
            case [__first, *__others]:
                return __first, __others
try:
    r = P().chk(P())
except AttributeError as e:
    r = str(e)
(r, P().star({"k": 1, "z": 2}), P().imp(), P().cap([1, 2, 3]), sorted(vars(P())))
