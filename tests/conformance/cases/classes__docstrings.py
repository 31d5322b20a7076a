"""module doc"""
from collections import namedtuple
from typing import NamedTuple
from dataclasses import dataclass
class Documented:
    """the docs"""
    x = 1
class Undocumented:
    pass
class Sub(Documented):
    pass
class ExplicitDoc:
    __doc__ = 'explicit'
class OverriddenDoc:
    """original"""
    __doc__ = 'overridden'
class DocRead:
    "doc"
    y = __doc__
class NoDocRead:
    y = __doc__
class NamedBar:
    __name__ = 'bar'
def f():
    """  f doc
    more"""
    return __doc__
class K:
    def m(self):
        'method doc'
P = namedtuple('P', 'x y')
class Q(NamedTuple):
    a: int
class R(NamedTuple):
    "R doc"
    a: int
@dataclass
class DC:
    "dc doc"
    x: int
out = [Documented.__doc__, Documented().__doc__, Undocumented.__doc__, Undocumented().__doc__, Sub.__doc__, Sub().__doc__,
       ExplicitDoc.__doc__, OverriddenDoc.__doc__, DocRead.y, NoDocRead.y, NamedBar.__name__, NamedBar().__name__,
       f.__doc__, f(), (lambda: 1).__doc__, K.m.__doc__, K().m.__doc__, P.__doc__, P(1, 2).__doc__, namedtuple('E', []).__doc__,
       namedtuple('O', ['a']).__doc__, Q.__doc__, Q(1).__doc__, R.__doc__, DC.__doc__, DC(1).__doc__, __doc__]
try:
    Undocumented().__name__
except AttributeError as e:
    out.append(str(e))
out
# expect: ['the docs', 'the docs', None, None, None, None, 'explicit', 'overridden', 'doc', 'module doc', 'NamedBar', 'bar', '  f doc\\n    more', 'module doc', None, 'method doc', 'method doc', 'P(x, y)', 'P(x, y)', 'E()', 'O(a,)', 'Q(a,)', 'Q(a,)', 'R doc', 'dc doc', 'dc doc', 'module doc', "'Undocumented' object has no attribute '__name__'"]
