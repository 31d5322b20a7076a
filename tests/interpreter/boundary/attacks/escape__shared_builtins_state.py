# Attacks: bin, chr, hex and oct are one host object shared by every run since round 7. Read and
# write whatever a program can reach on them (attributes, vars, __dict__, copy, deepcopy, partial,
# hash, id, equality, keys, exception arguments, keyword calls), so that a second run (the
# reference program, and the three environments) would see a change or a process-dependent value.
# Held: nothing can be set, copies are the object itself, hash and id are the run's own numbers.
import copy
import functools

out = []


def attempt(label, fn):
    try:
        out.append((label, repr(fn())[:80]))
    except Exception as e:
        out.append((label, type(e).__name__, str(e)[:80]))


for b in (bin, chr, hex, oct):
    attempt("name", lambda: b.__name__)
    attempt("repr", lambda: repr(b))
    attempt("setattr", lambda: setattr(b, "x", 1))
    attempt("attr", lambda: b.x)
    attempt("vars", lambda: vars(b))
    attempt("dict", lambda: b.__dict__)
    attempt("copy", lambda: copy.copy(b) is b)
    attempt("deepcopy", lambda: copy.deepcopy(b) is b)
    attempt("partial", lambda: functools.partial(b, 65)())
    attempt("hash", lambda: hash(b))
    attempt("id", lambda: id(b))
    attempt("eq", lambda: b == b)
    attempt("type", lambda: type(b).__name__)
    attempt("setname", lambda: setattr(b, "__name__", "evil"))
    attempt("delattr", lambda: delattr(b, "__name__"))
    attempt("kw", lambda: b(x=65))
    attempt("key", lambda: {b: 1}[b])
    attempt("exc", lambda: ValueError(b).args[0] is b)
out.append(sorted([bin, chr, hex, oct], key=id) == [bin, chr, hex, oct])
out
