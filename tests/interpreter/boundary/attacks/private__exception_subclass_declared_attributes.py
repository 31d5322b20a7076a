# Attacks: the declared attribute tables of builtin exceptions (OSError.errno, SystemExit.code,
# StopIteration.value, UnicodeDecodeError.start/reason) against a program subclass, made by a class
# statement or by type(name, bases, namespace). Looking the table up by exact type misses the
# subclass, so `hasattr`/`getattr(e, 'errno', None)` silently answer differently from CPython.
# Held: the subclass answers as CPython's.
# expect: value (2, 3, 4, 0, 2)
class O(OSError): pass
class S(SystemExit): pass
class SI(StopIteration): pass
class U(UnicodeDecodeError): pass
O2 = type("O2", (OSError,), {})
(getattr(O(2, "x"), "errno", None), getattr(S(3), "code", None), getattr(SI(4), "value", None),
 getattr(U("utf-8", b"ab", 0, 1, "bad"), "start", None), getattr(O2(2, "x"), "errno", None))
