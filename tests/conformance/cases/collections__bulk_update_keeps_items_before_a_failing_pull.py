from collections import Counter, OrderedDict, defaultdict, deque
def items(bad_at=2):
    for i in range(5):
        if i == bad_at:
            raise ValueError("boom")
        yield i
def pairs():
    for i in items():
        yield i, str(i)
out = []
def attempt(action):
    try:
        action()
    except ValueError as e:
        out.append(str(e))
xs = ["x"]; attempt(lambda: xs.extend(items())); out.append(xs)
s = {"x"}; attempt(lambda: s.update(["y"], items())); out.append(sorted(s, key=str))
s = {0, 1, 2, 3}; attempt(lambda: s.difference_update(items(3))); out.append(sorted(s))
s = {0, 1, 2, 3}; attempt(lambda: s.intersection_update(items(3))); out.append(sorted(s))
s = {0, 1, 2, 3}; attempt(lambda: s.symmetric_difference_update(items(3))); out.append(sorted(s))
d = {}; attempt(lambda: d.update(pairs())); out.append(d)
od = OrderedDict(); attempt(lambda: od.update(pairs())); out.append(list(od.items()))
dd = defaultdict(list); attempt(lambda: dd.update(pairs())); out.append(dict(dd))
c = Counter(); attempt(lambda: c.update(items())); out.append(dict(c))
c = Counter(); attempt(lambda: c.subtract(items())); out.append(dict(c))
q = deque(); attempt(lambda: q.extend(items())); out.append(list(q))
q = deque(); attempt(lambda: q.extendleft(items())); out.append(list(q))
q = deque(maxlen=1); attempt(lambda: q.extend(items())); out.append(list(q))
out
# expect: ['boom', ['x', 0, 1], 'boom', [0, 1, 'x', 'y'], 'boom', [3], 'boom', [0, 1, 2, 3], 'boom', [0, 1, 2, 3], 'boom', {0: '0', 1: '1'}, 'boom', [(0, '0'), (1, '1')], 'boom', {0: '0', 1: '1'}, 'boom', {0: 1, 1: 1}, 'boom', {0: -1, 1: -1}, 'boom', [0, 1], 'boom', [1, 0], 'boom', [1]]
