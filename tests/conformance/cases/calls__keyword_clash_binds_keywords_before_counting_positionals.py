from collections import namedtuple
from typing import NamedTuple
from dataclasses import dataclass, field
P = namedtuple("P", "x y", defaults=[0])
class N(NamedTuple):
    a: int
    b: int = 2
@dataclass
class D:
    x: int
    y: int = 0
    k: int = field(default=1, kw_only=True)
@dataclass
class E:
    x: int
def f(a, b=1, *, k=0):
    pass
out = []
for call in [
    lambda: P(1, 2, 3), lambda: P(1, 2, 3, y=1), lambda: P(1, 2, 3, q=1), lambda: P(1, x=2), lambda: P(),
    lambda: N(1, 2, 3), lambda: N(1, 2, 3, a=1), lambda: N(1, b=2, c=3),
    lambda: D(1, 2, 3), lambda: D(1, 2, 3, k=1), lambda: D(1, 2, 3, y=1), lambda: D(1, 2, 3, z=1),
    lambda: E(1, 2), lambda: E(1, 2, x=3), lambda: E(1, 2, 3), lambda: E(y=1),
    lambda: f(1, 2, 3, b=4), lambda: f(1, 2, 3, k=4), lambda: f(1, 2, 3, z=4),
]:
    try:
        call()
    except TypeError as e:
        out.append(str(e))
out
# expect: ['P.__new__() takes from 2 to 3 positional arguments but 4 were given', "P.__new__() got multiple values for argument 'y'", "P.__new__() got an unexpected keyword argument 'q'", "P.__new__() got multiple values for argument 'x'", "P.__new__() missing 1 required positional argument: 'x'", 'N.__new__() takes from 2 to 3 positional arguments but 4 were given', "N.__new__() got multiple values for argument 'a'", "N.__new__() got an unexpected keyword argument 'c'", 'D.__init__() takes from 2 to 3 positional arguments but 4 were given', 'D.__init__() takes from 2 to 3 positional arguments but 4 positional arguments (and 1 keyword-only argument) were given', "D.__init__() got multiple values for argument 'y'", "D.__init__() got an unexpected keyword argument 'z'", 'E.__init__() takes 2 positional arguments but 3 were given', "E.__init__() got multiple values for argument 'x'", 'E.__init__() takes 2 positional arguments but 4 were given', "E.__init__() got an unexpected keyword argument 'y'", "f() got multiple values for argument 'b'", 'f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given', "f() got an unexpected keyword argument 'z'"]
