# Attacks: `print(..., file=f)` calls `f.write` from native code: host callables, program methods that
# print again into themselves (host recursion through print), a writer that raises, an object whose
# `write` is a class, and sys.stderr, which must stay out of stdout.
# Held: each ends in a program error or a result; nothing host-side shows; the recursion ends cleanly.
import sys, io, types
out = []
def probe(f):
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e)[:120])
class Loop:
    def write(self, s):
        print(s, file=self)
class Raises:
    def write(self, s):
        raise ValueError("no " + s)
class Klass:
    write = list
probe(lambda: print("a", file=types.SimpleNamespace(write=print)))
probe(lambda: print("b", file=Loop()))
probe(lambda: print("c", file=Raises()))
probe(lambda: print("d", file=Klass()))
probe(lambda: print("e", file=sys.stderr))
probe(lambda: print("f", file=io.StringIO()))
probe(lambda: print("g", file="not a file"))
probe(lambda: print(*range(3), sep=None, file=types.SimpleNamespace(write=out.append)))
out
