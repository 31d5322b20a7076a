# Attacks: type(name, bases, namespace) and the class statement with `object` listed before a
# program class. CPython cannot linearize (object, C) and raises TypeError ("Cannot create a
# consistent method resolution order (MRO) for bases object, C"); a host class built from the real
# bases, where object is not the program class's only base, silently succeeds.
# Held: both spellings raise TypeError as CPython.
# expect: value ('TypeError', 'TypeError')
class C:
    pass
out = []
try:
    type("Z", (object, C), {})
    out.append("made")
except TypeError:
    out.append("TypeError")
try:
    class Z(object, C):
        pass
    out.append("made")
except TypeError:
    out.append("TypeError")
tuple(out)
