# Attacks: pformat and saferepr of every kind of host-backed object a program can hold, looking for
# addresses or host class paths in the text (CPython prints '<function f at 0x...>').
# Held: nothing leaked.
import difflib, pprint, io, collections, itertools, types
def f():
    yield 1
class C:
    pass
things = [difflib.SequenceMatcher(None, "a", "b"), difflib.Differ(), pprint.PrettyPrinter(), print, len,
          lambda: 0, f, f(), difflib, pprint, iter([1]), map(str, [1]), io.StringIO(), C, C(), object(),
          difflib.unified_diff([], []), itertools.count(), types.SimpleNamespace(a=1), pprint.pprint,
          difflib.SequenceMatcher, collections.Counter, difflib.SequenceMatcher(None, "ab", "b").find_longest_match()]
out = [pprint.pformat(things, width=40), pprint.saferepr(things), str(pprint.isreadable(things))]
for thing in things:
    out.append(pprint.pformat(thing))
print("\n".join(out))
