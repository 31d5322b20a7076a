# Attacks: private names of a `typing.NamedTuple` class body. The instances answer them (the named
# tuple holds private names), but the class object the program holds is a native class whose
# private names are refused: `N._x`, `N._build()` (a private classmethod), `N._norm` (a private
# staticmethod) fail where CPython answers. And `_source`, which CPython's NamedTuple refuses to let
# a body overwrite ("Cannot overwrite NamedTuple attribute _source"), is accepted silently.
# Held: as CPython.
# expect: value [(5, 5, 'built', 3, 'mine'), ('AttributeError', 'Cannot overwrite NamedTuple attribute _source')]
from typing import NamedTuple
out = []
class N(NamedTuple):
    a: int
    _x = 5
    def _helper(self):
        return "mine"
    @classmethod
    def _build(cls):
        return "built"
    @staticmethod
    def _norm(v):
        return v + 1
try:
    out.append((N(1)._x, N._x, N._build(), N._norm(2), N(1)._helper()))
except AttributeError as e:
    out.append(("AttributeError", str(e)[:60]))
try:
    class M(NamedTuple):
        a: int
        _source = "s"
    out.append("made")
except AttributeError as e:
    out.append(("AttributeError", str(e)))
out
