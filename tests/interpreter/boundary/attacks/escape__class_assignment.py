# Attacks: assigning `__class__` (readable since round 4) to move a program object, an exception or
# a module value into another class, a host class among them: `setattr(obj, '__class__', X)` and
# other dunders on instances and classes.
# Held: every write is refused; the objects keep their classes.
import collections
class A:
    pass
class B:
    pass
out = []
targets = [A(), ValueError("x"), collections.Counter(), collections.OrderedDict()]
for t in targets:
    for cls in [B, KeyError, dict, type(print), type(collections), collections.Counter]:
        try:
            setattr(t, "__class__", cls)
            out.append("setattr " + repr(type(t)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
for t in targets:
    for name in ["__class__", "__dict__", "__name__", "__init__", "__eq__"]:
        try:
            setattr(t, name, B)
            out.append("setattr " + name)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
for name in ["__class__", "__name__", "__eq__", "__hash__", "__init__", "__repr__"]:
    try:
        setattr(A, name, B)
        out.append("class setattr " + name)
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
print(out)
[repr(type(t)) for t in targets]
