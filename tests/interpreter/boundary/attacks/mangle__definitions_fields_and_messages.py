# Attacks: mangled definitions against CPython: a mangled method's and nested class's `__name__`,
# the call errors naming them (`C.__m() missing ...`), the nested class's repr, a mangled property,
# reading the unmangled spelling from outside; a NamedTuple field `__a` (`_N__a`, refused as an
# underscore field) and `_b`; a dataclass field `__a` (`_D__a`, its __init__ keyword and repr).
# Held: every value and message is CPython's.
# expect: value [('__m', '__Inner', '__deep'), "C.__m() missing 2 required positional arguments: 'self' and 'a'", "C.__m() missing 1 required positional argument: 'a'", 'C.__m() takes 2 positional arguments but 3 were given', "<class '__main__.C.__Inner'>", 7, "'C' object has no attribute '__m'", "type object 'C' has no attribute '__Inner'", "Field names cannot start with an underscore: '_N__a'", "Field names cannot start with an underscore: '_b'", (['_D__a'], 'D(_D__a=5)', 1)]
from typing import NamedTuple
from dataclasses import dataclass, fields
class C:
    def __m(self, a):
        return a
    class __Inner:
        def __deep(self):
            pass
    def call(self):
        return self.__m
    @property
    def __p(self):
        return 7
    def getp(self):
        return self.__p
out = []
c = C()
out.append((C._C__m.__name__, C._C__Inner.__name__, C._C__Inner._Inner__deep.__name__))
for call in (lambda: C._C__m(), lambda: c.call()(), lambda: c.call()(1, 2)):
    try:
        call()
    except TypeError as e:
        out.append(str(e))
out.append(repr(C._C__Inner))
out.append(c.getp())
for read in (lambda: c.__m, lambda: C.__Inner):
    try:
        read()
    except AttributeError as e:
        out.append(str(e))
try:
    class N(NamedTuple):
        __a: int
    out.append(("N made", N._fields))
except ValueError as e:
    out.append(str(e))
try:
    class N2(NamedTuple):
        _b: int
    out.append(("N2 made", N2._fields))
except ValueError as e:
    out.append(str(e))
@dataclass
class D:
    __a: int = 1
    def get(self):
        return self.__a
out.append(([f.name for f in fields(D)], repr(D(_D__a=5)), D().get()))
out
