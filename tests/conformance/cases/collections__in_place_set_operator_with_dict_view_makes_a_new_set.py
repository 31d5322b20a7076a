d = {"a": 1}
s = {"z"}
t = s
s &= d.keys()
u = {"z"}
v = u
u |= d.keys()
w = {"a", "q"}
x = w
w -= d.keys()
y = {"a"}
z = y
y ^= d.items()
k = d.keys()
k |= {"b"}
(s is t, sorted(s), v is u, sorted(u), x is w, sorted(w), z is y, sorted(y, key=repr), t, v, x, z, sorted(k), type(k).__name__)
# expect: (False, [], False, ['a', 'z'], False, ['q'], False, ['a', ('a', 1)], {'z'}, {'z'}, {'a', 'q'}, {'a'}, ['a', 'b'], 'set')
