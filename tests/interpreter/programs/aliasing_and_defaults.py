# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
x = [1, 2]
y = x
y += [3]
t = (1,)
u = t
u += (2,)
d = {"a": [1]}
k = 0
def key():
    global k
    k += 1
    return "a"
d[key()] += [2]
a = b = []
a.append(1)
xs = [3, 1, 2]
xs[0], xs[2] = xs[2], xs[0]
state = [x, y, t, u, d, k, b, xs]

fns = [lambda: i for i in range(3)]
def make(defaults=[]):
    defaults.append(1)
    return len(defaults)
late = [f() for f in fns] + [make(), make(), make()]

class Counter:
    count = 0
    items = []
    def __init__(self, name):
        Counter.count += 1
        self.items.append(name)
        self.name = name
a = Counter("a"); b = Counter("b")
b.count = 100
{'state': state, 'late': late, 'class': [Counter.count, a.count, b.count, a.items is b.items, Counter.items]}
