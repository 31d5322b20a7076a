# Attacks: name mangling. CPython mangles `__k` as a parameter name (`def m(self, __k=3)` takes
# `_Outer__k`) but never a keyword argument of a call: `self.m(__k=9)` inside the class passes the
# keyword `__k` and fails, and `dict(__e=1)` has the key `'__e'`. A mangler that rewrites
# `ast.keyword` too makes both silently succeed with different values.
# Held: the call fails with CPython's TypeError and the dict key is '__e', as CPython.
# expect: value ("Outer.m() got an unexpected keyword argument '__k'", {'__e': 1})
class Outer:
    def m(self, __k=3):
        return __k
    def n(self):
        try:
            return self.m(__k=9)
        except TypeError as e:
            return str(e)
    def kw(self):
        return dict(__e=1)
o = Outer()
(o.n(), o.kw())
