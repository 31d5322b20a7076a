# Attacks: `__name` (no trailing dunder) is a private name: CPython mangles it inside a class body,
# and outside one it is an ordinary attribute name. Try the spellings of host internals without the
# trailing underscores, on program functions, classes, instances, bound methods, builtins and
# modules; and a class whose mangled names would start with the interpreter's reserved prefix.
# Held: nothing host-made is read; the reserved prefix is refused before the program runs.
# expect: value 'ok'
import json, operator
def f(a=1):
    return a
class C:
    def m(self):
        return self.__secret
    def __init__(self):
        self.__secret = 1
c = C()
reached = []
for obj in (f, C, c, c.m, print, len, json, json.dumps, operator.add, 1, "s", [], {}, ValueError("x")):
    for name in ("__globals", "__code", "__self", "__func", "__dict", "__closure", "__class", "__builtins",
                 "__module", "__wrapped", "__secret", "__init", "__bases", "__mro", "__subclasses"):
        try:
            getattr(obj, name)
            reached.append((type(obj).__name__, name))
        except AttributeError:
            pass
        try:
            ("{0." + name + "}").format(obj)
            reached.append((type(obj).__name__, name, "format"))
        except (AttributeError, ValueError):
            pass
assert c.m() == 1 and c._C__secret == 1
"ok" if not reached else reached
