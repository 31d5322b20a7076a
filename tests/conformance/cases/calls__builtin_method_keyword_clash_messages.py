import re
from collections import OrderedDict
m = re.match(r"(?P<a>x)(y)?", "x")
p = re.compile(r"(?P<a>x)")
out = []
for call in [
    lambda: m.groupdict("N/A", default="N/A"), lambda: m.groups(None, default=None), lambda: m.groupdict(bogus=1),
    lambda: m.groupdict(default=None, bogus=None), lambda: m.expand("x", template="y"), lambda: m.group(bogus=1),
    lambda: m.start(0, 1), lambda: m.span(group=0), lambda: m.expand(),
    lambda: p.search("x", string="x"), lambda: p.search(), lambda: p.search("x", 0, 1, 2), lambda: p.sub("a"),
    lambda: p.sub(repl="a", string="b", bogus=1), lambda: p.findall("x", bogus=1), lambda: p.split("x", 1, 2),
    lambda: "ab".expandtabs(8, tabsize=1), lambda: "ab".expandtabs(tabsize=1, bogus=2), lambda: "ab".splitlines(keepends=True, x=1),
    lambda: [1].sort(None, key=None), lambda: [1].sort(1, 2, 3, key=None), lambda: OrderedDict().popitem(last=True, x=1),
    lambda: {1}.isdisjoint([1], [2]), lambda: {1}.issubset(), lambda: frozenset().symmetric_difference(1, 2),
    lambda: {1}.symmetric_difference_update([1], [2]),
]:
    try:
        call()
        out.append("ok")
    except TypeError as e:
        out.append(str(e))
out
# expect: ['groupdict() takes at most 1 argument (2 given)', 'groups() takes at most 1 argument (2 given)', "'bogus' is an invalid keyword argument for groupdict()", 'groupdict() takes at most 1 keyword argument (2 given)', 'expand() takes at most 1 argument (2 given)', 'Match.group() takes no keyword arguments', 'start expected at most 1 argument, got 2', 'Match.span() takes no keyword arguments', "expand() missing required argument 'template' (pos 1)", "argument for search() given by name ('string') and position (1)", "search() missing required argument 'string' (pos 1)", 'search() takes at most 3 arguments (4 given)', "sub() missing required argument 'string' (pos 2)", "'bogus' is an invalid keyword argument for sub()", "'bogus' is an invalid keyword argument for findall()", 'split() takes at most 2 arguments (3 given)', 'expandtabs() takes at most 1 argument (2 given)', 'expandtabs() takes at most 1 keyword argument (2 given)', 'splitlines() takes at most 1 keyword argument (2 given)', 'sort() takes no positional arguments', 'sort() takes at most 2 arguments (4 given)', 'popitem() takes at most 1 keyword argument (2 given)', 'set.isdisjoint() takes exactly one argument (2 given)', 'set.issubset() takes exactly one argument (0 given)', 'frozenset.symmetric_difference() takes exactly one argument (2 given)', 'set.symmetric_difference_update() takes exactly one argument (2 given)']
