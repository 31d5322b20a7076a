import collections
d = collections.defaultdict(list)
d.__missing__("k").append(1)
od = collections.OrderedDict(a=1)
made = [collections.defaultdict.fromkeys("ab"), d.fromkeys("xy", 0), od.fromkeys("q"),
        collections.OrderedDict.fromkeys([1, 2], "v"), od.fromkeys("a", value=1), collections.OrderedDict.fromkeys(iterable="z")]
out = [dict(d)] + [(type(m).__name__, repr(m)) for m in made]
for call in (lambda: d.fromkeys(), lambda: d.fromkeys(1, 2, 3), lambda: collections.defaultdict.fromkeys(1, 2, 3),
             lambda: d.fromkeys("a", value=1), lambda: od.fromkeys(), lambda: od.fromkeys(1, 2, 3),
             lambda: collections.OrderedDict.fromkeys("a", nope=1), lambda: od.fromkeys("a", iterable="b"), lambda: {}.fromkeys(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        out.append(str(e))
out
# expect: [{'k': [1]}, ('defaultdict', "defaultdict(None, {'a': None, 'b': None})"), ('defaultdict', "defaultdict(None, {'x': 0, 'y': 0})"), ('OrderedDict', "OrderedDict([('q', None)])"), ('OrderedDict', "OrderedDict([(1, 'v'), (2, 'v')])"), ('OrderedDict', "OrderedDict([('a', 1)])"), ('OrderedDict', "OrderedDict([('z', None)])"), 'fromkeys expected at least 1 argument, got 0', 'fromkeys expected at most 2 arguments, got 3', 'fromkeys expected at most 2 arguments, got 3', 'defaultdict.fromkeys() takes no keyword arguments', "fromkeys() missing required argument 'iterable' (pos 1)", 'fromkeys() takes at most 2 arguments (3 given)', "'nope' is an invalid keyword argument for fromkeys()", "argument for fromkeys() given by name ('iterable') and position (1)", 'fromkeys expected at most 2 arguments, got 3']
