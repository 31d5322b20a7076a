import operator
class P:
    def __init__(self):
        self._x = 1
p = P()
setattr(p, "_y", 2)
names = sorted(n for n in ("_x", "_y", "_z") if hasattr(p, n))
(names, getattr(p, "_y"), operator.attrgetter("_x")(p), "{0._x}-{0._y}".format(p), "{p._x}".format_map({"p": p}))
# expect: (['_x', '_y'], 2, 1, '1-2', '1')
