# Attacks: contextlib.contextmanager over functions that return non-generators: a list iterator, a csv reader, a StringIO, a program iterator object without throw.
# Held: clean errors; nothing host reachable.
import contextlib, csv, io
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
out = []
for factory in (lambda: iter([1, 2]), lambda: csv.reader(["a,b"]), lambda: io.StringIO("x\ny"), lambda: It()):
    cm = contextlib.contextmanager(factory)
    try:
        with cm() as v:
            raise KeyError("boom")
    except BaseException as e:
        out.append(type(e).__name__ + ": " + str(e)[:60])
    try:
        with cm() as v:
            pass
        out.append(repr(v))
    except BaseException as e:
        out.append(type(e).__name__ + ": " + str(e)[:60])
out
