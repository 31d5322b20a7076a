import collections, datetime, re
out = []
for x in (collections.defaultdict(int), collections.Counter(), collections.OrderedDict(), collections.deque(),
          datetime.date(2020, 1, 1), datetime.timedelta(1), re.compile("x"), [], "s", {1}, iter([]), iter({}), range(2)):
    try:
        x.nope
    except AttributeError as e:
        out.append(str(e))
d = collections.defaultdict(list)
out.append(d.__missing__("k"))
out.append(dict(d))
try:
    collections.defaultdict().__missing__("z")
except KeyError as e:
    out.append(repr(e))
out
# expect: ["'collections.defaultdict' object has no attribute 'nope'", "'Counter' object has no attribute 'nope'", "'collections.OrderedDict' object has no attribute 'nope'", "'collections.deque' object has no attribute 'nope'", "'datetime.date' object has no attribute 'nope'", "'datetime.timedelta' object has no attribute 'nope'", "'re.Pattern' object has no attribute 'nope'", "'list' object has no attribute 'nope'", "'str' object has no attribute 'nope'", "'set' object has no attribute 'nope'", "'list_iterator' object has no attribute 'nope'", "'dict_keyiterator' object has no attribute 'nope'", "'range' object has no attribute 'nope'", [], {'k': []}, "KeyError('z')"]
