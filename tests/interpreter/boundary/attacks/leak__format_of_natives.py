# Attacks: format()/f-string conversions of native iterators and shim objects.
# Held: no addresses.
import itertools, re
vals = [zip(), iter([]), re.finditer("a", "a"), itertools.count(), map(int, [])]
[f"{v}|{v!s}|{v!a}|{format(v, '')}|{'%s %r %a' % (v, v, v)}" for v in vals]
